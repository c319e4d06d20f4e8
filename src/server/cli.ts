#!/usr/bin/env node
/// <reference types="node" />
// `ipw`: the command-line tools of ip-program-widgets. `ipw render` writes the widgets of an HTML snippet or page
// as static HTML, for pages read before (or without) any script.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderHtml } from './index.js';

const HELP = `Usage: ipw <command> [options]

Commands:
  render <file>   The widgets of an HTML snippet or page, as static HTML

Options:
  -h, --help      Help for a command: ipw render --help
  -v, --version   The version of ip-program-widgets
`;

const RENDER_HELP = `Usage: ipw render <file> [options]

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

/**
 * Runs `ipw` with `args`; resolves with its exit code: 0 done; 1 written, but a feed could not be read (its
 * widgets are left loading); 2 nothing written (a usage error, an unreadable input).
 */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help') return say(HELP, 0);
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    return say(`${pkg.version}\n`, 0);
  }
  if (command !== 'render') return say(`ipw: unknown command "${command}"\n\n${HELP}`, 2, true);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        feed: { type: 'string' },
        base: { type: 'string' },
        lang: { type: 'string' },
        'structured-data': { type: 'boolean', default: true },
        'no-structured-data': { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return say(`ipw render: ${(e as Error).message}\n\n${RENDER_HELP}`, 2, true);
  }
  const { values, positionals } = parsed;
  if (values.help) return say(RENDER_HELP, 0);
  if (positionals.length !== 1)
    return say(`ipw render: give one HTML file (or - for standard input)\n\n${RENDER_HELP}`, 2, true);

  const [file] = positionals;
  let input: string;
  try {
    input = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    return say(
      `ipw render: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      2,
      true,
    );
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
    if (values.out) await writeFile(values.out, html);
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

function say(text: string, code: number, error = false) {
  (error ? process.stderr : process.stdout).write(text);
  return code;
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

process.exitCode = await main(process.argv.slice(2));
