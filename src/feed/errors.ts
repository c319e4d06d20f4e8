/**
 * What went wrong, as a code a program can switch on and a message a
 * webmaster can act on.
 *
 * Feed errors (`ipw-feed-error`): `network`, `http`, `timeout`,
 * `invalid-json`, `invalid-feed`.
 * Element errors (`ipw-error`): `no-feed`, `not-found`, `invalid-attribute`.
 */
export type IpwErrorCode =
  'network' | 'http' | 'timeout' | 'invalid-json' | 'invalid-feed' | 'no-feed' | 'not-found' | 'invalid-attribute';

export class IpwError extends Error {
  override name = 'IpwError';
  constructor(
    readonly code: IpwErrorCode,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Why a feed's `src` cannot be loaded when it is not a URL at all (`http://[::1`, a port of 99999). */
export const notAnAddress = (src: string) =>
  new IpwError(
    'invalid-feed',
    `src ${JSON.stringify(src)} is not an address: give the feed's URL, like https://example.org/programs.json`,
  );

/**
 * "known ids: wipo, cipo": what a message about an unknown id suggests instead. The ids `near` finds close to the
 * one asked for come first (a widget's attribute asks it; the validator, with a reference per record to check, does
 * not); ten are named at most, then how many more there are.
 */
export const knownIds = (ids: Iterable<unknown>, near?: (id: string) => boolean) => {
  const all = [...(ids as Iterable<string>)];
  const listed = near ? [...new Set([...all.filter(near), ...all])] : all;
  const more = listed.splice(10).length;
  return `known ids: ${listed.join(', ') || 'none'}${more ? ` and ${more} more` : ''}`;
};

/**
 * Whether `a` becomes `b` in at most `edits` edits (a letter added, taken out or changed): for "did you mean" and
 * the ids named first in "known ids". Where the first letters match, matching them is never worse.
 */
export function closeTo(a: string, b: string, edits: number): boolean {
  if (!a || !b) return a.length + b.length <= edits;
  if (a[0] === b[0]) return closeTo(a.slice(1), b.slice(1), edits);
  const [restA, restB] = [a.slice(1), b.slice(1)];
  return (
    edits > 0 && (closeTo(restA, b, edits - 1) || closeTo(a, restB, edits - 1) || closeTo(restA, restB, edits - 1))
  );
}
