/**
 * The feed format as data: the one statement of its rules. The runtime
 * validator (`validate.ts`) checks feeds against it, and
 * `scripts/json-schema.js` writes `schema/feed.schema.json` from it; the
 * TypeScript interfaces in `types.ts` are checked against it at compile time
 * (`test/feed/spec.test.ts`), and `test/feed/agreement.test.ts` runs generated
 * feeds through both the validator and the schema.
 *
 * A node is a primitive name (`alt` is text, or `""` for a decorative image), `[node]` for a list, or an object whose keys
 * end in `?` when optional. `ref:<list>` is an id that must exist in that
 * top-level list; top-level lists are checked in the order written here, so
 * organizations and topics come before what refers to them.
 */
export type Primitive =
  | 'id'
  | 'str'
  | 'text'
  | 'alt'
  | 'date'
  | 'url'
  | 'country'
  | 'lang'
  | 'count'
  | 'qualifier'
  | 'version'
  | 'ref:organizations'
  | 'ref:topics';

import type { Qualifier, Text } from './types.js';

export type SpecNode = Primitive | readonly [SpecNode] | { readonly [key: string]: SpecNode };

/**
 * A rule for one kind of value, in JSON Schema's own words: the validator tests values with exactly these
 * keywords, and the published schema carries them as they are. Its words for people are in `words.ts`.
 */
export interface Rule {
  readonly type?: 'string' | 'integer';
  /** In characters as JSON Schema counts them: code points, so an emoji made of two UTF-16 units is one. */
  readonly maxLength?: number;
  /** A regular expression, run with the `u` flag as JSON Schema validators do. */
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly string[];
}

/** The longest plain string, or language-map entry, that is kept. */
export const MAX_STRING = 10_000;

// 1997, 2024-10 or 2024-10-07, and only days that exist: the 29th and 30th in every month but February, the 31st in
// the seven long months, and 29 February in leap years: years divisible by 4, but of the centuries only those
// divisible by 400 (so the last two digits may be 00 only when the first two are divisible by 4).
const DATE =
  '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\\d|2[0-8]))?|-(?:0[13-9]|1[0-2])-(?:29|30)|-(?:0[13578]|1[02])-31)?$' +
  '|^(?:\\d\\d(?!00)|[02468][048]|[13579][26])(?:[02468][048]|[13579][26])-02-29$';

// A well-formed language tag, in the syntax of Unicode BCP 47 locale identifiers (what Intl reads), in any case: a
// language of 2, 3 or 5 to 8 letters, then maybe a script, a region and variants, extensions (a letter or digit but
// x, then subtags of 2 to 8: `-u-nu-arab`) and a private use part (`-x-…`). JSON Schema has no flags, so each
// letter class spells out both cases.
const LANG =
  '^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\\d{3}))?(?:-(?:[A-Za-z\\d]{5,8}|\\d[A-Za-z\\d]{3}))*' +
  '(?:-[a-wyzA-WYZ\\d](?:-[A-Za-z\\d]{2,8})+)*(?:-[xX](?:-[A-Za-z\\d]{1,8})+)?$';

// No control character (browsers drop some of them inside URLs, which is how `java\tscript:` tricks work); then,
// after any white space, the scheme https: or http:, or none at all: a relative address. (The white space is inside
// each branch: before a lookahead, `\s*` could match nothing, and ` javascript:` would have no scheme.)
const URL = '^(?=[^\\u0000-\\u001f\\u007f-\\u009f]*$)(?:\\s*[Hh][Tt][Tt][Pp][Ss]?:|(?!\\s*[A-Za-z][A-Za-z\\d+.-]*:))';

// What a reader cannot see: white space, control characters (C0, DEL, C1), and the characters that draw nothing: the
// soft hyphen, the combining grapheme joiner, the Arabic letter mark, the Hangul fillers, Khmer's inherent vowels,
// Mongolian's variation selectors and vowel separator, zero-width spaces and joiners, direction marks, embeddings and
// isolates, the word joiner and invisible operators, the Braille blank, variation selectors, the byte-order mark and
// the interlinear annotation marks; and beyond the Basic Multilingual Plane, the shorthand format controls, the musical
// symbols' format characters, the tags and the variation selectors supplement. The first are written as \uXXXX escapes,
// which every JSON Schema validator reads alike; the others, which have no such escape (and a surrogate pair is not
// read the same by all of them), as the characters themselves.
const INVISIBLE =
  '\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f' +
  '\\u202a-\\u202e\\u2060-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb' +
  '\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}';

/** The rules of the primitives that JSON Schema states. Text is made of `str` and `lang`; a reference is an `id`. */
export const RULES = {
  id: {
    type: 'string',
    maxLength: 200,
    pattern: '\\S',
  },
  str: { type: 'string', maxLength: MAX_STRING, pattern: `[^${INVISIBLE}]` },
  date: { type: 'string', pattern: DATE },
  url: { type: 'string', maxLength: 2048, pattern: URL },
  country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
  lang: { type: 'string', pattern: LANG },
  count: {
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  },
  qualifier: { enum: ['over', 'nearly', 'about'] },
} as const satisfies Record<string, Rule>;

/** What a reference names: the list its id is looked up in, and one of its records, in a warning. */
export const REFERENCES = {
  'ref:organizations': { list: 'organizations', noun: 'organization' },
  'ref:topics': { list: 'topics', noun: 'topic' },
} as const;

const COUNT = { value: 'count', 'qualifier?': 'qualifier' } as const;

export const ORGANIZATION = { id: 'id', name: 'text', 'short?': 'text', 'url?': 'url' } as const;
export const TOPIC = { id: 'id', label: 'text' } as const;
export const PROGRAM = {
  id: 'id',
  title: 'text',
  'summary?': 'text',
  organizers: ['ref:organizations'],
  start: 'date',
  'end?': 'date',
  'location?': { 'venue?': 'text', 'city?': 'text', 'country?': 'country' },
  'participants?': { ...COUNT, 'regions?': ['text'], 'countries?': COUNT },
  'topics?': ['ref:topics'],
  'url?': 'url',
  'image?': { src: 'url', alt: 'alt', 'credit?': 'text' },
} as const;
export const EVENT = {
  date: 'date',
  'end?': 'date',
  label: 'text',
  'description?': 'text',
  'signatories?': [{ name: 'text', 'role?': 'text', 'organization?': 'ref:organizations' }],
} as const;
export const AGREEMENT = {
  id: 'id',
  title: 'text',
  parties: ['ref:organizations'],
  'summary?': 'text',
  events: [EVENT],
} as const;
export const STAT = {
  id: 'id',
  ...COUNT,
  label: 'text',
  'secondary?': { ...COUNT, label: 'text' },
  'since?': 'date',
} as const;

/** The records that span a range, and the field where it starts: their `end` may not come before it. */
export const RANGES: readonly { record: object; start: string }[] = [
  { record: PROGRAM, start: 'start' },
  { record: EVENT, start: 'date' },
];

export const FEED = {
  version: 'version',
  'language?': 'lang',
  'organizations?': [ORGANIZATION],
  'topics?': [TOPIC],
  'programs?': [PROGRAM],
  'agreements?': [AGREEMENT],
  'stats?': [STAT],
} as const;

/**
 * The rules that JSON Schema cannot state, so that only the validator checks them: each compares a value with
 * another one, or with what a browser makes of it. The published schema says them in its descriptions,
 * docs/feed-format.md lists them, and test/feed/agreement.test.ts allows for them and for nothing else.
 */
export const BEYOND_JSON_SCHEMA = {
  references: 'a reference names a record of its list that exists (and was not left out)',
  unique: 'ids are unique within their list: a later record with an id already used is left out',
  ranges:
    'an end is on or after the start of its range (a program’s start, an event’s date), compared at the precision both dates have',
  addresses:
    'a URL is one the URL parser (the browser’s, or Node’s on a server) can read: a valid host and port, for one',
} as const;

/** The top-level lists whose records have ids. */
export type ListName = 'organizations' | 'topics' | 'programs' | 'agreements' | 'stats';

interface Primitives {
  id: string;
  str: string;
  text: Text;
  alt: Text;
  date: string;
  url: string;
  country: string;
  lang: string;
  count: number;
  qualifier: Qualifier;
  version: 1;
  'ref:organizations': string;
  'ref:topics': string;
}

/** The TypeScript type a spec node describes: `Infer<typeof PROGRAM>` is a `Program`. */
export type Infer<S> = S extends keyof Primitives
  ? Primitives[S]
  : S extends readonly [infer I]
    ? Infer<I>[]
    : { -readonly [K in keyof S as K extends `${string}?` ? never : K]: Infer<S[K]> } & {
        -readonly [K in keyof S as K extends `${infer N}?` ? N : never]?: Infer<S[K]>;
      };
