/// <reference types="node" />
// `ipw export`: a feed as the CSV files of the spreadsheet layout (src/cli/sheets.ts, docs/spreadsheets.md).
import { join } from 'node:path';
import process from 'node:process';
import { CliError, parse, readSource, say, seconds, writeAtomically } from './common.js';
import { feedToSheets, SHEETS, toCsv } from './sheets.js';
import { check, counts } from './validate.js';

export const EXPORT_HELP = `Usage: ipw export <feed.json|url> -o <folder> [options]

Writes a feed as the CSV files of the spreadsheet layout, one per list:
feed.csv, organizations.csv, topics.csv, programs.csv, agreements.csv,
events.csv and stats.csv, ready to open in a spreadsheet (UTF-8 with a
byte-order mark, so that Excel reads accents right). ipw import reads them back
into the same feed.

A feed with warnings is written without what the warnings leave out; the
warnings are printed with their places, as ipw validate prints them.

Options:
  -o, --out <folder>     Where to write the files (made if missing; files of
                         the same names there are replaced)
  --delimiter <char>     , (the default) or ; (what Excel expects in French and
                         other locales that write decimals with a comma)
  --timeout <seconds>    How long a URL may take to answer in full (default 10)
  -h, --help             This help

Exit codes: 0 written; 1 written, but the feed had warnings (what they name is
not in the files); 2 nothing written.

Example:
  ipw export feeds/wipo-cipo-2024.json -o sheets/
`;

export async function exportSheets(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'export',
    args,
    { out: { type: 'string', short: 'o' }, delimiter: { type: 'string', default: ',' }, timeout: { type: 'string' } },
    EXPORT_HELP,
  );
  if (values.help) return say(EXPORT_HELP, 0);
  if (positionals.length !== 1) throw new CliError(`ipw export: give one feed file or URL\n\n${EXPORT_HELP}`);
  if (!values.out) throw new CliError(`ipw export: give the folder to write to with -o\n\n${EXPORT_HELP}`);
  const delimiter = values.delimiter === 'semicolon' ? ';' : values.delimiter;
  if (delimiter !== ',' && delimiter !== ';')
    throw new CliError(`ipw export: --delimiter expects , or ;, got "${values.delimiter}"`);

  const source = await readSource(positionals[0], seconds('export', values.timeout, 10)).catch((e: unknown) => {
    throw e instanceof CliError ? new CliError(`ipw export: ${e.message}`) : e;
  });
  const { feed, warnings, error } = check(source.name, source.text);
  const at = (f: { line?: number; column?: number }) => (f.line ? `${source.name}:${f.line}:${f.column}` : source.name);
  if (!feed) throw new CliError(`${at(error!)}  error  ${error!.message}\nipw export: nothing written\n`);
  for (const w of warnings) process.stderr.write(`${at(w)}  warning  ${w.path}: ${w.message}\n`);

  const sheets = feedToSheets(feed);
  await writeAtomically(
    SHEETS.map((s) => ({ path: join(values.out!, `${s}.csv`), data: toCsv(sheets[s], delimiter) })),
  );
  const n = warnings.length;
  process.stderr.write(
    `ipw export: ${SHEETS.length} files written to ${values.out} (${counts(feed)})` +
      (n ? `; ${n} warning${n > 1 ? 's' : ''}: what they name is not in the files` : '') +
      '\n',
  );
  return n ? 1 : 0;
}
