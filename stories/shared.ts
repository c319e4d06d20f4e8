/**
 * What every story shares: the feed it loads, the feeds that show long and
 * empty content, the frame around a story (language, direction, theme,
 * preset, width) and the controls for all of these.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Feed } from '../src/feed/types.js';
import { minimalFeed } from '../test/fixtures/feeds.js';

/**
 * The default feed, relative to the page: Storybook serves `feeds/` next to
 * `iframe.html` (in dev and in the static build), the test server from its root.
 */
export const FEED_URL = 'feeds/wipo-cipo-2024.json';

export const LANGUAGES = ['en', 'fr', 'ar', 'zh', 'es', 'ru'] as const;
export const PRESETS = ['wipo', 'canada'] as const;
export type Preset = (typeof PRESETS)[number];

/** The page around a widget. */
export interface Frame {
  lang?: string;
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark' | 'auto';
  preset?: Preset;
  width?: string;
}

/** Where the widget's feed comes from: an `<ipw-feed>` around it, or (`standalone`) its own attributes. */
export interface Source {
  src?: string;
  feed?: unknown;
  timeout?: number;
  standalone?: boolean;
}

export type StoryArgs = Frame & Source;

const FRAME_CSS = '[data-frame] { background: Canvas; color: CanvasText; }';
const sheet = new CSSStyleSheet();
sheet.replaceSync(FRAME_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/**
 * The preset files as pages link them, from `themes/` next to the page. They set --ipw-* on :root; here they are
 * scoped to a frame, so that stories on one docs page do not mix. Storybook's loaders and the tests wait for it.
 */
export const presetsLoaded = Promise.all(
  PRESETS.map(async (name) => {
    const response = await fetch(`themes/${name}.css`);
    if (!response.ok) throw new Error(`themes/${name}.css: ${response.status}`);
    return (await response.text()).replaceAll(':root', `[data-preset='${name}']`);
  }),
).then((presets) => sheet.replace([FRAME_CSS, ...presets].join('\n')));

const SCHEMES = { light: 'light', dark: 'dark', auto: 'light dark' };

/** A page region with a language, direction (right to left for Arabic unless told), color scheme, preset and width. */
export const wrap = ({ lang, dir, theme, preset, width }: Frame, content: unknown) =>
  html`<div
    data-frame
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir ?? (lang?.startsWith('ar') ? 'rtl' : undefined))}
    data-preset=${ifDefined(preset)}
    style=${styleMap({ colorScheme: theme && SCHEMES[theme], width, padding: theme || preset ? '1rem' : undefined })}
  >
    ${content}
  </div>`;

/**
 * A widget in its frame, inside an `<ipw-feed>` that takes `src`, `.feed`,
 * `timeout` and `theme`, or on its own when `standalone`: `widget` then
 * receives the source to put on the element.
 */
export const story = (a: StoryArgs, widget: (own: Source & Pick<Frame, 'theme'>) => TemplateResult) =>
  wrap(
    a,
    a.standalone
      ? widget(a)
      : html`<ipw-feed
          src=${ifDefined(a.src)}
          .feed=${a.feed}
          timeout=${ifDefined(a.timeout)}
          theme=${ifDefined(a.theme)}
          >${widget({})}</ipw-feed
        >`,
  );

/** The sources of the five feed errors, for the stories (tagged `error`) that show them. */
export const FEED_ERRORS = {
  /** A feed URL that is not there: `http` (404). */
  http: { src: 'feeds/missing.json' },
  /** Broken JSON: `invalid-json`. */
  json: { src: 'data:application/json,{"version": 1, "programs": [' },
  /** Another version of the format: `invalid-feed`. */
  feed: { feed: { version: 2 } },
  /** Port 9, which browsers refuse to connect to: `network`, after one retry. */
  network: { src: 'http://127.0.0.1:9/feed.json' },
  /** No answer within 1 ms: `timeout`. Its own URL, so that the default feed's cached copy does not answer. */
  timeout: { src: `${FEED_URL}?timeout`, timeout: 1 },
} satisfies Record<string, Source>;

/** A 200-character title, with a 35-character word that has to break somewhere in a narrow card. */
export const LONG_TITLE =
  'International executive training program on the modernization of intellectual property offices: strategic ' +
  'planning, examination quality, IT systems, client services (IPOfficeModernization2024-2025/26)';

const REGIONS = ['Africa', 'Arab region', 'Asia and the Pacific', 'Latin America and the Caribbean', 'Europe'];
const SUBJECTS = ['Patent', 'Trademark', 'Industrial design', 'Copyright', 'Geographical indication'];
const ASPECTS = ['examination', 'search tools', 'classification', 'customer service', 'enforcement', 'statistics'];

/** The facts of the small test feed, stretched: 200-character titles, 40 topics, 12 events, big numbers. */
export function longFeed(): Feed {
  const small = minimalFeed();
  const topics = Array.from({ length: 40 }, (_, i) => ({
    id: `topic-${i + 1}`,
    label: `${SUBJECTS[i % SUBJECTS.length]} ${ASPECTS[i % ASPECTS.length]} (${i + 1})`,
  }));
  const summary = `${LONG_TITLE}. ${LONG_TITLE}.`;
  const programs = Array.from({ length: 6 }, (_, i) => ({
    ...small.programs[0],
    id: i ? `long-${i}` : 'wipo-cipo-executive-2024',
    title: LONG_TITLE,
    summary,
    start: `${2024 - i}-10-07`,
    end: `${2024 - i}-11-29`,
    location: {
      venue: 'Place du Portage, Phase I, 50 Victoria Street, CIPO headquarters',
      city: 'Gatineau',
      country: 'CA',
    },
    participants: { value: 123456, qualifier: 'over' as const, regions: REGIONS, countries: { value: 193 } },
    topics: topics.map((t) => t.id),
  }));
  const events = Array.from({ length: 12 }, (_, i) => ({
    date: `${2013 + i}-0${(i % 9) + 1}`,
    label: LONG_TITLE,
    description: summary,
    signatories: Array.from({ length: 4 }, (_, j) => ({
      name: `Signatory ${j + 1} with a long name`,
      role: 'Deputy Director General',
      organization: j % 2 ? 'cipo' : 'wipo',
    })),
  }));
  return {
    ...(small as unknown as Feed),
    topics,
    programs,
    agreements: [{ id: 'wipo-cipo-cooperation', title: LONG_TITLE, summary, parties: ['wipo', 'cipo'], events }],
    stats: [
      {
        id: 'alumni',
        value: 1234567,
        qualifier: 'over',
        label: LONG_TITLE.toLowerCase(),
        secondary: { value: 193, qualifier: 'nearly', label: 'member states of the organization' },
        since: '1997',
      },
    ],
  };
}

/** A valid feed with nothing to show: no programs, no topics, and an agreement without events. */
export const EMPTY_FEED = {
  version: 1,
  organizations: [{ id: 'wipo', name: 'World Intellectual Property Organization' }],
  agreements: [{ id: 'wipo-cipo-cooperation', title: 'Cooperation', parties: ['wipo'], events: [] }],
};

/** Controls for the frame and the source, shared by every widget's stories. */
export const FRAME_ARG_TYPES = {
  lang: { control: 'select', options: [undefined, ...LANGUAGES], table: { category: 'story frame' } },
  dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'], table: { category: 'story frame' } },
  preset: { control: 'inline-radio', options: [undefined, ...PRESETS], table: { category: 'story frame' } },
  width: { control: 'text', table: { category: 'story frame' } },
  standalone: {
    control: 'boolean',
    description: 'The widget takes `src`, `.feed` and `timeout` itself, without an `<ipw-feed>` around it.',
    table: { category: 'story frame' },
  },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  src: { control: 'text' },
  timeout: { control: 'number' },
  feed: { control: 'object' },
  // Internals the manifest lists; not for pages.
  ...Object.fromEntries(
    'provided own reported locale feedLang msg data problem headingLevel source provider'
      .split(' ')
      .map((name) => [name, { table: { disable: true } }]),
  ),
} as const;
