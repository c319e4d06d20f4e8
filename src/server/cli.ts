#!/usr/bin/env node
/// <reference types="node" />
// `ipw`: the command-line tools of ip-program-widgets, one module per verb in src/cli/.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { say, verb } from '../cli/common.js';

const HELP = `Usage: ipw <command> [options]

Commands:
  validate <file|url>…    Checks feeds, each problem at its line and column
  import <folder|files>   Makes a feed from spreadsheets (CSV files)
  export <feed>           Writes a feed as spreadsheets (CSV files)
  ics <feed>              Writes a feed's programs as a calendar (.ics)
  render <file>           The widgets of an HTML snippet or page, as static HTML

Options:
  -h, --help              Help for a command: ipw validate --help
  -v, --version           The version of ip-program-widgets

Exit codes: 0 done; 1 done, with warnings (see each command); 2 nothing done.
`;

const version = async () =>
  (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Runs `ipw` with `args`; resolves with its exit code (0 done, 1 done with warnings, 2 nothing done). */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help') return say(HELP, 0);
  if (command === '-v' || command === '--version') return say(`${await version()}\n`, 0);
  // Each verb loads what it needs, and only it: `ipw validate` does not load Lit's server renderer.
  const verbs: Record<string, () => Promise<number>> = {
    validate: async () => (await import('../cli/validate.js')).validate(rest),
    import: async () => (await import('../cli/import.js')).importSheets(rest),
    export: async () => (await import('../cli/export.js')).exportSheets(rest),
    ics: async () => (await import('../cli/ics.js')).ics(rest, await version()),
    render: async () => (await import('../cli/render.js')).render(rest),
  };
  if (!Object.hasOwn(verbs, command)) return say(`ipw: unknown command "${command}"\n\n${HELP}`, 2, true);
  return verb(command, verbs[command]);
}

process.exitCode = await main(process.argv.slice(2));
