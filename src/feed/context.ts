import { createContext } from '@lit/context';
import type { FeedState } from './load.js';

/**
 * The feed an `<ipw-feed>` gives its descendants. Keyed with `Symbol.for` so
 * that two copies of the bundle on one page still find each other.
 */
export const feedContext = createContext<FeedState | undefined>(Symbol.for('ipw-feed'));
