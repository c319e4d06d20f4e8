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

/** "known ids: wipo, cipo", up to ten: what a message about an unknown id suggests instead. */
export const knownIds = (ids: Iterable<unknown>) => `known ids: ${[...ids].slice(0, 10).join(', ') || 'none'}`;
