import { expect } from '@open-wc/testing';
import { IpwError } from '../../src/feed/errors.js';
import { parseFeed, safeUrl, validateFeed } from '../../src/feed/validate.js';
import { minimalFeed } from '../fixtures/feeds.js';

const BASE = 'https://example.org/feeds/main.json';
const messages = (value: unknown) => validateFeed(value, BASE).warnings.map((w) => `${w.path}: ${w.message}`);
const failure = (text: string) => {
  try {
    parseFeed(text, BASE);
  } catch (e) {
    return e as IpwError;
  }
  throw new Error('expected the feed to be refused');
};

describe('validateFeed', () => {
  it('accepts a valid feed without warnings', () => {
    const { feed, warnings } = validateFeed(minimalFeed(), BASE);
    expect(warnings).to.deep.equal([]);
    expect(feed.programs.map((p) => p.id)).to.deep.equal(['p2024', 'p1997']);
    expect(feed.programs[0].location?.country).to.equal('CA');
  });

  it('drops an invalid record with a message that names its path, and keeps the rest', () => {
    const raw = minimalFeed();
    (raw.programs[1] as { start: string }).start = '2024-02-30';
    const { feed } = validateFeed(raw, BASE);
    expect(feed.programs.map((p) => p.id)).to.deep.equal(['p2024']);
    expect(messages(raw)).to.deep.equal([
      'programs[1].start: expected a date like 2024-10-07, 2024-10 or 2024, got "2024-02-30"; programs[1] left out',
    ]);
  });

  it('names a missing required field', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    delete raw.programs[0].title;
    expect(messages(raw)[0]).to.match(/^programs\[0\]\.title: missing: expected text/);
  });

  it('drops an invalid optional field but keeps its record', () => {
    const raw = minimalFeed();
    (raw.programs[0] as { url: string }).url = 'javascript:alert(1)';
    const { feed, warnings } = validateFeed(raw, BASE);
    expect(feed.programs[0].id).to.equal('p2024');
    expect(feed.programs[0].url).to.equal(undefined);
    expect(warnings[0].path).to.equal('programs[0].url');
    expect(warnings[0].message).to.contain('expected an https: or http: URL');
  });

  it('warns about unknown keys and suggests the likely one', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[1].titel = 'Typo';
    raw.programs[1].$comment = 'allowed';
    expect(messages(raw)).to.deep.equal(['programs[1].titel: unknown key, ignored; did you mean "title"?']);
  });

  it('drops references to unknown ids and lists the known ones', () => {
    const raw = minimalFeed();
    raw.programs[0].topics = ['it', 'law'];
    const { feed } = validateFeed(raw, BASE);
    expect(feed.programs[0].topics).to.deep.equal(['it']);
    expect(messages(raw)).to.deep.equal([
      'programs[0].topics[1]: unknown topic "law"; known ids: it, examiners; left out',
    ]);
  });

  it('keeps the first of two records with one id', () => {
    const raw = minimalFeed();
    raw.topics.push({ id: 'it', label: { en: 'Again', fr: 'Encore' } });
    expect(validateFeed(raw, BASE).feed.topics.map((t) => t.label)).to.have.length(2);
    expect(messages(raw)).to.deep.equal(['topics[2]: duplicate id "it", already used by an earlier record; left out']);
  });

  it('ignores an end before the start, with a warning', () => {
    const raw = minimalFeed();
    raw.programs[0].end = '2024-10-01';
    expect(validateFeed(raw, BASE).feed.programs[0].end).to.equal(undefined);
    expect(messages(raw)).to.deep.equal([
      'programs[0].end: expected a date on or after 2024-10-07, got "2024-10-01"; ignored',
    ]);
  });

  it('accepts partial dates and reads null as absent', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[1].summary = null;
    raw.programs[1].end = '1998-06';
    const { feed, warnings } = validateFeed(raw, BASE);
    expect(warnings).to.deep.equal([]);
    expect(feed.programs[1]).to.include({ start: '1997', end: '1998-06' });
    expect(feed.programs[1]).not.to.have.property('summary');
  });

  it('keeps the usable languages of a text map', () => {
    const raw = minimalFeed() as { topics: { label: unknown }[] };
    raw.topics[0].label = { en: 'IT', fr: 5, 'not a tag!': 'x' };
    expect(validateFeed(raw, BASE).feed.topics[0].label).to.deep.equal({ en: 'IT' });
    expect(messages(raw)).to.deep.equal([
      'topics[0].label.fr: expected a string, got 5; ignored',
      'topics[0].label["not a tag!"]: expected a language tag like en or fr-CA as key, got "not a tag!"; ignored',
    ]);
  });

  it('takes text a reader cannot see for no text, but an image’s alt "" for a decorative image', () => {
    const raw = minimalFeed();
    const [decorative, blankAlt] = raw.programs as Record<string, unknown>[];
    decorative.image = { src: 'a.png', alt: '' };
    blankAlt.image = { src: 'b.png', alt: '\u200b ' };
    raw.agreements[0].events[0].signatories!.push({ name: '\u3000', role: 'Witness', organization: 'cipo' });
    (raw.agreements[0].events[1] as Record<string, unknown>).description = { en: '\t', fr: 'Début' };
    const { feed } = validateFeed(raw, BASE);
    expect(feed.programs[0].image).to.deep.equal({ src: 'https://example.org/feeds/a.png', alt: '' });
    expect(feed.programs[1].image).to.equal(undefined);
    expect(feed.agreements[0].events[0].signatories).to.have.length(1);
    expect(feed.agreements[0].events[1].description).to.deep.equal({ fr: 'Début' });
    const blank = 'expected visible text, got only white space, zero-width or control characters';
    expect(messages(raw)).to.deep.equal([
      `programs[1].image.alt: ${blank}; programs[1].image left out`,
      `agreements[0].events[0].signatories[1].name: ${blank}; agreements[0].events[0].signatories[1] left out`,
      `agreements[0].events[1].description.en: ${blank}; ignored`,
    ]);
  });

  it('takes the invisible characters beyond the first 65,536 for no text too: tags, variation selectors, format controls', () => {
    const raw = minimalFeed();
    (raw.topics as { id: string; label: unknown }[]).push(
      ...['\u{E0100}', '\u{E0041}\u{E007F}', '\u{1BCA0}', '\u{1D173} \u{FE0F}'].map((label, i) => ({
        id: `blank${i}`,
        label,
      })),
      { id: 'flag', label: 'Wales \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}' },
    );
    const { feed } = validateFeed(raw, BASE);
    expect(feed.topics.map((t) => t.id))
      .to.include('flag')
      .and.not.include('blank0');
    const blank = 'expected visible text, got only white space, zero-width or control characters';
    expect(messages(raw)).to.deep.equal(
      [0, 1, 2, 3].map(
        (i) => `topics[${raw.topics.length - 5 + i}].label: ${blank}; topics[${raw.topics.length - 5 + i}] left out`,
      ),
    );
  });

  it('resolves relative URLs against the feed’s own address', () => {
    const raw = minimalFeed();
    raw.programs[0].url = '../programs/2024.html';
    expect(validateFeed(raw, BASE).feed.programs[0].url).to.equal('https://example.org/programs/2024.html');
  });

  it('defaults the lists and the language', () => {
    const { feed, warnings } = validateFeed({ version: 1 }, BASE);
    expect(warnings).to.deep.equal([]);
    expect(feed).to.deep.equal({
      version: 1,
      language: 'en',
      organizations: [],
      topics: [],
      programs: [],
      agreements: [],
      stats: [],
    });
  });

  it('finds references whatever the order of the top-level lists', () => {
    const { programs, topics, organizations, ...rest } = minimalFeed();
    const { feed, warnings } = validateFeed({ ...rest, programs, topics, organizations }, BASE);
    expect(warnings).to.deep.equal([]);
    expect(feed.programs[0].organizers).to.deep.equal(['wipo', 'cipo']);
    expect(feed.programs[0].topics).to.deep.equal(['it', 'examiners']);
  });

  it('warns in the order of the feed’s own text', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[1] = {
      url: 'ftp://x',
      id: 'p1997',
      titel: 'Typo',
      title: 'T',
      organizers: [],
      start: '1997',
      end: 'x',
    };
    expect(messages(raw)).to.deep.equal([
      'programs[1].url: expected an https: or http: URL, got "ftp://x"; ignored',
      'programs[1].titel: unknown key, ignored; did you mean "title"?',
      'programs[1].end: expected a date like 2024-10-07, 2024-10 or 2024, got "x"; ignored',
    ]);
  });

  it('names every problem of a record it leaves out, not only the first', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[1] = { id: 'p1997', start: '1997-13', titel: 'Typo', organizers: ['nobody'] };
    expect(messages(raw)).to.deep.equal([
      'programs[1].start: expected a date like 2024-10-07, 2024-10 or 2024, got "1997-13"; programs[1] left out',
      'programs[1].titel: unknown key, ignored; did you mean "title"?',
      'programs[1].organizers[0]: unknown organization "nobody"; known ids: wipo, cipo; left out',
      'programs[1].title: missing: expected text: a string or a map like {"en": "…", "fr": "…"}; programs[1] left out',
    ]);
    expect(validateFeed(raw, BASE).feed.programs.map((p) => p.id)).to.deep.equal(['p2024']);
  });

  it('leaves the caller’s object as it was', () => {
    const freeze = (v: unknown): unknown =>
      v && typeof v === 'object' ? Object.freeze(Object.values(v).map(freeze) && v) : v;
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[0].url = 'javascript:alert(1)';
    raw.programs[0].extra = 1;
    const before = JSON.stringify(raw);
    // In place, a frozen object would throw.
    const { feed, warnings } = validateFeed(freeze(raw), BASE);
    expect(warnings.map((w) => w.path)).to.deep.equal(['programs[0].url', 'programs[0].extra']);
    expect(feed.programs[0]).not.to.have.property('url');
    expect(JSON.stringify(raw)).to.equal(before);
  });

  it('never copies __proto__ or other unknown keys into the result', () => {
    const { feed, warnings } = parseFeed(
      '{"version":1,"__proto__":{"polluted":true},"topics":[{"id":"a","label":"A","constructor":1}]}',
      BASE,
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed)).to.equal(Object.prototype);
    expect(warnings.map((w) => w.path)).to.deep.equal(['topics[0].constructor', '__proto__']);
  });
});

describe('feed.byId', () => {
  it('indexes the records kept in each list, by id, in their order', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[]; topics: unknown[] };
    raw.topics.push({ id: 'it', label: 'Again' }, { id: 'bad' });
    raw.programs[1].start = '2024-02-30';
    const { feed } = validateFeed(raw, BASE);
    expect([...feed.byId.topics.keys()]).to.deep.equal(['it', 'examiners']);
    expect(feed.byId.topics.get('it')).to.equal(feed.topics[0]);
    expect([...feed.byId.programs.keys()]).to.deep.equal(['p2024']);
    expect(feed.byId.programs.get('p2024')).to.equal(feed.programs[0]);
    expect(feed.byId.organizations.get('wipo')).to.equal(feed.organizations[0]);
    expect(feed.byId.agreements.get('mou')).to.equal(feed.agreements[0]);
    expect(feed.byId.stats.size).to.equal(feed.stats.length);
  });

  it('is not part of the feed’s data: not enumerable, not in its JSON', () => {
    const { feed } = validateFeed(minimalFeed(), BASE);
    expect(Object.keys(feed)).not.to.include('byId');
    expect(JSON.stringify(feed)).not.to.contain('byId');
    expect(validateFeed(feed, BASE).warnings).to.deep.equal([]);
  });
});

describe('rules as JSON Schema states them', () => {
  it('counts characters by code point: an emoji is one', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[0].summary = '😀'.repeat(10_000);
    raw.programs[1].summary = '😀'.repeat(10_001);
    expect(messages(raw)).to.deep.equal([
      'programs[1].summary: expected at most 10,000 characters, got 10,001; ignored',
    ]);
  });

  it('refuses an unsafe scheme behind white space, and names an address no browser reads', () => {
    const raw = minimalFeed() as { programs: Record<string, unknown>[] };
    raw.programs[0].url = ' javascript:alert(1)';
    raw.programs[1].url = 'http://example.org:99999/';
    expect(messages(raw)).to.deep.equal([
      'programs[0].url: expected an https: or http: URL, got " javascript:alert(1)"; ignored',
      'programs[1].url: expected a URL a browser can read, got "http://example.org:99999/"; ignored',
    ]);
  });

  it('reads a language tag by its syntax, in any case', () => {
    const raw = minimalFeed() as { topics: { label: unknown }[] };
    raw.topics[0].label = { 'EN-gb': 'a', 'ar-u-nu-arab': 'b', abcd: 'c', 'en-a': 'd', 'zz-1': 'e', $comment: 'f' };
    expect(validateFeed(raw, BASE).feed.topics[0].label).to.deep.equal({ 'EN-gb': 'a', 'ar-u-nu-arab': 'b' });
    expect(messages(raw).map((m) => m.split(':')[0])).to.deep.equal([
      'topics[0].label.abcd',
      'topics[0].label["en-a"]',
      'topics[0].label["zz-1"]',
    ]);
  });
});

describe('parseFeed refuses an unusable feed', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'invalid-json', /the feed is empty/],
    ['{"version": 1,', 'invalid-json', /not valid JSON/],
    ['<!doctype html><h1>Not found</h1>', 'invalid-json', /HTML, not JSON/],
    ['[]', 'invalid-feed', /expected the feed to be an object .*got a list/],
    ['"feed"', 'invalid-feed', /got "feed"/],
    ['{"programs": []}', 'invalid-feed', /version: missing/],
    ['{"version": 2}', 'invalid-feed', /version: expected 1, got 2/],
  ];
  for (const [text, code, message] of cases)
    it(`${JSON.stringify(text.slice(0, 20))} → ${code}`, () => {
      const error = failure(text);
      expect(error).to.be.instanceOf(IpwError);
      expect(error.code).to.equal(code);
      expect(error.message).to.match(message);
    });

  it('allows a byte-order mark', () => {
    expect(parseFeed('\uFEFF{"version":1}', BASE).feed.version).to.equal(1);
  });
});

describe('safeUrl', () => {
  for (const url of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>',
    'vbscript:x',
    'blob:https://a/b',
    '//',
  ])
    it(`refuses ${JSON.stringify(url)}`, () => expect(safeUrl(url, BASE)).to.equal(undefined));
  it('accepts https, http and relative URLs', () => {
    expect(safeUrl('https://wipo.int/a', BASE)).to.equal('https://wipo.int/a');
    expect(safeUrl('http://wipo.int/', BASE)).to.equal('http://wipo.int/');
    expect(safeUrl('img/a.png', BASE)).to.equal('https://example.org/feeds/img/a.png');
  });
});
