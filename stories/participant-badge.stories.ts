import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEED_ERRORS, FEED_URL, FRAME_ARG_TYPES, longFeed, story, type StoryArgs } from './shared.js';

type Args = StoryArgs & { stat?: string; program?: string; size?: string };

const meta = {
  title: 'Widgets/Participant badge',
  component: 'ipw-participant-badge',
  args: { src: FEED_URL, stat: 'alumni', size: 'inline' },
  argTypes: {
    ...FRAME_ARG_TYPES,
    stat: { control: 'text' },
    program: { control: 'text' },
    size: { control: 'inline-radio', options: ['inline', 'stat'] },
  },
  render: (a) =>
    story(
      a,
      (own) =>
        html`<ipw-participant-badge
          stat=${ifDefined(a.stat)}
          program=${ifDefined(a.program)}
          size=${ifDefined(a.size)}
          src=${ifDefined(own.src)}
          .feed=${own.feed}
          timeout=${ifDefined(own.timeout)}
          theme=${ifDefined(own.theme)}
        ></ipw-participant-badge>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** The big figure. */
export const Stat: Story = { args: { size: 'stat' } };
/** A program's participants instead of a stat. */
export const ProgramParticipants: Story = {
  args: { stat: undefined, program: 'wipo-cipo-executive-2024', size: 'stat' },
};
/** An `<ipw-feed>` that has no source yet keeps its widgets loading. */
export const Loading: Story = { args: { src: undefined }, tags: ['loading'] };
/** Its own `src`, without an `<ipw-feed>`. */
export const Standalone: Story = { args: { standalone: true } };
export const NotFound: Story = { args: { stat: 'graduates' }, tags: ['error'] };
/** A program without participants is not found either. */
export const NoParticipants: Story = { args: { stat: undefined, program: 'wipo-academy-executive' }, tags: ['error'] };
export const MissingAttribute: Story = { args: { stat: undefined }, tags: ['error'] };
export const InvalidAttribute: Story = { args: { size: 'huge' }, tags: ['error'] };
export const NoFeed: Story = { args: { standalone: true, src: undefined }, tags: ['error'] };
export const HttpError: Story = { name: 'HTTP error', args: FEED_ERRORS.http, tags: ['error'] };
export const InvalidJson: Story = { name: 'Invalid JSON', args: FEED_ERRORS.json, tags: ['error'] };
export const InvalidFeed: Story = { args: FEED_ERRORS.feed, tags: ['error'] };
export const NetworkError: Story = { args: FEED_ERRORS.network, tags: ['error'] };
export const Timeout: Story = { args: FEED_ERRORS.timeout, tags: ['error'] };
export const LongContent: Story = { args: { src: undefined, feed: longFeed(), size: 'stat' } };
export const Narrow: Story = { args: { width: '320px', size: 'stat' } };
export const Wide: Story = { args: { width: '960px', size: 'stat' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WipoPreset: Story = { name: 'WIPO preset', args: { preset: 'wipo' } };
export const CanadaPreset: Story = { name: 'Canada.ca preset', args: { preset: 'canada' } };
