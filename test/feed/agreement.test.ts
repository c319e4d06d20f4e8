import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BEYOND_JSON_SCHEMA, FEED, RULES } from '../../src/feed/spec.js';
import { IpwError } from '../../src/feed/errors.js';
import { validateFeed } from '../../src/feed/validate.js';
import { BROKEN, feedArbitrary, UNREADABLE, VALID } from '../fixtures/feed-arbitrary.js';

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

  it('on whole feeds, valid and broken, generated from the spec (fast-check)', function () {
    // A thousand feeds through both checkers: seconds alone, more on a busy machine; a limit it never needs luck for.
    this.timeout(120_000);
    let valid = 0;
    let broken = 0;
    fc.assert(
      fc.property(fc.oneof(feedArbitrary(FEED), feedArbitrary(FEED, { breaks: true })), (f) => {
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
