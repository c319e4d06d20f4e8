/**
 * The words of a feed's warnings: each problem that `check.ts` records, put into a sentence a webmaster can act on,
 * with its JSON path. A page loads this module only when its feed has problems (`told()` in load.ts); a valid feed
 * needs none of it.
 */
import { formatPath, show, type Key, type Outcome, type Problem, type What } from './check.js';
import { closeTo, knownIds } from './errors.js';
import { MAX_STRING, REFERENCES } from './spec.js';
import { DESCRIPTIONS, TEXT, VISIBLE } from './words.js';
import type { FeedWarning } from './types.js';

/** What belongs somewhere, in words. */
const WHAT: Record<What, string> = {
  ...DESCRIPTIONS,
  text: TEXT,
  list: 'a list',
  object: 'an object',
  readable: 'a URL a browser can read',
};

/** Each kind of problem, in words; `Say` is one of them with what it needs. */
const SAY = {
  expected: (what: What, got: unknown) => `expected ${WHAT[what]}, got ${show(got)}`,
  invisible: (got: string) =>
    `expected ${VISIBLE}, got ${got ? 'only white space, zero-width or control characters' : '""'}`,
  'too-long': (length: number) =>
    `expected at most ${MAX_STRING.toLocaleString('en')} characters, got ${length.toLocaleString('en')}`,
  'bad-tag': (tag: string) => `expected ${DESCRIPTIONS.lang} as key, got ${show(tag)}`,
  'unknown-ref': (kind: keyof typeof REFERENCES, got: unknown, known: unknown[]) =>
    `unknown ${REFERENCES[kind].noun} ${show(got)}; ${knownIds(known)}`,
  duplicate: (id: unknown) => `duplicate id ${show(id)}, already used by an earlier record`,
  missing: (what: What) => `missing: expected ${WHAT[what]}`,
  'end-before': (start: string, end: string) => `expected a date on or after ${start}, got "${end}"`,
  'unknown-key': (names: readonly string[], name: string) => {
    const near = name.length > 2 && names.find((n) => closeTo(n, name.toLowerCase(), 2));
    return `unknown key, ignored${near ? `; did you mean "${near}"?` : ''}`;
  },
};

/** A problem's kind and what its words need: `['expected', 'date', "soon"]`. */
export type Say = {
  [K in keyof typeof SAY]: K extends 'unknown-key' ? [K, readonly string[]] : [K, ...Parameters<(typeof SAY)[K]>];
}[keyof typeof SAY];

/** How a warning ends: what became of the value (`; ignored`), or of its record (`; programs[3] left out`). */
const end = (at: readonly Key[], outcome?: Outcome) =>
  outcome === 'ignored' || outcome === 'left out'
    ? `; ${outcome}`
    : outcome === 'record left out'
      ? `; ${formatPath(at)} left out`
      : '';

/** A feed's problems as warnings: each with its JSON path, and a sentence that says what is wrong and what became of it. */
export const explain = (problems: readonly Problem[]): FeedWarning[] =>
  problems.map(({ at, key, say: [kind, ...args], outcome }) => {
    const words = SAY[kind] as (...a: unknown[]) => string;
    // The unknown key's own name is the last thing its sentence needs.
    const message = kind === 'unknown-key' ? words(...args, key) : words(...args);
    return { path: formatPath([...at, key]), message: message + end(at, outcome) };
  });
