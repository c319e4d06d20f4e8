/**
 * The feed's validation with its warnings in words at once: `check.ts` decides what is kept, `explain.ts` says why
 * anything was not. For a CMS, a build step, the server and the `ipw` command; the drop-in bundle checks with
 * `check.ts` and loads the words only for a feed that needs them (load.ts).
 */
import { checkFeedText, checkFeedValue, type UrlBase } from './check.js';
import { explain } from './explain.js';
import type { Feed, FeedWarning } from './types.js';

export { formatPath, safeUrl, show, type UrlBase } from './check.js';

/** A feed that passed validation, and what was dropped or questioned on the way. */
export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

/**
 * Checks a feed once, at the boundary. Invalid records and fields are dropped
 * with a warning that names their JSON path; the valid rest is returned, with
 * each list's records indexed by id in `feed.byId`. A caller's object is
 * copied, never changed.
 * Throws `IpwError('invalid-feed')` only when nothing can be used.
 *
 * @param base resolves relative URLs: the feed's own URL, or the page's (the default in a browser).
 */
export function validateFeed(value: unknown, base?: UrlBase): ParsedFeed {
  const { feed, problems } = checkFeedValue(value, base);
  return { feed, warnings: explain(problems) };
}

/** Reads feed text (a byte-order mark is allowed) and validates it; throws `IpwError('invalid-json')` for what is not JSON. */
export function parseFeed(text: string, base?: UrlBase): ParsedFeed {
  const { feed, problems } = checkFeedText(text, base);
  return { feed, warnings: explain(problems) };
}
