import type { Qualifier } from '../feed/types.js';

/** Word forms by plural category (`Intl.PluralRules`); `other` stands for every category left out. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The interface text of every element, in one language. */
export interface Messages {
  loading: string;
  /** What a reader is told when a widget cannot show its content. */
  error: string;
  /** The summary of the technical details under it (in English, for the webmaster), closed by default. */
  details: string;
  empty: string;
  learnMore: string;
  /** The button under a list that draws more of its cards. */
  more: string;
  /** Beside it: "24 of 10,000 shown". */
  shownOf: (shown: string, total: string) => string;
  topics: string;
  dates: string;
  location: string;
  participants: string;
  organizers: string;
  parties: string;
  signatories: string;
  /** What stands between a label and its value: ": ", or "\u00a0: " in French. */
  colon: string;
  /** What separates the parts of an address: ", ", "، ", "，". */
  comma: string;
  /** "Image: CIPO". */
  credit: (who: string) => string;
  /** Nouns counted by a number that stands before them: "9 participants". */
  people: Forms;
  countries: Forms;
  /** "from Africa, Asia and Latin America". */
  regions: (list: string) => string;
  /** "over 200", "nearly 90", "about 40". */
  qualify: Record<Qualifier, (n: string) => string>;
  /** A shorter form for the big figure of a badge ("200+"), where the language has one. */
  figure?: Partial<Record<Qualifier, (n: string) => string>>;
  /** "from nearly 90 countries". */
  origin: (where: string) => string;
  /** "since 1997". */
  since: (when: string) => string;
  /** Puts count, origin and since into one sentence, where plain spaces will not do. */
  sentence?: (count: string, origin?: string, since?: string) => string;
}

const en: Messages = {
  loading: 'Loading…',
  error: 'This content could not be shown.',
  details: 'Details',
  empty: 'Nothing to show yet.',
  learnMore: 'Learn more',
  more: 'Show more',
  shownOf: (n, total) => `${n} of ${total} shown`,
  topics: 'Topics',
  dates: 'Dates',
  location: 'Location',
  participants: 'Participants',
  organizers: 'Organized by',
  parties: 'Parties',
  signatories: 'Signed by',
  colon: ': ',
  comma: ', ',
  credit: (who) => `Image: ${who}`,
  people: { one: 'participant', other: 'participants' },
  countries: { one: 'country', other: 'countries' },
  regions: (r) => `from ${r}`,
  qualify: { over: (n) => `over ${n}`, nearly: (n) => `nearly ${n}`, about: (n) => `about ${n}` },
  figure: { over: (n) => `${n}+` },
  origin: (w) => `from ${w}`,
  since: (y) => `since ${y}`,
};

// French typography: a no-break space before ":" (U+00A0).
const fr: Messages = {
  loading: 'Chargement…',
  error: 'Ce contenu ne peut pas être affiché.',
  details: 'Détails',
  empty: 'Rien à afficher pour le moment.',
  learnMore: 'En savoir plus',
  more: 'Afficher plus',
  shownOf: (n, total) => `${n} sur ${total} affichés`,
  topics: 'Thèmes',
  dates: 'Dates',
  location: 'Lieu',
  participants: 'Participants',
  organizers: 'Organisé par',
  parties: 'Parties',
  signatories: 'Signé par',
  colon: '\u00a0: ',
  comma: ', ',
  credit: (who) => `Image\u00a0: ${who}`,
  people: { one: 'participant', other: 'participants' },
  countries: { other: 'pays' },
  regions: (r) => `(${r})`,
  qualify: { over: (n) => `plus de ${n}`, nearly: (n) => `près de ${n}`, about: (n) => `environ ${n}` },
  origin: (w) => (/^[aeiouyéè]/i.test(w) ? 'd’' : 'de ') + w,
  since: (y) => `depuis ${y}`,
};

/**
 * The interface languages: the six official languages of the United Nations. English and French are built in; the
 * others are files of their own beside the module (`ipw-ar.js` beside `ipw.js`), fetched the first time a widget
 * is shown in one of them, so that a page in English or French downloads none of them.
 */
export const UI_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const LAZY: Record<Exclude<UiLanguage, 'en' | 'fr'>, () => Promise<{ default: Messages }>> = {
  ar: () => import('./messages/ar.js'),
  es: () => import('./messages/es.js'),
  ru: () => import('./messages/ru.js'),
  zh: () => import('./messages/zh.js'),
};

/** The languages at hand, and those on their way. */
const loaded: Partial<Record<UiLanguage, Messages>> = { en, fr };
const loading: Partial<Record<UiLanguage, Promise<Messages>>> = {};

/** The interface language of a language tag (`fr-CA` → `fr`); English for a language that is not one of the six. */
const uiLanguage = (lang: string): UiLanguage => {
  const base = lang.split('-')[0].toLowerCase() as UiLanguage;
  return UI_LANGUAGES.includes(base) ? base : 'en';
};

/** Interface text for a language tag, when it is at hand (see `loadMessages`); English until then. */
export const messagesFor = (lang: string): Messages => loaded[uiLanguage(lang)] ?? en;

/** Whether a language's interface text could not be loaded, so that English stands in for it. */
export const fellBack = (lang: string) => loaded[uiLanguage(lang)] === en && uiLanguage(lang) !== 'en';

/** Whether the interface text for a language tag is at hand, so that a widget can be drawn in it now. */
export const hasMessages = (lang: string) => !!loaded[uiLanguage(lang)];

/**
 * Fetches the interface text for a language tag, once. When its file cannot be loaded (a copy of `ipw.js` without
 * the files beside it, a strict Content-Security-Policy), widgets fall back to English, and the console says so once.
 */
export const loadMessages = (lang: string): Promise<Messages> => {
  const ui = uiLanguage(lang);
  const at = loaded[ui];
  if (at) return Promise.resolve(at);
  return (loading[ui] ??= LAZY[ui as keyof typeof LAZY]().then(
    (m) => (loaded[ui] = m.default),
    (e: unknown) => {
      console.warn(`ip-program-widgets: the interface text in "${ui}" could not be loaded, so English is shown:`, e);
      return (loaded[ui] = en);
    },
  ));
};

/** "Over 200 participants from nearly 90 countries since 1997", in the language's own order. */
export const sentence = (m: Messages, count: string, origin?: string, since?: string) =>
  m.sentence?.(count, origin, since) ?? [count, origin, since].filter(Boolean).join(' ');
