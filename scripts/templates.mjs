// Writes templates/: the CSV files of the spreadsheet layout, blank (headers in English and French) and filled with
// the default feed, for content editors to start from a copy. `npm run templates` after a change to the format;
// test/node/cli.test.mjs checks that they are current.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { columnsOf, feedToSheets, SHEETS, toCsv } from '../dist/cli/sheets.js';
import { parseFeed } from '../dist/feed/validate.js';

/** The files of templates/, by path. */
export async function templates() {
  const { feed } = parseFeed(await readFile(new URL('../feeds/wipo-cipo-2024.json', import.meta.url), 'utf8'));
  const example = feedToSheets(feed);
  const files = {};
  for (const sheet of SHEETS) {
    const header = columnsOf(sheet, ['en', 'fr'], { bases: false });
    // The feed's own row is there to fill in: version 1, in English.
    files[`blank/${sheet}.csv`] = toCsv(sheet === 'feed' ? [header, ['1', 'en']] : [header]);
    files[`example/${sheet}.csv`] = toCsv(example[sheet]);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, text] of Object.entries(await templates())) {
    const url = new URL(`../templates/${path}`, import.meta.url);
    await mkdir(new URL('.', url), { recursive: true });
    await writeFile(url, text);
  }
  console.log('templates/ written');
}
