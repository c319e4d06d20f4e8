// The spreadsheet layout, in-process: for any valid feed, the CSV files `ipw export` writes read back (`ipw import`)
// as the same feed, with either separator. The feeds come from the format's spec (test/fixtures/feed-arbitrary.js),
// with text and ids full of what CSV and the layout must escape: separators, quotes, line breaks, `|`, leading
// `[`, `{`, `"`, `=`, spaces at either end, empty strings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { feedToSheets, readCsv, SHEETS, sheetsToFeed, toCsv } from '../../dist/cli/sheets.js';
import { FEED } from '../../dist/feed/spec.js';
import { validateFeed } from '../../dist/feed/validate.js';
import { IDS, VALID, feedArbitrary } from '../fixtures/feed-arbitrary.js';

const piece = fc.constantFrom(
  'a',
  'Zoë',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '|',
  '[',
  ']',
  '{',
  '}',
  '=',
  '+',
  '-',
  '@',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\\',
  '😀',
  'مرحبا',
  '\ufeff',
);
const awkward = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const tags = fc.constantFrom('en', 'fr', 'fr-CA', 'EN-ca', 'zh-Hant-TW', 'ar');
/** Ids that references can name: the generator's, and some that a plain cell cannot hold. */
const ids = [...IDS, 'a|b', ' sp', '[x', '"q"', '=1+1', '-x', "'=y", 'é,;', 'a\nb'];
const valid = {
  str: fc.oneof(fc.constantFrom(...VALID.str), awkward),
  text: fc.oneof(fc.constantFrom(...VALID.text), awkward, fc.dictionary(tags, awkward, { minKeys: 1, maxKeys: 3 })),
};

/** What the feeds tried held, by kind: the test counts them, so that each was tried. */
let seen;

/** Export, then import, through CSV text. */
function roundTrip(feed, delimiter) {
  const sheets = feedToSheets(feed);
  const cells = Object.values(sheets).flatMap((rows) => rows.slice(1).flat());
  seen.events += sheets.events.length - 1;
  seen['lists in a cell'] += cells.filter((c) => c.includes('|')).length;
  seen['cells in JSON'] += cells.filter((c) => /^[[{"]/.test(c)).length;
  seen['cells after a quote mark'] += cells.filter((c) => c[0] === "'").length;
  const read = Object.fromEntries(
    SHEETS.map((name) => {
      const sheet = readCsv(`${name}.csv`, toCsv(sheets[name], delimiter));
      assert.ok('header' in sheet, JSON.stringify(sheet));
      return [name, sheet];
    }),
  );
  return sheetsToFeed(read);
}

describe('the spreadsheet layout', () => {
  for (const delimiter of [',', ';']) {
    test(`import(export(feed)) is the feed, for any valid feed (separator ${delimiter})`, () => {
      seen = { programs: 0, events: 0, 'lists in a cell': 0, 'cells in JSON': 0, 'cells after a quote mark': 0 };
      fc.assert(
        fc.property(feedArbitrary(FEED, { ids, valid }), (raw) => {
          const { feed } = validateFeed(raw);
          const back = roundTrip(feed, delimiter);
          assert.deepEqual(back.problems, []);
          assert.deepStrictEqual(back.feed, feed);
          seen.programs += feed.programs.length;
        }),
        { numRuns: 300 },
      );
      // The feeds held records and awkward cells, in numbers, not only empty lists.
      for (const [kind, n] of Object.entries(seen)) assert.ok(n > 20, `${kind}: ${n}`);
    });
  }
});
