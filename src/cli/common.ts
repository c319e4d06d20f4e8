/// <reference types="node" />
// What every verb of `ipw` shares: its arguments read with node:util's parseArgs (a usage error is exit code 2 and
// the verb's help), input read from a file, a URL or standard input with a size cap and a timeout, and output
// written whole or not at all (a temporary file beside the target, then a rename).
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The largest feed or sheet read, as the server reads feeds: 20 MB. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** A problem that ends a verb with a message on standard error and an exit code (2: nothing done). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function say(text: string, code: number, error = false) {
  (error ? process.stderr : process.stdout).write(text);
  return code;
}

/**
 * The values and positionals of `args` for `verb`; a usage error (an unknown option, a missing value) throws a
 * CliError that shows the verb's help. `values.help` is answered by the caller.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  verb: string,
  args: string[],
  options: T,
  help: string,
) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (e) {
    throw new CliError(`ipw ${verb}: ${(e as Error).message}\n\n${help}`);
  }
}

/** Runs a verb: its CliError becomes its message and exit code; anything else is a bug, shown as one line. */
export async function verb(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof CliError) return say(e.message.endsWith('\n') ? e.message : `${e.message}\n`, e.exitCode, true);
    return say(`ipw ${name}: ${(e as Error).message ?? String(e)}\n`, 2, true);
  }
}

/** A number of seconds given as an option, as milliseconds. */
export function seconds(verbName: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n))
    throw new CliError(`ipw ${verbName}: --timeout expects a number of seconds, like 10 or 0.5, got "${value}"`);
  return n * 1000;
}

export interface Source {
  /** The name to show: the path as given, or the URL. */
  name: string;
  text: string;
  /** The address of a source read from the web. */
  url?: URL;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;
const tooLarge = (name: string, size?: number) =>
  new CliError(
    `${name} is ${size === undefined ? 'larger than' : `${bytes(size)}, more than`} a feed may be (${bytes(MAX_BYTES)})`,
  );

/**
 * The text of a file, an `https:`/`http:` URL or standard input (`-`), as UTF-8 (a byte-order mark is kept: the
 * JSON and CSV readers know it). At most MAX_BYTES; a URL must answer in full within `timeout` ms.
 */
export async function readSource(input: string, timeout: number): Promise<Source> {
  if (input === '-') return { name: 'standard input', text: await readStream(process.stdin, 'standard input') };
  if (isUrl(input)) return readUrl(new URL(input), timeout);
  let size: number;
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new CliError(`cannot read ${input}: it is a folder`);
    size = info.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${input}: ${reason(e)}`);
  }
  if (size > MAX_BYTES) throw tooLarge(input, size);
  const file = await open(input).catch((e: unknown) => {
    throw new CliError(`cannot read ${input}: ${reason(e)}`);
  });
  try {
    return { name: input, text: await readStream(file.createReadStream(), input) };
  } finally {
    await file.close();
  }
}

/** Why a file cannot be read, in words. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOTDIR'
          ? 'a folder on its path is a file'
          : (code ?? (e as Error).message);
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_BYTES) throw tooLarge(name);
    chunks.push(buffer);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function readUrl(url: URL, timeout: number): Promise<Source> {
  const name = url.href;
  const signal = AbortSignal.timeout(timeout);
  const late = () => new CliError(`no answer from ${name} within ${timeout / 1000} s (set a longer --timeout?)`);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
  } catch (e) {
    if (signal.aborted) throw late();
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(`cannot read ${name}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (!response.ok) throw new CliError(`cannot read ${name}: the server answered ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_BYTES) throw tooLarge(name, length);
  try {
    // The body counts against the same clock: a server that sends headers and then nothing does not hang us.
    const body = response.body as AsyncIterable<Uint8Array> | null;
    const text = body ? await readStream(body, name) : '';
    return { name, text, url: new URL(response.url || url) };
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (signal.aborted) throw late();
    throw new CliError(`cannot read ${name}: ${(e as Error).message}`);
  }
}

/**
 * Writes each file whole or leaves it as it was: every file goes to a temporary name in its folder first, and only
 * when all are written are they renamed into place (a rename within a folder replaces a file in one step).
 */
export async function writeAtomically(files: { path: string; data: string }[]): Promise<void> {
  const done: string[] = [];
  try {
    for (const { path, data } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      done.push(temporary);
      await writeFile(temporary, data, { flag: 'wx' });
    }
    for (const [i, { path }] of files.entries()) await rename(done[i], path);
  } catch (e) {
    await Promise.all(done.map((t) => rm(t, { force: true })));
    throw new CliError(`cannot write ${files.map((f) => f.path).join(', ')}: ${reason(e)}`);
  }
}

/** Whether to colour what goes to `stream`: a terminal that has colours, and no NO_COLOR in the environment. */
export const colours = (stream: NodeJS.WriteStream) =>
  Boolean(stream.isTTY && !process.env.NO_COLOR && stream.hasColors?.());

export const paint = (on: boolean) => (code: number, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
