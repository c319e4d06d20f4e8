import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BEYOND_JSON_SCHEMA, FEED, RULES, type Primitive, type SpecNode } from '../../src/feed/spec.js';
import { IpwError } from '../../src/feed/errors.js';
import { validateFeed } from '../../src/feed/validate.js';

// The runtime validator and the published JSON Schema, both derived from src/feed/spec.ts, must accept and reject
// the same records of any feed: every record of the five lists, and every other top-level key. They may differ only
// by the rules JSON Schema cannot state (BEYOND_JSON_SCHEMA), which the validator alone checks: a warning of theirs
// is set aside below, and nothing else is.

const BASE = 'https://example.org/feeds/main.json';
type Json = Record<string, unknown>;

/** The warnings of the rules beyond JSON Schema, by the messages the validator gives them. */
const BEYOND: Record<keyof typeof BEYOND_JSON_SCHEMA, RegExp> = {
  references: /^unknown (organization|topic) /,
  unique: /^duplicate id /,
  ranges: /^expected a date on or after /,
  addresses: /^expected a URL a browser can read, /,
};

let schema: Validator;
/** An id, as the schema's rule has it: a reference that fails this is wrong in the schema too. */
const isId = (v: unknown) => new Validator({ ...RULES.id }, '2020-12').validate(v).valid;

before(async () => {
  schema = new Validator(await (await fetch('/schema/feed.schema.json')).json(), '2020-12', false);
});

/** `programs[3].title["fr-CA"]` as its keys: ['programs', 3, 'title', 'fr-CA']. */
const keysOf = (path: string) =>
  [...path.matchAll(/\.?([\w$]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, word, index, quoted]) =>
    index !== undefined ? Number(index) : (word ?? (JSON.parse(quoted) as string)),
  );

/** The record a path is in: `programs[3]`, or a top-level key of its own (`language`, `extra`). */
const recordOf = ([top, index]: (string | number)[]) => (typeof index === 'number' ? `${top}[${index}]` : `${top}`);

const valueAt = (feed: unknown, keys: (string | number)[]) =>
  keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], feed);

/** What each side rejects: the records, or the whole feed (`*`). */
function verdicts(text: string) {
  const raw = JSON.parse(text) as unknown;
  let validator: Set<string>;
  try {
    const { warnings } = validateFeed(JSON.parse(text), BASE);
    const told = warnings.filter(({ path, message }) => {
      const keys = keysOf(path);
      if (BEYOND.references.test(message)) return !isId(valueAt(raw, keys));
      return ![BEYOND.unique, BEYOND.ranges, BEYOND.addresses].some((m) => m.test(message));
    });
    validator = new Set(told.map((w) => recordOf(keysOf(w.path))));
  } catch (e) {
    // It refuses the whole feed (not an object, or no version 1), and throws nothing else.
    if (!(e instanceof IpwError)) throw e;
    validator = new Set(['*']);
  }
  const { errors } = schema.validate(raw);
  // The errors themselves, not those that only sum up the errors inside them (`items`, `properties`, `$ref`…).
  const inner = errors.filter((e) => !errors.some((f) => f.instanceLocation.startsWith(`${e.instanceLocation}/`)));
  const wrong = inner.map((e) => recordOf(e.instanceLocation.split('/').slice(1).map(pointerKey)));
  // The feed itself: not an object, or no version 1 (the validator throws).
  const whole = errors.some((e) => /^#\/(type|required|properties\/version\/)/.test(e.keywordLocation));
  return { validator, schema: whole ? new Set(['*']) : new Set(wrong.filter((r) => r !== '')) };
}

const pointerKey = (segment: string) => {
  const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(key) ? Number(key) : key;
};

const agree = (feed: unknown) => {
  const text = JSON.stringify(feed);
  const { validator, schema } = verdicts(text);
  expect([...validator].sort(), `the validator rejects (vs the schema), in ${text.slice(0, 400)}`).to.deep.equal(
    [...schema].sort(),
  );
  return validator.size === 0;
};

// ---------------------------------------------------------------------------------------------------------------
// Values of each kind: valid ones, and broken ones that both must refuse.

const LONG = 'x'.repeat(10_001);
/** 10,002 UTF-16 units but 5,001 characters: within the limit, as JSON Schema counts. */
const EMOJI = '😀'.repeat(5_001);
const WRONG: unknown[] = [42, 1.5, true, null, [], ['x'], {}, { x: 1 }];
/** Strings a reader cannot see: empty, white space, zero-width, direction and control characters, a Braille blank. */
const INVISIBLE_CHARS = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u0000',
  '\u0007',
  '\u009f',
  '\u00ad',
  '\u200b',
  '\u200d',
];
const INVISIBLE = [
  '',
  ...INVISIBLE_CHARS,
  '   ',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u202e\u2066\u2069',
  '\u2800',
  '\ufe0f',
];

const VALID: Record<Exclude<Primitive, 'version' | 'ref:organizations' | 'ref:topics'>, unknown[]> = {
  id: ['o1', 'p-2024', ' spaced', 'é'.repeat(200), 'x'.repeat(200), '\ud83d\ude00'],
  str: ['Hasan Kleib', EMOJI, 'x'.repeat(10_000), ' x ', '\u200bx\u200d', '\u0301', 'Ⓧ'],
  text: [
    'Title',
    '\u00a0Title',
    { en: 'Title', fr: 'Titre' },
    { 'zh-Hant-TW': '標題', $comment: 'a note' },
    { 'EN-ca': EMOJI },
  ],
  alt: ['', 'A photo', { en: 'A photo', fr: 'Une photo' }],
  date: ['1997', '2024-10', '2024-10-07', '2024-02-29', '2000-02-29', '0000-02-29', '2023-12-31', '2024-04-30'],
  url: [
    'https://example.org/a',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/X',
    ' https://example.org/ ',
    '/programs/2024',
    'img/a.png',
    '//cdn.example.org/x.jpg',
    '?q=1',
    '#top',
    'a b',
    'https://exämple.org/',
  ],
  country: ['CA', 'ca', 'Ke'],
  lang: ['en', 'fr-CA', 'zh-Hant-TW', 'de-CH-1996', 'es-419', 'ar-u-nu-arab', 'en-x-private', 'EN-gb', 'und'],
  count: [0, 9, 200, Number.MAX_SAFE_INTEGER],
  qualifier: ['over', 'nearly', 'about'],
};

const BROKEN: Record<keyof typeof VALID, unknown[]> = {
  id: ['', '   ', '\u3000', 'x'.repeat(201), ...WRONG],
  str: [LONG, '😀'.repeat(10_001), ...INVISIBLE, ...WRONG],
  text: [
    LONG,
    {},
    { $comment: 'only a note' },
    { abcd: 'x' },
    { en: 5 },
    { en: LONG },
    { 'en-a': 'x' },
    42,
    [],
    ...INVISIBLE,
    { en: '' },
    { en: 'Title', fr: '\u200b\u200b' },
  ],
  alt: [' ', '\u200b', '\u2800', { en: '' }, { en: 'A photo', fr: ' ' }, 42, null],
  date: [
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13',
    '2024-00',
    '2024-1-7',
    ' 2024',
    '2024-10-07T00:00Z',
    '24',
    20241007,
  ],
  url: [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'mailto:a@example.org',
    'ftp://example.org/',
    'file:///etc/passwd',
    'vbscript:x',
    'blob:https://example.org/x',
    'https://example.org/\u0000',
    'https://example.org/' + 'x'.repeat(2029),
    42,
  ],
  country: ['CAN', 'C', 'C1', '', 42],
  lang: ['abcd', 'en-a', 'zz-1', 'en_US', 'x-private', '', 'english!', 'en-', 'fr--CA', 'i-klingon', 42],
  count: [-1, 9.5, 1e21, '9', 9007199254740992, true],
  qualifier: ['many', 'Over', '', 1],
};

/** Addresses whose scheme is fine but that no browser reads: a rule beyond JSON Schema. */
const UNREADABLE = ['//', 'http://', 'https://[1', 'https://a%', 'http://1.2.3.999/', 'http://example.org:99999/'];

describe('the validator and the JSON Schema agree', () => {
  const feed = () => ({
    version: 1,
    organizations: [{ id: 'o1', name: 'Office One' }],
    topics: [{ id: 't1', label: 'Topic' }],
    programs: [{ id: 'p1', title: 'Program', organizers: ['o1'], start: '2024-10-07' }],
  });
  /** A value in each field of a kind (the feed's language, a program's start, an organization's url…). */
  const PLACES: Record<keyof typeof VALID, (f: Json & ReturnType<typeof feed>, v: unknown) => void> = {
    id: (f, v) => (f.topics[0].id = v as string),
    str: (f, v) =>
      (f.agreements = [
        { id: 'a', title: 'A', parties: [], events: [{ date: '2024', label: 'L', signatories: [{ name: v }] }] },
      ]),
    text: (f, v) => ((f.programs[0] as Json).title = v),
    alt: (f, v) => ((f.programs[0] as Json).image = { src: 'a.png', alt: v }),
    date: (f, v) => ((f.programs[0] as Json).start = v),
    url: (f, v) => ((f.organizations[0] as Json).url = v),
    country: (f, v) => ((f.programs[0] as Json).location = { country: v }),
    lang: (f, v) => (f.language = v),
    count: (f, v) => ((f.programs[0] as Json).participants = { value: v }),
    qualifier: (f, v) => ((f.programs[0] as Json).participants = { value: 1, qualifier: v }),
  };

  for (const kind of Object.keys(VALID) as (keyof typeof VALID)[]) {
    it(`on ${kind}: the valid values pass both`, () => {
      for (const v of VALID[kind]) {
        const f = feed();
        PLACES[kind](f, v);
        expect(agree(f), `${kind} ${JSON.stringify(v).slice(0, 40)}`).to.equal(true);
      }
    });
    it(`on ${kind}: the broken values fail both, in the same record`, () => {
      for (const v of BROKEN[kind]) {
        const f = feed();
        PLACES[kind](f, v);
        expect(agree(f), `${kind} ${JSON.stringify(v).slice(0, 40)}`).to.equal(false);
      }
    });
  }

  it('on what JSON Schema cannot state: the schema accepts, the validator warns (and only those may differ)', () => {
    const cases: [string, (f: Json & ReturnType<typeof feed>) => void][] = [
      ['references', (f) => f.programs[0].organizers.push('nobody')],
      ['unique', (f) => f.topics.push({ id: 't1', label: 'Again' })],
      ['ranges', (f) => ((f.programs[0] as Json).end = '2024-10-01')],
      ...UNREADABLE.map((url): [string, (f: Json) => void] => [
        'addresses',
        (f) => ((f.organizations as Json[])[0].url = url),
      ]),
    ];
    for (const [rule, change] of cases) {
      const f = feed();
      change(f);
      expect(agree(f), rule).to.equal(true);
      const { warnings } = validateFeed(f, BASE);
      expect(
        warnings.map((w) => w.message),
        JSON.stringify(f).slice(0, 200),
      ).to.satisfy(
        (m: string[]) => m.length === 1 && BEYOND[rule as keyof typeof BEYOND].test(m[0]),
        `${rule}: ${JSON.stringify(f).slice(0, 200)} gave ${JSON.stringify(warnings)}`,
      );
    }
  });

  it('on whole feeds, valid and broken, generated from the spec (fast-check)', () => {
    let valid = 0;
    let broken = 0;
    fc.assert(
      fc.property(fc.oneof(feedOf(false), feedOf(true)), (f) => {
        if (agree(f)) valid++;
        else broken++;
      }),
      { numRuns: 1000 },
    );
    // Both kinds of feed were tried, in numbers.
    expect(valid, 'valid feeds').to.be.greaterThan(25);
    expect(broken, 'broken feeds').to.be.greaterThan(25);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Feeds made from the spec: each value valid, or (in a feed that may break) now and then broken or unreadable,
// missing, null, or beside an unknown key.

const IDS = ['o1', 'o2', 't1', 't2', 'p1', 'a1'];

function valueOf(kind: Primitive, breaks: boolean): fc.Arbitrary<unknown> {
  const valid =
    kind === 'version'
      ? fc.constant(1)
      : kind === 'id' || kind.startsWith('ref:')
        ? fc.constantFrom(...IDS, ...(kind === 'id' ? [] : ['nobody']))
        : kind === 'url'
          ? fc.oneof(fc.constantFrom(...VALID.url), fc.webUrl())
          : fc.constantFrom(...VALID[kind as keyof typeof VALID]);
  if (!breaks) return valid;
  const broken =
    kind === 'version'
      ? fc.constantFrom(2, '1', null)
      : kind === 'str' || kind === 'text'
        ? fc.oneof(
            fc.constantFrom(...BROKEN[kind]),
            // Invisible characters, now and then with a visible one among them.
            fc.string({ unit: fc.constantFrom(...INVISIBLE_CHARS, 'x'), maxLength: 4 }),
          )
        : fc.constantFrom(...BROKEN[(kind.startsWith('ref:') ? 'id' : kind) as keyof typeof BROKEN]);
  return fc.oneof(
    { weight: 40, arbitrary: valid },
    { weight: 2, arbitrary: broken },
    { weight: kind === 'url' ? 1 : 0, arbitrary: fc.constantFrom(...UNREADABLE) },
  );
}

function arbitraryOf(node: SpecNode, breaks: boolean): fc.Arbitrary<unknown> {
  if (typeof node === 'string') return valueOf(node, breaks);
  if (Array.isArray(node)) {
    const list = fc.array(arbitraryOf(node[0], breaks), { maxLength: 3 });
    return breaks ? fc.oneof({ weight: 40, arbitrary: list }, fc.constantFrom(...WRONG)) : list;
  }
  const fields = Object.entries(node).map(([key, child]) => {
    const name = key.replace(/\?$/, '');
    const value = arbitraryOf(child, breaks);
    const required = name === key;
    // An optional field: absent, null ("none") or a value; a required one is now and then missing.
    const present = required
      ? breaks
        ? fc.option(value, { freq: 40, nil: undefined })
        : value
      : fc.oneof(fc.constant(undefined), fc.constant(null), value);
    return present.map((v): [string, unknown][] => (v === undefined ? [] : [[name, v]]));
  });
  const extra = breaks
    ? fc.constantFrom<[string, unknown][]>(
        [],
        [],
        [],
        [],
        [['$comment', 'a note']],
        [['titel', 'x']],
        [['__proto__', {}]],
      )
    : fc.constantFrom<[string, unknown][]>([], [['$comment', 'a note']]);
  return fc
    .tuple(fc.tuple(...fields), extra)
    .map(([entries, more]) => Object.fromEntries([...entries.flat(), ...more]));
}

const feedOf = (breaks: boolean) => arbitraryOf(FEED, breaks);
