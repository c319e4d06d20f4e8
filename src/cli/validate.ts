/// <reference types="node" />
// `ipw validate`: the browser's validator and its messages, each located in the feed's text.
import process from 'node:process';
import { IpwError } from '../feed/errors.js';
import type { Feed } from '../feed/types.js';
import { parseFeed } from '../feed/validate.js';
import { CliError, colours, paint, parse, readSource, say, seconds } from './common.js';
import { Locator, type Position } from './locate.js';

export const VALIDATE_HELP = `Usage: ipw validate <file|url>… [options]

Checks feeds with the same validator and the same messages as the widgets, and
prints each problem at its place in the file: feeds/x.json:41:18 (lines from 1,
columns from 1 in UTF-16 units, as editors count them). "-" reads standard input.

Options:
  --strict             Exit with 1 when records or fields would be left out
  --format <format>    text (the default), json (for tools) or github (workflow
                       annotations: ::warning file=…,line=…,col=…::…)
  --timeout <seconds>  How long a URL may take to answer in full (default 10)
  -h, --help           This help

Exit codes: 0 every feed is usable (and, with --strict, has no warning);
1 --strict, and a feed has warnings; 2 a feed is unusable (not JSON, not an
object, another version) or cannot be read (no such file, larger than 20 MB,
no answer in time), or the command is wrong.

Example:
  ipw validate feeds/wipo-cipo-2024.json --strict --format github
`;

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

export interface Finding extends Partial<Position> {
  /** The warning's JSON path; none for an error of the whole feed. */
  path?: string;
  message: string;
}

export interface Checked {
  file: string;
  /** The feed, when it is usable. */
  feed?: Feed;
  warnings: Finding[];
  /** Why the feed is unusable or unreadable. */
  error?: Finding;
  /** Whether the feed could be read at all. */
  read?: boolean;
}

/** Whether a warning is about a key (an unknown key, a language tag that is not one): it points at the key. */
const aboutKey = (message: string) => message.startsWith('unknown key') || / as key, got /.test(message);

/** Checks a feed's text, each warning placed in it. */
export function check(file: string, text: string): Checked {
  const locator = new Locator(text);
  try {
    const { feed, warnings } = parseFeed(text);
    const places = warnings.length
      ? locator.paths(warnings.map((w) => ({ path: w.path, key: aboutKey(w.message) })))
      : [];
    return { file, feed, read: true, warnings: warnings.map((w, i) => ({ ...places[i], ...w })) };
  } catch (e) {
    if (!(e instanceof IpwError)) throw e;
    const at =
      e.code === 'invalid-json'
        ? locator.syntaxError()
        : e.message.startsWith('version')
          ? locator.paths([{ path: 'version' }])[0]
          : {};
    return { file, read: true, warnings: [], error: { ...at, message: e.message } };
  }
}

/** "3 organizations, 8 topics, 2 programs, 1 agreement, 2 stats". */
export const counts = (feed: Feed) =>
  (['organizations', 'topics', 'programs', 'agreements', 'stats'] as const)
    .map((list) => `${feed[list].length} ${feed[list].length === 1 ? list.replace(/s$/, '') : list}`)
    .join(', ');

export async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'validate',
    args,
    { strict: { type: 'boolean' }, format: { type: 'string', default: 'text' }, timeout: { type: 'string' } },
    VALIDATE_HELP,
  );
  if (values.help) return say(VALIDATE_HELP, 0);
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`ipw validate: --format expects text, json or github, got "${values.format}"`);
  if (!positionals.length) throw new CliError(`ipw validate: give a feed file or URL\n\n${VALIDATE_HELP}`);
  const timeout = seconds('validate', values.timeout, 10);

  const results: Checked[] = [];
  for (const input of positionals) {
    try {
      const { name, text } = await readSource(input, timeout);
      results.push(check(name, text));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      results.push({ file: input, warnings: [], error: { message: e.message } });
    }
  }
  const strict = Boolean(values.strict);
  const code = Math.max(...results.map((r) => (r.error ? 2 : strict && r.warnings.length ? 1 : 0)));
  const out = format === 'json' ? json(results) : format === 'github' ? github(results, strict) : text(results);
  return say(out, code);
}

/** For a terminal: one line per problem, `file:line:column  path: message`, and one line per feed. */
function text(results: Checked[]) {
  const c = paint(colours(process.stdout));
  const where = (file: string, f: Finding) => c(1, f.line ? `${file}:${f.line}:${f.column}` : file);
  // One line per problem: a line break inside a message (a JSON parser's quote of the text) is shown as \n.
  const line = (s: string) => s.replace(/\r\n|\r|\n/g, '\\n');
  let out = '';
  for (const r of results) {
    for (const w of r.warnings) out += `${where(r.file, w)}  ${c(33, 'warning')}  ${w.path}: ${line(w.message)}\n`;
    if (r.error) out += `${where(r.file, r.error)}  ${c(31, 'error')}  ${line(r.error.message)}\n`;
    const n = r.warnings.length;
    const summary = r.error
      ? c(31, r.read ? 'unusable: nothing in it can be shown' : 'not read')
      : n
        ? c(33, `${n} warning${n > 1 ? 's' : ''}`) + ` (${counts(r.feed!)} kept)`
        : c(32, 'valid') + ` (${counts(r.feed!)})`;
    out += `${r.file}: ${summary}\n`;
  }
  return out;
}

/** For tools: every feed, its counts, warnings and error, with their places. */
function json(results: Checked[]) {
  const files = results.map(({ file, feed, warnings, error }) => ({
    file,
    usable: Boolean(feed),
    records: feed
      ? Object.fromEntries(
          (['organizations', 'topics', 'programs', 'agreements', 'stats'] as const).map((l) => [l, feed[l].length]),
        )
      : null,
    warnings,
    error: error ?? null,
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}

/** GitHub Actions workflow commands: an annotation on the line of each problem. */
function github(results: Checked[], strict: boolean) {
  // What a command's data and its properties may not hold as they are.
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const place = (file: string, f: Finding) =>
    [
      /^https?:/.test(file) ? '' : `file=${property(file)}`,
      f.line ? `line=${f.line},col=${f.column}` : '',
      `title=${property(f.path ?? 'ipw validate')}`,
    ]
      .filter(Boolean)
      .join(',');
  let out = '';
  for (const r of results) {
    const level = strict ? 'error' : 'warning';
    for (const w of r.warnings) out += `::${level} ${place(r.file, w)}::${data(`${w.path}: ${w.message}`)}\n`;
    if (r.error) out += `::error ${place(r.file, r.error)}::${data(r.error.message)}\n`;
    const n = r.warnings.length;
    out += `${r.file}: ${r.error ? (r.read ? 'unusable' : 'not read') : n ? `${n} warning${n > 1 ? 's' : ''}` : 'valid'}\n`;
  }
  return out;
}
