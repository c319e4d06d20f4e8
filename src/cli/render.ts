/// <reference types="node" />
// `ipw render`: the widgets of an HTML snippet or page, as static HTML.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { renderHtml } from '../server/index.js';
import { CliError, parse, reason, say, writeAtomically } from './common.js';

export const RENDER_HELP = `Usage: ipw render <file> [options]

Renders every ipw-* element of <file> (an HTML snippet or a whole page; "-" reads
standard input) with its feed, as declarative shadow DOM that shows all its text
without JavaScript. The rest of the HTML is kept as it was. On a page that also
loads ipw.js, the live widgets take it over.

Options:
  --feed <path|url>    The feed of every <ipw-feed> without a src (and of widgets
                       outside one); a path is read from the current folder
  --base <url|path>    The address of the page the HTML goes into: src attributes
                       and relative links are read from there (default: the
                       current folder; between two files, links stay relative)
  --lang <tag>         The page's language: en, fr, ar, es, ru, zh… (default: the
                       page's <html lang>, else the feed's language)
  --no-structured-data Leave out the schema.org JSON-LD of the programs shown
  -o, --out <file>     Write there instead of to standard output
  -h, --help           This help

Exit codes: 0 done; 1 written, but a feed could not be read (its widgets are left
loading, for ipw.js to load); 2 nothing written.

Example:
  ipw render snippet.html --feed feeds/wipo-cipo-2024.json --lang fr > out.html
`;

/** Exit code 0 done; 1 written, but a feed could not be read (its widgets are left loading); 2 nothing written. */
export async function render(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'render',
    args,
    {
      feed: { type: 'string' },
      base: { type: 'string' },
      lang: { type: 'string' },
      'structured-data': { type: 'boolean', default: true },
      'no-structured-data': { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    },
    RENDER_HELP,
  );
  if (values.help) return say(RENDER_HELP, 0);
  if (positionals.length !== 1)
    throw new CliError(`ipw render: give one HTML file (or - for standard input)\n\n${RENDER_HELP}`);

  const [file] = positionals;
  let input: string;
  try {
    input = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`ipw render: cannot read ${file}: ${reason(e)}`);
  }
  let base: URL | string | undefined = values.base;
  // A path (not a URL) is a folder or file of this machine.
  if (base && !/^[a-z][\w+.-]+:/i.test(base))
    base = pathToFileURL(base + (base.endsWith('/') ? '' : /\.\w+$/.test(base) ? '' : '/'));
  try {
    let failed = 0;
    const html = await renderHtml(input, {
      feed: values.feed,
      base,
      lang: values.lang,
      structuredData: values['structured-data'] && !values['no-structured-data'],
      onError: () => failed++,
    });
    if (values.out) await writeAtomically([{ path: values.out, data: html }]);
    else process.stdout.write(html);
    if (!failed) return 0;
    // The HTML is written all the same: its widgets load in a browser with ipw.js, but not on a page without it.
    return say(
      `ipw render: ${failed} feed${failed > 1 ? 's' : ''} could not be read; their widgets are left loading\n`,
      1,
      true,
    );
  } catch (e) {
    return say(`ipw render: ${(e as Error).message}\n`, 2, true);
  }
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}
