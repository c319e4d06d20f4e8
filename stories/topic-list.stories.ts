import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EMPTY_FEED, FEED_ERRORS, FEED_URL, FRAME_ARG_TYPES, longFeed, story, type StoryArgs } from './shared.js';

type Args = StoryArgs & { program?: string; variant?: string };

const meta = {
  title: 'Widgets/Topic list',
  component: 'ipw-topic-list',
  args: { src: FEED_URL, program: 'wipo-cipo-executive-2024', variant: 'chips' },
  argTypes: {
    ...FRAME_ARG_TYPES,
    program: { control: 'text' },
    variant: { control: 'inline-radio', options: ['chips', 'plain'] },
  },
  render: (a) =>
    story(
      a,
      (own) =>
        html`<ipw-topic-list
          program=${ifDefined(a.program)}
          variant=${ifDefined(a.variant)}
          src=${ifDefined(own.src)}
          .feed=${own.feed}
          timeout=${ifDefined(own.timeout)}
          theme=${ifDefined(own.theme)}
        ></ipw-topic-list>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Plain: Story = { args: { variant: 'plain' } };
/** Without `program`: every topic in the feed. */
export const AllTopics: Story = { args: { program: undefined } };
/** An `<ipw-feed>` that has no source yet keeps its widgets loading. */
export const Loading: Story = { args: { src: undefined }, tags: ['loading'] };
/** Its own `src`, without an `<ipw-feed>`. */
export const Standalone: Story = { args: { standalone: true } };
export const NotFound: Story = { args: { program: 'wipo-cipo-executive-2042' }, tags: ['error'] };
export const InvalidAttribute: Story = { args: { variant: 'grid' }, tags: ['error'] };
export const NoFeed: Story = { args: { standalone: true, src: undefined }, tags: ['error'] };
export const HttpError: Story = { name: 'HTTP error', args: FEED_ERRORS.http, tags: ['error'] };
export const InvalidJson: Story = { name: 'Invalid JSON', args: FEED_ERRORS.json, tags: ['error'] };
export const InvalidFeed: Story = { args: FEED_ERRORS.feed, tags: ['error'] };
export const NetworkError: Story = { args: FEED_ERRORS.network, tags: ['error'] };
export const Timeout: Story = { args: FEED_ERRORS.timeout, tags: ['error'] };
/** A feed without topics. */
export const Empty: Story = { args: { src: undefined, feed: EMPTY_FEED, program: undefined }, tags: ['empty'] };
/** 40 topics. */
export const LongContent: Story = { args: { src: undefined, feed: longFeed() } };
export const Narrow: Story = { args: { width: '320px' } };
export const Wide: Story = { args: { width: '960px' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WipoPreset: Story = { name: 'WIPO preset', args: { preset: 'wipo' } };
export const CanadaPreset: Story = { name: 'Canada.ca preset', args: { preset: 'canada' } };
