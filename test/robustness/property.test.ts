import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import { IpwError } from '../../src/feed/errors.js';
import { FEED, RULES, type SpecNode } from '../../src/feed/spec.js';
import type { Feed, Text } from '../../src/feed/types.js';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { closed } from '../../src/i18n/lang.js';
import { captureConsole, settled } from '../helpers.js';
import { baseOf, guarded } from './util.js';

const BASE = 'https://example.org/feeds/main.json';

// ---------------------------------------------------------------------------
// (a) Anything at all: validateFeed returns, or throws IpwError('invalid-feed').

/** Keys a hostile object would use: the spec's own, the prototype chain's, `$` notes, language tags, anything. */
const KEYS = [
  ...new Set(
    JSON.stringify(FEED)
      .match(/"([\w$-]+)\??":/g)!
      .map((k) => k.slice(1, -2).replace('?', '')),
  ),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  '$comment',
  'en',
  'fr-CA',
  'length',
  '0',
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const wild = fc.anything({
  key,
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
});

/** A value for a spec node: mostly of the right shape, with `wild` anywhere. */
function shaped(node: SpecNode): fc.Arbitrary<unknown> {
  const right =
    typeof node === 'string'
      ? nearlyValid(node)
      : Array.isArray(node)
        ? fc.array(shaped(node[0]), { maxLength: 3 })
        : fc.record(Object.fromEntries(Object.entries(node).map(([k, v]) => [k.replace('?', ''), shaped(v)])), {
            requiredKeys: [],
          });
  return fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: wild });
}

/** Primitive values that are often valid, and often just wrong. */
function nearlyValid(kind: string): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'version':
      return fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, fc.constantFrom(0, 2, '1', 1.5, null));
    case 'date':
      return fc.oneof(date, fc.string({ maxLength: 12 }));
    case 'url':
      return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' /x', 'a\tb', '//x'), fc.string());
    case 'count':
      return fc.oneof(fc.maxSafeNat(), fc.double(), fc.bigInt());
    case 'qualifier':
      return fc.constantFrom('over', 'nearly', 'about', 'many', '');
    case 'country':
      return fc.stringMatching(/^[a-zA-Z]{2,3}$/);
    case 'lang':
      return fc.constantFrom('en', 'fr-CA', 'zh-Hans', 'english!', 'x', '');
    case 'text':
      return fc.oneof(fc.string(), fc.dictionary(fc.oneof(fc.constantFrom(...LANGS), key), fc.anything()));
    default: // id, str, ref:…
      return fc.oneof(fc.constantFrom('o1', 'o2', 't1', ' ', ''), fc.string({ maxLength: 6 }));
  }
}

/** Checks that a value validateFeed threw is the one error it may throw. */
const invalidFeedOnly = (run: () => unknown) => {
  try {
    return run();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(IpwError);
    expect((e as IpwError).code).to.equal('invalid-feed');
    return undefined;
  }
};

/** What validation keeps is valid: checked again, it passes as it is, without a warning. */
const stable = (feed: Feed) => {
  const again = validateFeed(feed, BASE);
  expect(again.warnings, 'warnings when the result is validated again').to.deep.equal([]);
  expect(again.feed).to.deep.equal(feed);
};

describe('validateFeed on any value (fast-check)', () => {
  it('a JSON value: a feed or IpwError invalid-feed, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = invalidFeedOnly(() => validateFeed(value, BASE)) as ReturnType<typeof validateFeed>;
        if (parsed) stable(parsed.feed);
      }),
      { numRuns: 300 },
    );
  });

  it('an object shaped like a feed, with any value in any field: the same', () => {
    fc.assert(
      fc.property(shaped(FEED), (value) => {
        const parsed = invalidFeedOnly(() => validateFeed(value, BASE)) as ReturnType<typeof validateFeed>;
        if (!parsed) return;
        stable(parsed.feed);
        for (const w of parsed.warnings) expect(w.path).to.be.a('string') && expect(w.message).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });

  it('any text: parseFeed throws only invalid-json or invalid-feed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((s) => s.slice(0, -1)),
        ),
        (text) => {
          try {
            parseFeed(text, BASE);
          } catch (e) {
            expect(e).to.be.instanceOf(IpwError);
            expect(['invalid-json', 'invalid-feed']).to.include((e as IpwError).code);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// (b) Feeds that follow the spec: no warning, and every element renders them.

const LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh-Hans', 'fr-CA', 'en-GB', 'de', 'pt-BR'];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyString = fc.oneof(fc.string({ maxLength: 12, unit: 'binary' }), fc.string({ maxLength: 12, unit: codeUnit }));
/** A string the spec accepts: any, but one a reader can see something of (the `str` rule's pattern). */
const str = anyString.filter((s) => new RegExp(RULES.str.pattern, 'u').test(s));
/** Text that has something to see: a letter among anything at all. */
const visible = fc
  .tuple(anyString, fc.constantFrom(...'ABCXYZéж中'), anyString)
  .map(([a, letter, b]) => ({ value: a + letter + b, letter }));
const text = (s: fc.Arbitrary<string> = str): fc.Arbitrary<Text> =>
  fc.oneof(s, fc.dictionary(fc.constantFrom(...LANGS), s, { minKeys: 1, maxKeys: 3 }));
/** Text with a visible letter in every entry. */
const titled = fc.oneof(
  visible.map((v) => v.value),
  fc.dictionary(
    fc.constantFrom(...LANGS),
    visible.map((v) => v.value),
    { minKeys: 1, maxKeys: 3 },
  ),
);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** A real calendar date, year 0000 to 9999, at any precision. */
const date = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.nat(30), fc.constantFrom(1, 2, 3))
  .map(([y, m, d, precision]) => [pad(y, 4), pad(m), pad(Math.min(d + 1, daysIn(y, m)))].slice(0, precision).join('-'));
/** A start and maybe an end on or after it (compared at the precision they share). */
const range = fc.tuple(date, fc.option(date, { nil: undefined })).map(([a, b]) => {
  if (b === undefined) return { start: a };
  const before = b.slice(0, a.length) < a.slice(0, b.length);
  return before ? { start: b, end: a } : { start: a, end: b };
});
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('/a b', 'x.html'));
/** Images that exist on the test server: no request leaves the machine. */
const imageSrc = fc.constantFrom('/feeds/images/wipo-cipo-2024.svg', 'feeds/images/wipo-cipo-2024.svg');
const count = { value: fc.maxSafeNat(), qualifier: fc.constantFrom('over', 'nearly', 'about') };
const countArb = fc.record(count, { requiredKeys: ['value'] });
const id = fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }).filter((s) => s.trim() !== '');
const ids = (n: number) => fc.uniqueArray(id, { minLength: 0, maxLength: n });
const pickOf = (list: string[]) => (list.length ? fc.constantFrom(...list) : fc.constant(undefined));

const validFeed = fc
  .record({ orgIds: ids(3), topicIds: ids(4), programIds: ids(4), agreementIds: ids(2), statIds: ids(3) })
  .chain(({ orgIds, topicIds, programIds, agreementIds, statIds }) => {
    const some = (list: string[]) => fc.subarray(list);
    const organization = (i: string) =>
      fc.record({ id: fc.constant(i), name: titled, short: text(), url }, { requiredKeys: ['id', 'name'] });
    const program = (i: string) =>
      fc
        .tuple(
          range,
          fc.record(
            {
              id: fc.constant(i),
              title: titled,
              summary: text(),
              organizers: some(orgIds),
              location: fc.record(
                { venue: text(), city: text(), country: fc.stringMatching(/^[a-zA-Z]{2}$/) },
                { requiredKeys: [] },
              ),
              participants: fc.record(
                { ...count, regions: fc.array(text(), { maxLength: 3 }), countries: countArb },
                { requiredKeys: ['value'] },
              ),
              topics: some(topicIds),
              url,
              image: fc.record(
                { src: imageSrc, alt: fc.oneof(fc.constant(''), text()), credit: text() },
                { requiredKeys: ['src', 'alt'] },
              ),
            },
            { requiredKeys: ['id', 'title', 'organizers'] },
          ),
        )
        .map(([dates, rest]) => ({ ...rest, ...dates }));
    const signatory = fc.record({ name: str, role: text(), organization: pickOf(orgIds) }, { requiredKeys: ['name'] });
    const event = fc
      .tuple(
        range,
        fc.record(
          { label: titled, description: text(), signatories: fc.array(signatory, { maxLength: 2 }) },
          { requiredKeys: ['label'] },
        ),
      )
      .map(([{ start, end }, rest]) => ({ ...rest, date: start, ...(end ? { end } : {}) }));
    const agreement = (i: string) =>
      fc.record(
        {
          id: fc.constant(i),
          title: titled,
          parties: some(orgIds),
          summary: text(),
          events: fc.array(event, { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'title', 'parties', 'events'] },
      );
    const stat = (i: string) =>
      fc.record(
        {
          id: fc.constant(i),
          ...count,
          label: titled,
          secondary: fc.record({ ...count, label: text() }, { requiredKeys: ['value', 'label'] }),
          since: date,
        },
        { requiredKeys: ['id', 'value', 'label'] },
      );
    return fc.record({
      version: fc.constant(1 as const),
      language: fc.constantFrom(...LANGS),
      organizations: fc.tuple(...orgIds.map(organization)),
      topics: fc.tuple(...topicIds.map((i) => fc.record({ id: fc.constant(i), label: text() }))),
      programs: fc.tuple(...programIds.map(program)),
      agreements: fc.tuple(...agreementIds.map(agreement)),
      stats: fc.tuple(...statIds.map(stat)),
    });
  })
  // A signatory's organization is optional: undefined means absent, not "undefined".
  .map((feed) => JSON.parse(JSON.stringify(feed)) as Feed);

/** The text a reader with `lang="en"` sees, by the rules of docs/feed-format.md (Text). */
function seen(text: Text, feedLang: string): string {
  // With the direction overrides and isolates it opens closed at its end (closed() in src/i18n/lang.ts).
  return closed(picked(text, feedLang));
}

function picked(text: Text, feedLang: string): string {
  if (typeof text === 'string') return text;
  const tags = Object.keys(text);
  const found =
    tags.find((t) => t.toLowerCase() === 'en') ??
    tags.find((t) => t.toLowerCase().split('-')[0] === 'en') ??
    tags.find((t) => t.toLowerCase() === feedLang.toLowerCase()) ??
    tags[0];
  return text[found];
}

const isVisible = (el: Element | null) => {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility();
};

describe('feeds that follow the spec (fast-check)', () => {
  it('validate without a warning', () => {
    fc.assert(
      fc.property(validFeed, (feed) => {
        const { warnings, feed: parsed } = validateFeed(feed, BASE);
        expect(warnings).to.deep.equal([]);
        expect(parsed.programs.map((p) => p.id)).to.deep.equal(feed.programs.map((p) => p.id));
      }),
      { numRuns: 200 },
    );
  });

  it(
    'render in every element, with no error and every title visible',
    guarded(async function () {
      this.timeout(60_000);
      await fc.assert(
        fc.asyncProperty(validFeed, async (feed) => {
          const console_ = captureConsole();
          try {
            const page = await fixture<HTMLDivElement>(
              html`<div lang="en" style="inline-size: 800px">
                <ipw-feed .feed=${feed}>
                  ${feed.programs.map((p) => html`<ipw-program-card program=${p.id}></ipw-program-card>`)}
                  <ipw-program-list></ipw-program-list>
                  <ipw-topic-list></ipw-topic-list>
                  ${feed.agreements.map((a) => html`<ipw-agreement-timeline agreement=${a.id}></ipw-agreement-timeline>`)}
                  ${feed.stats.map((s) => html`<ipw-participant-badge stat=${s.id}></ipw-participant-badge>`)}
                </ipw-feed>
              </div>`,
            );
            const el = page.querySelector('ipw-feed') as IpwFeed;
            const widgets = [...el.children].filter((c) => c.localName.startsWith('ipw-'));
            await settled(el, ...widgets);
            expect(el.status).to.equal('ready');
            expect(el.warnings).to.deep.equal([]);
            for (const w of widgets) {
              const base = baseOf(w)!;
              expect(base.hasAttribute('aria-busy'), `<${w.localName}> still loading`).to.equal(false);
              expect(base.querySelector('[part=error]'), `<${w.localName}> error`).to.equal(null);
            }
            const lang = feed.language;
            page.querySelectorAll('ipw-program-card').forEach((card, i) => {
              const title = card.shadowRoot!.querySelector('article [part=title]');
              expect(title?.textContent).to.equal(seen(feed.programs[i].title, lang));
              expect(isVisible(title), 'program title visible').to.equal(true);
            });
            const list = page.querySelector('ipw-program-list')!;
            expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(feed.programs.length);
            expect(
              [...list.shadowRoot!.querySelectorAll('[part=title]')].map((t) => t.textContent).sort(),
            ).to.deep.equal(feed.programs.map((p) => seen(p.title, lang)).sort());
            const topics = page.querySelector('ipw-topic-list')!;
            expect(
              [...topics.shadowRoot!.querySelectorAll('li[part=topic]')].map((li) => li.textContent),
            ).to.deep.equal(feed.topics.map((t) => seen(t.label, lang)));
            page.querySelectorAll('ipw-agreement-timeline').forEach((timeline, i) => {
              const title = timeline.shadowRoot!.querySelector('[part=title]');
              expect(title?.textContent).to.equal(seen(feed.agreements[i].title, lang));
              expect(isVisible(title), 'agreement title visible').to.equal(true);
              expect(timeline.shadowRoot!.querySelectorAll('li[part=event]')).to.have.length(
                feed.agreements[i].events.length,
              );
            });
            page.querySelectorAll('ipw-participant-badge').forEach((badge, i) => {
              const label = badge.shadowRoot!.querySelector('[part=label]');
              expect(label?.textContent).to.equal(seen(feed.stats[i].label, lang));
              expect(isVisible(badge.shadowRoot!.querySelector('[part=figure]')), 'figure visible').to.equal(true);
            });
            expect(console_.errors).to.deep.equal([]);
            expect(console_.warnings).to.deep.equal([]);
          } finally {
            console_.restore();
            fixtureCleanup();
          }
        }),
        { numRuns: 60 },
      );
    }),
  );
});
