import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { AGREEMENT, FEED, ORGANIZATION, PROGRAM, STAT, TOPIC } from '../../src/feed/spec.js';
import { validateFeed } from '../../src/feed/validate.js';
import { toJsonSchema } from '../../scripts/json-schema.js';
import { minimalFeed } from '../fixtures/feeds.js';

const json = async (path: string) => (await fetch(path)).json();

describe('schema/feed.schema.json', () => {
  it('is what the validator’s spec generates (run `npm run schema` after changing src/feed/spec.ts)', async () => {
    const generated = toJsonSchema(FEED, {
      organization: ORGANIZATION,
      topic: TOPIC,
      program: PROGRAM,
      agreement: AGREEMENT,
      stat: STAT,
    });
    expect(await json('/schema/feed.schema.json')).to.deep.equal(JSON.parse(JSON.stringify(generated)));
  });

  it('accepts the default feed, and so does the validator, without a warning', async () => {
    const feed = await json('/feeds/wipo-cipo-2024.json');
    const result = new Validator(await json('/schema/feed.schema.json'), '2020-12').validate(feed);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
    expect(validateFeed(feed, 'https://example.org/feeds/x.json').warnings).to.deep.equal([]);
  });

  it('agrees with the validator on what a typo or a bad date is', async () => {
    const schema = new Validator(await json('/schema/feed.schema.json'), '2020-12');
    const typo = minimalFeed() as { programs: Record<string, unknown>[] };
    typo.programs[0].titel = 'x';
    expect(schema.validate(typo).valid).to.equal(false);
    const late = minimalFeed();
    late.programs[0].start = '2024-13-01';
    expect(schema.validate(late).valid).to.equal(false);
    expect(validateFeed(late).feed.programs).to.have.length(1);
    expect(schema.validate(minimalFeed()).valid).to.equal(true);
  });
});
