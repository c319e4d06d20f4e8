import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import * as spec from '../../src/feed/spec.js';
import * as words from '../../src/feed/words.js';
import { validateFeed } from '../../src/feed/validate.js';
import { toJsonSchema } from '../../scripts/json-schema.js';
import { minimalFeed } from '../fixtures/feeds.js';

/** The format as the schema is made from it: its rules and its words. */
const format = { ...spec, ...words };
const json = async (path: string) => (await fetch(path)).json();
const { AGREEMENT, EVENT, ORGANIZATION, PROGRAM, STAT, TOPIC } = format;

describe('schema/feed.schema.json', () => {
  it('is what the validator’s spec generates (run `npm run schema` after changing src/feed/spec.ts or words.ts)', async () => {
    const generated = toJsonSchema(format, {
      organization: ORGANIZATION,
      topic: TOPIC,
      program: PROGRAM,
      agreement: AGREEMENT,
      event: EVENT,
      stat: STAT,
    });
    expect(await json('/schema/feed.schema.json')).to.deep.equal(JSON.parse(JSON.stringify(generated)));
  });

  it('carries each rule of the spec as it is', async () => {
    const schema = await json('/schema/feed.schema.json');
    expect(schema.$defs.program.properties.start).to.deep.include(format.RULES.date);
    expect(schema.$defs.program.properties.start.description).to.contain(format.DESCRIPTIONS.date.slice(1));
    expect(schema.properties.language.pattern).to.equal(format.RULES.lang.pattern);
    expect(schema.$defs.organization.properties.url.pattern).to.equal(format.RULES.url.pattern);
  });

  it('says what only the validator checks', async () => {
    const schema = await json('/schema/feed.schema.json');
    for (const rule of Object.values(format.BEYOND_JSON_SCHEMA)) expect(schema.description).to.contain(rule);
    expect(schema.$defs.program.properties.end.description).to.contain(format.BEYOND_JSON_SCHEMA.ranges);
    expect(schema.$defs.event.properties.end.description).to.contain(format.BEYOND_JSON_SCHEMA.ranges);
    expect(schema.$defs.topic.properties.id.description).to.contain(format.BEYOND_JSON_SCHEMA.unique);
    expect(schema.$defs.program.properties.topics.items.description).to.contain(format.BEYOND_JSON_SCHEMA.references);
    expect(schema.$defs.program.properties.url.description).to.contain(format.BEYOND_JSON_SCHEMA.addresses);
  });

  it('accepts the default feed, and so does the validator, without a warning', async () => {
    const feed = await json('/feeds/wipo-cipo-2024.json');
    const result = new Validator(await json('/schema/feed.schema.json'), '2020-12').validate(feed);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
    expect(validateFeed(feed, 'https://example.org/feeds/x.json').warnings).to.deep.equal([]);
  });

  it('agrees with the validator on what a typo, a bad date, a bad language tag or an unsafe link is', async () => {
    const schema = new Validator(await json('/schema/feed.schema.json'), '2020-12');
    const typo = minimalFeed() as { programs: Record<string, unknown>[] };
    typo.programs[0].titel = 'x';
    expect(schema.validate(typo).valid).to.equal(false);
    /** The minimal feed, with its first program changed. */
    const changed = (change: (program: Record<string, unknown>) => void) => {
      const feed = minimalFeed();
      change(feed.programs[0]);
      return feed;
    };
    const broken = [
      ...['2024-13-01', '2024-02-30', '2023-02-29', '1900-02-29'].map((start) => changed((p) => (p.start = start))),
      ...['abcd', 'en-a', 'zz-1', 'en_US'].map((language) => ({ ...minimalFeed(), language })),
      ...['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.org', 'java\tscript:x'].map((url) =>
        changed((p) => (p.url = url)),
      ),
    ];
    for (const feed of broken) {
      expect(schema.validate(feed).valid, JSON.stringify(feed).slice(0, 80)).to.equal(false);
      expect(validateFeed(feed, 'https://example.org/').warnings, JSON.stringify(feed).slice(0, 80)).not.to.be.empty;
    }
    for (const feed of [
      minimalFeed(),
      changed((p) => (p.start = '2000-02-29')),
      { ...minimalFeed(), language: 'zh-Hant-TW' },
    ]) {
      expect(schema.validate(feed).valid).to.equal(true);
      expect(validateFeed(feed, 'https://example.org/').warnings).to.deep.equal([]);
    }
  });
});
