/**
 * The feed format as data: the single source of truth from which the runtime
 * validator (`validate.ts`) checks feeds and `scripts/json-schema.js` writes
 * `schema/feed.schema.json`. The TypeScript interfaces in `types.ts` are
 * checked against it at compile time (`test/feed/spec.test.ts`).
 *
 * A node is a primitive name, `[node]` for a list, or an object whose keys
 * end in `?` when optional. `ref:<list>` is an id that must exist in that
 * top-level list; top-level lists are checked in the order written here, so
 * organizations and topics come before what refers to them.
 */
export type Primitive =
  | 'id'
  | 'str'
  | 'text'
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
  'image?': { src: 'url', alt: 'text', 'credit?': 'text' },
} as const;
export const AGREEMENT = {
  id: 'id',
  title: 'text',
  parties: ['ref:organizations'],
  'summary?': 'text',
  events: [
    {
      date: 'date',
      'end?': 'date',
      label: 'text',
      'description?': 'text',
      'signatories?': [{ name: 'str', 'role?': 'text', 'organization?': 'ref:organizations' }],
    },
  ],
} as const;
export const STAT = {
  id: 'id',
  ...COUNT,
  label: 'text',
  'secondary?': { ...COUNT, label: 'text' },
  'since?': 'date',
} as const;

export const FEED = {
  version: 'version',
  'language?': 'lang',
  'organizations?': [ORGANIZATION],
  'topics?': [TOPIC],
  'programs?': [PROGRAM],
  'agreements?': [AGREEMENT],
  'stats?': [STAT],
} as const;

/** The top-level lists whose records have ids. */
export type ListName = 'organizations' | 'topics' | 'programs' | 'agreements' | 'stats';

interface Primitives {
  id: string;
  str: string;
  text: Text;
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
