import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEED_ERRORS, FEED_URL, FRAME_ARG_TYPES, longFeed, story, type StoryArgs } from './shared.js';

type Args = StoryArgs & {
  organizer?: string;
  topic?: string;
  year?: string;
  limit?: string;
  sort?: string;
  'page-size'?: string;
  'heading-level'?: number;
};

const meta = {
  title: 'Widgets/Program list',
  component: 'ipw-program-list',
  args: { src: FEED_URL, sort: 'newest', 'heading-level': 3 },
  argTypes: {
    ...FRAME_ARG_TYPES,
    organizer: { control: 'text' },
    topic: { control: 'text' },
    year: { control: 'text' },
    limit: { control: 'text' },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'title'] },
    'page-size': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (a) =>
    story(
      a,
      (own) =>
        html`<ipw-program-list
          organizer=${ifDefined(a.organizer)}
          topic=${ifDefined(a.topic)}
          year=${ifDefined(a.year)}
          limit=${ifDefined(a.limit)}
          sort=${ifDefined(a.sort)}
          page-size=${ifDefined(a['page-size'])}
          heading-level=${ifDefined(a['heading-level'])}
          src=${ifDefined(own.src)}
          .feed=${own.feed}
          timeout=${ifDefined(own.timeout)}
          theme=${ifDefined(own.theme)}
        ></ipw-program-list>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** An `<ipw-feed>` that has no source yet keeps its widgets loading. */
export const Loading: Story = { args: { src: undefined }, tags: ['loading'] };
/** Its own `src`, without an `<ipw-feed>`. */
export const Standalone: Story = { args: { standalone: true } };
/** Only the programs of one organizer, on one topic, in one year, oldest first, at most one. */
export const Filtered: Story = {
  args: { organizer: 'wipo', topic: 'it-modernization', year: '2024', sort: 'oldest', limit: '1' },
};
export const NotFound: Story = { args: { organizer: 'ompi' }, tags: ['error'] };
export const InvalidAttribute: Story = { args: { sort: 'random' }, tags: ['error'] };
export const NoFeed: Story = { args: { standalone: true, src: undefined }, tags: ['error'] };
export const HttpError: Story = { name: 'HTTP error', args: FEED_ERRORS.http, tags: ['error'] };
export const InvalidJson: Story = { name: 'Invalid JSON', args: FEED_ERRORS.json, tags: ['error'] };
export const InvalidFeed: Story = { args: FEED_ERRORS.feed, tags: ['error'] };
export const NetworkError: Story = { args: FEED_ERRORS.network, tags: ['error'] };
export const Timeout: Story = { args: FEED_ERRORS.timeout, tags: ['error'] };
/** No program matches the filters. */
export const Empty: Story = { args: { year: '1990' }, tags: ['empty'] };
export const LongContent: Story = { args: { src: undefined, feed: longFeed() } };
/** More programs than a page: the first cards, then "Show more", which adds a page and moves the focus to it. */
export const ShowMore: Story = { name: 'Show more', args: { src: undefined, feed: longFeed(), 'page-size': '2' } };
export const ShowMoreArabic: Story = {
  name: 'Show more, Arabic',
  args: { src: undefined, feed: longFeed(), 'page-size': '2', lang: 'ar' },
};
export const Narrow: Story = { args: { width: '320px' } };
export const Wide: Story = { args: { width: '1200px' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const WipoPreset: Story = { name: 'WIPO preset', args: { preset: 'wipo' } };
export const CanadaPreset: Story = { name: 'Canada.ca preset', args: { preset: 'canada' } };
