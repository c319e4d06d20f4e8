// The JSON-LD of the default feed as a crawler reads it from a page, checked with @adobe/structured-data-validator.
// Runs in Node, on the built module: `IPW_DIST=<folder> node --test test/node/structured-data.test.mjs` reads
// <folder>/feed/structured-data.js instead of dist/feed/structured-data.js.
import Validator from '@adobe/structured-data-validator';
import BaseValidator from '@adobe/structured-data-validator/src/types/base.js';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const dist = process.env.IPW_DIST ? pathToFileURL(`${process.env.IPW_DIST}/`) : new URL('../../dist/', import.meta.url);
const { structuredData, structuredDataJson } = await import(new URL('feed/structured-data.js', dist).href);
const { parseFeed } = await import(new URL('feed/validate.js', dist).href);

/** The default feed as the widgets get it from its address: validated, its image resolved against the address. */
const defaultFeed = () =>
  parseFeed(
    readFileSync(new URL('../../feeds/wipo-cipo-2024.json', import.meta.url), 'utf8'),
    'https://example.org/feeds/wipo-cipo-2024.json',
  ).feed;

/**
 * The schema.org vocabulary the validator checks types and properties against, in the shape of schema.org's
 * `schemaorg-all-https.jsonld`. That file is fetched from schema.org, which the tests cannot count on reaching,
 * and no package of this project ships it; schema-dts (a devDependency) is generated from it, so its declarations
 * give the same classes, their parents and their properties: `interface EventBase extends ThingBase {
 * "startDate"?: ... }`, and `interface EducationEventLeaf extends EducationEventBase { "@type": "EducationEvent" }`.
 */
function schemaOrgVocabulary() {
  const dts = readFileSync(createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const classes = new Map();
  for (const [, name, kind, bases = '', body] of dts.matchAll(
    /^(?:export )?interface (\w+?)(Base|Leaf) (?:extends ([^{]+))?\{\n([^]*?)^\}/gm,
  )) {
    const type = kind === 'Base' ? name : /"@type": "(\w+)"/.exec(body)?.[1];
    if (!type) continue;
    if (!classes.has(type)) classes.set(type, { parents: new Set(), properties: [] });
    const c = classes.get(type);
    for (const [, parent] of bases.matchAll(/(\w+)Base\b/g)) if (parent !== type) c.parents.add(parent);
    if (kind === 'Base') for (const [, p] of body.matchAll(/^ {4}"([^"@]+)"\?:/gm)) c.properties.push(p);
  }
  const domains = new Map();
  for (const [type, { properties }] of classes)
    for (const p of properties) domains.set(p, [...(domains.get(p) ?? []), { '@id': `schema:${type}` }]);
  return {
    '@graph': [
      ...[...classes].map(([type, { parents }]) => ({
        '@id': `schema:${type}`,
        '@type': 'rdfs:Class',
        'rdfs:subClassOf': [...parents].map((p) => ({ '@id': `schema:${p}` })),
      })),
      ...[...domains].map(([p, types]) => ({
        '@id': `schema:${p}`,
        '@type': 'rdf:Property',
        'schema:domainIncludes': types,
      })),
    ],
  };
}
const vocabulary = schemaOrgVocabulary();

/**
 * Google's rules for an event rich result (Search Central, "Event structured data"). The validator has none for
 * `Event` or its subtypes: without these, an event with no start date passes. Written with the validator's own
 * helpers, and used only while it has no rules of its own for the type.
 */
class GoogleEvent extends BaseValidator {
  getConditions(event) {
    const place = event.location?.['@type'] === 'Place';
    return [
      this.required('name', 'string'),
      this.required('startDate', 'date'),
      this.required('location', 'object'),
      ...(place ? [this.required('location.address', 'object'), this.recommended('location.name', 'string')] : []),
      ...[
        'description',
        'endDate',
        'eventAttendanceMode',
        'eventStatus',
        'image',
        'offers',
        'organizer',
        'performer',
      ].map((name) => this.recommended(name)),
    ].map((c) => c.bind(this));
  }
}

/** The issues found in a page whose head holds `json` as a JSON-LD script: with Google's event rules, or without. */
async function issues(json, { google = false } = {}) {
  const page = `<!doctype html><html><head><title>Programs</title><script type="application/ld+json">${json}</script></head><body></body></html>`;
  const validator = new Validator(vocabulary);
  if (google)
    for (const type of ['Event', 'EducationEvent'])
      validator.registeredHandlers[type] ??= [async () => ({ default: GoogleEvent })];
  const extracted = new WebAutoExtractor().parse(page);
  const read = Object.values(extracted.jsonld).flat().length;
  const found = await validator.validate(extracted);
  const where = (path = []) =>
    path.map((p) => `${p.property ?? p.type}${p.index === undefined ? '' : `[${p.index}]`}`).join('.');
  const list = (severity) =>
    found.filter((i) => i.severity === severity).map((i) => `${where(i.path) || i.rootType}: ${i.issueMessage}`);
  return { read, errors: list('ERROR'), warnings: list('WARNING') };
}

for (const lang of ['en', 'fr']) {
  test(`the default feed's JSON-LD in ${lang}: no error from the validator's rules and schema.org's vocabulary`, async (t) => {
    const { read, errors, warnings } = await issues(structuredDataJson(defaultFeed(), lang));
    for (const w of warnings) t.diagnostic(`warning: ${w}`);
    assert.equal(read, defaultFeed().programs.length, 'one event read from the page for each program');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });

  test(`the default feed's JSON-LD in ${lang}, by Google's event rules: no error`, async (t) => {
    const { errors, warnings } = await issues(structuredDataJson(defaultFeed(), lang), { google: true });
    for (const w of warnings) t.diagnostic(`warning: ${w}`);
    assert.deepEqual(errors, []);
    // The WIPO Academy program has a year and no place: a Course (its dates a CourseInstance), not an event.
    const types = JSON.parse(structuredDataJson(defaultFeed(), lang))['@graph'].map((d) => d['@type']);
    assert.deepEqual(types, ['EducationEvent', 'Course']);
  });
}

test('the validator finds what is wrong', async () => {
  const feed = defaultFeed();
  const one = feed.programs.filter((p) => p.id === 'wipo-cipo-executive-2024');
  const event = () => structuredData(feed, 'en', one)['@graph'][0];
  const json = (e) => JSON.stringify({ '@context': 'https://schema.org', ...e });

  const undated = event();
  delete undated.startDate;
  assert.deepEqual((await issues(json(undated), { google: true })).errors, [
    'EducationEvent[0]: Required attribute "startDate" is missing',
  ]);
  const nameless = { ...event(), organizer: [{ '@type': 'Organization', url: 'https://www.wipo.int/' }] };
  assert.deepEqual((await issues(json(nameless))).errors, [
    'EducationEvent[0].organizer[0]: Required attribute "name" is missing',
  ]);
  assert.deepEqual((await issues(json({ ...event(), '@type': 'EducationEvnt' }))).errors, [
    'EducationEvnt[0]: Type "EducationEvnt" is not a valid schema.org type',
  ]);
  assert.deepEqual((await issues(json({ ...event(), participants: 9 }))).warnings, [
    'EducationEvent[0]: Property "participants" for type "EducationEvent" is not supported by the schema.org specification',
  ]);
});

test('feed text cannot end the script: unescaped it breaks the JSON-LD, escaped it reads back', async () => {
  const feed = defaultFeed();
  const title = 'Hostile </script><script>alert(1)</script>';
  feed.programs[0].title = title;
  assert.deepEqual((await issues(JSON.stringify(structuredData(feed, 'en')))).errors, [
    'jsonld: Could not parse JSON-LD',
  ]);
  const json = structuredDataJson(feed, 'en');
  assert.equal(json.includes('<'), false);
  assert.deepEqual(await issues(json), { read: feed.programs.length, errors: [], warnings: [] });
  assert.equal(JSON.parse(json)['@graph'][0].name, title);
});
