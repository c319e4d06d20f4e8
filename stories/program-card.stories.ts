import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEED_ERRORS, FEED_URL, FRAME_ARG_TYPES, longFeed, story, type StoryArgs } from './shared.js';

type Args = StoryArgs & { program?: string; 'heading-level'?: number };

const meta = {
  title: 'Widgets/Program card',
  component: 'ipw-program-card',
  args: { src: FEED_URL, program: 'wipo-cipo-executive-2024', 'heading-level': 3 },
  argTypes: {
    ...FRAME_ARG_TYPES,
    program: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (a) =>
    story(
      a,
      (own) =>
        html`<ipw-program-card
          program=${ifDefined(a.program)}
          heading-level=${ifDefined(a['heading-level'])}
          src=${ifDefined(own.src)}
          .feed=${own.feed}
          timeout=${ifDefined(own.timeout)}
          theme=${ifDefined(own.theme)}
        ></ipw-program-card>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** An `<ipw-feed>` that has no source yet keeps its widgets loading. */
export const Loading: Story = { args: { src: undefined }, tags: ['loading'] };
/** Its own `src`, without an `<ipw-feed>`. */
export const Standalone: Story = { args: { standalone: true } };
export const NotFound: Story = { args: { program: 'wipo-cipo-executive-2042' }, tags: ['error'] };
export const MissingAttribute: Story = { args: { program: undefined }, tags: ['error'] };
export const NoFeed: Story = { args: { standalone: true, src: undefined }, tags: ['error'] };
export const HttpError: Story = { name: 'HTTP error', args: FEED_ERRORS.http, tags: ['error'] };
export const InvalidJson: Story = { name: 'Invalid JSON', args: FEED_ERRORS.json, tags: ['error'] };
export const InvalidFeed: Story = { args: FEED_ERRORS.feed, tags: ['error'] };
export const NetworkError: Story = { args: FEED_ERRORS.network, tags: ['error'] };
export const Timeout: Story = { args: FEED_ERRORS.timeout, tags: ['error'] };
/** A program with fewer facts: only a year, no place, no participants, no image. */
export const Minimal: Story = { args: { program: 'wipo-academy-executive' } };
export const LongContent: Story = { args: { src: undefined, feed: longFeed() } };
export const Narrow: Story = { args: { width: '320px' } };
/** Wider than 40rem: the image moves beside the text. */
export const Wide: Story = { args: { width: '960px' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WipoPreset: Story = { name: 'WIPO preset', args: { preset: 'wipo' } };
export const CanadaPreset: Story = { name: 'Canada.ca preset', args: { preset: 'canada' } };
