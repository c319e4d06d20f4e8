import type { Feed, Program } from '../feed/types.js';

/**
 * What a server render knows of the page it writes, set by `ip-program-widgets/server` for the length of one
 * synchronous render: the page's language, and a list that collects the programs the widgets show. Unset in a
 * browser, where the page itself answers.
 */
export const page: { lang?: string; shown?: { program: Program; feed: Feed }[] } = {};
