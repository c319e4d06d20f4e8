/// <reference types="node" />
// `ipw import`: a feed from the CSV files of the spreadsheet layout (src/cli/sheets.ts, docs/spreadsheets.md).
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import process from 'node:process';
import { CliError, parse, readSource, reason, say, writeAtomically } from './common.js';
import { describeProblem, readCsv, SHEETS, sheetsToFeed, type Sheet, type SheetName } from './sheets.js';
import { counts } from './validate.js';

export const IMPORT_HELP = `Usage: ipw import <folder|file.csv>… [-o feed.json]

Makes a feed from the CSV files of the spreadsheet layout: feed.csv,
organizations.csv, topics.csv, programs.csv, agreements.csv, events.csv and
stats.csv (any may be missing). A folder is read for those names; a file is
known by its name. Comma or semicolon separated, UTF-8 with or without a
byte-order mark, as Excel, LibreOffice and Google Sheets save them.

The feed is checked as ipw validate checks it. Every problem is named with its
file, row (as the spreadsheet numbers it) and column, and then nothing is
written: programs.csv:7:start: expected a date like 2024-10-07, …

Options:
  -o, --out <file>     Write the feed there (default: standard output); a file
                       that is there is replaced only by a complete feed
  -h, --help           This help

Exit codes: 0 written; 2 nothing written (a problem in the files, or the
command is wrong).

Example:
  ipw import sheets/ -o feeds/programs.json
`;

/** The schema a feed written by ipw import names, for editors that check JSON as it is typed. */
const SCHEMA = 'https://unpkg.com/ip-program-widgets/schema/feed.schema.json';

export async function importSheets(args: string[]): Promise<number> {
  const { values, positionals } = parse('import', args, { out: { type: 'string', short: 'o' } }, IMPORT_HELP);
  if (values.help) return say(IMPORT_HELP, 0);
  if (!positionals.length) throw new CliError(`ipw import: give a folder or CSV files\n\n${IMPORT_HELP}`);

  const files = new Map<SheetName, string>();
  const add = (name: SheetName, path: string) => {
    const before = files.get(name);
    if (before) throw new CliError(`ipw import: two files for ${name}.csv: ${before} and ${path}`);
    files.set(name, path);
  };
  for (const input of positionals) {
    const info = await stat(input).catch((e: unknown) => {
      throw new CliError(`ipw import: cannot read ${input}: ${reason(e)}`);
    });
    if (info.isDirectory()) {
      const names = await readdir(input);
      for (const sheet of SHEETS) {
        const file = names.find((n) => n.toLowerCase() === `${sheet}.csv`);
        if (file) add(sheet, join(input, file));
      }
      continue;
    }
    const sheet = basename(input)
      .toLowerCase()
      .replace(/\.csv$/, '') as SheetName;
    if (!SHEETS.includes(sheet))
      throw new CliError(
        `ipw import: ${input}: which list is this? Name it after one: ${SHEETS.map((s) => `${s}.csv`).join(', ')}`,
      );
    add(sheet, input);
  }
  if (!files.size)
    throw new CliError(
      `ipw import: no file of the layout in ${positionals.join(', ')} (${SHEETS.map((s) => `${s}.csv`).join(', ')})`,
    );

  const sheets: Partial<Record<SheetName, Sheet>> = {};
  const problems = [];
  for (const [name, path] of files) {
    const { text } = await readSource(path, 10_000).catch((e: unknown) => {
      throw e instanceof CliError ? new CliError(`ipw import: ${e.message}`) : e;
    });
    const sheet = readCsv(path, text);
    if ('header' in sheet) sheets[name] = sheet;
    else problems.push(sheet);
  }
  // A file that is not CSV says so alone: the others would only add problems that follow from it.
  const result = problems.length ? { problems } : sheetsToFeed(sheets);
  if (!result.feed) {
    const n = result.problems.length;
    throw new CliError(
      result.problems.map((p) => `${describeProblem(p)}\n`).join('') +
        `ipw import: ${n} problem${n > 1 ? 's' : ''}; nothing written\n`,
    );
  }
  const json = JSON.stringify({ $schema: SCHEMA, ...result.feed }, null, 2) + '\n';
  if (values.out) await writeAtomically([{ path: values.out, data: json }]);
  else process.stdout.write(json);
  process.stderr.write(`ipw import: ${values.out ? `${values.out}: ` : ''}${counts(result.feed)}\n`);
  return 0;
}
