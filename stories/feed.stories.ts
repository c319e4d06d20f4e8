import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { minimalFeed } from '../test/fixtures/feeds.js';
import { FEED_ERRORS, FEED_URL, FRAME_ARG_TYPES, longFeed, wrap, type StoryArgs } from './shared.js';

/** Widgets that show something from any feed, as a page would place them. */
const widgets = html`<div style="display: grid; gap: 1.5rem">
  <ipw-participant-badge stat="alumni" size="stat"></ipw-participant-badge>
  <ipw-topic-list></ipw-topic-list>
  <ipw-program-list></ipw-program-list>
</div>`;

const meta = {
  title: 'Widgets/Feed',
  component: 'ipw-feed',
  args: { src: FEED_URL },
  argTypes: { ...FRAME_ARG_TYPES, standalone: { table: { disable: true } } },
  render: (a) =>
    wrap(
      a,
      html`<ipw-feed src=${ifDefined(a.src)} .feed=${a.feed} timeout=${ifDefined(a.timeout)} theme=${ifDefined(a.theme)}
        >${widgets}</ipw-feed
      >`,
    ),
} satisfies Meta<StoryArgs>;
export default meta;
type Story = StoryObj<StoryArgs>;

/** One feed, loaded once, for every widget inside. */
export const Default: Story = {};
/** An `<ipw-feed>` that has no source yet keeps its widgets loading. */
export const Loading: Story = { args: { src: undefined }, tags: ['loading'] };
/** A feed pasted into the page, for a CMS that lets you paste HTML but not host a file. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: { src: undefined },
  render: (a) =>
    wrap(
      a,
      html`<ipw-feed theme=${ifDefined(a.theme)}>
        <script type="application/json">
          ${JSON.stringify(minimalFeed())}
        </script>
        ${widgets}
      </ipw-feed>`,
    ),
};
/** A feed given as a property, from JavaScript. */
export const Property: Story = { args: { src: undefined, feed: minimalFeed() } };
/** A broken record is left out with a console warning that names its JSON path; the rest is shown. */
export const Warnings: Story = {
  args: {
    src: undefined,
    feed: {
      ...minimalFeed(),
      topics: [...minimalFeed().topics, { id: 'typo', lable: 'Misspelt key' }],
      programs: [
        ...minimalFeed().programs,
        { id: 'leap', title: 'Not a day', organizers: ['wipo'], start: '2023-02-29' },
      ],
    },
  },
};
export const HttpError: Story = { name: 'HTTP error', args: FEED_ERRORS.http, tags: ['error'] };
export const InvalidJson: Story = { name: 'Invalid JSON', args: FEED_ERRORS.json, tags: ['error'] };
export const InvalidFeed: Story = { args: FEED_ERRORS.feed, tags: ['error'] };
export const NetworkError: Story = { args: FEED_ERRORS.network, tags: ['error'] };
export const Timeout: Story = { args: FEED_ERRORS.timeout, tags: ['error'] };
export const LongContent: Story = { args: { src: undefined, feed: longFeed() } };
export const Narrow: Story = { args: { width: '320px' } };
export const Wide: Story = { args: { width: '1200px' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WipoPreset: Story = { name: 'WIPO preset', args: { preset: 'wipo' } };
export const CanadaPreset: Story = { name: 'Canada.ca preset', args: { preset: 'canada' } };
