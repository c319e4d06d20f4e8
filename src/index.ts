/**
 * ip-program-widgets: the element classes, the feed tools and their types.
 * This module registers nothing; import `ip-program-widgets/define` for that.
 */
export { IpwAgreementTimeline } from './components/agreement-timeline/agreement-timeline.js';
export { IpwElement } from './components/base.js';
export { IpwFeed } from './components/feed/ipw-feed.js';
export { IpwParticipantBadge } from './components/participant-badge/participant-badge.js';
export { IpwProgramCard } from './components/program-card/program-card.js';
export { IpwProgramList } from './components/program-list/program-list.js';
export { IpwTopicList } from './components/topic-list/topic-list.js';
export { feedContext } from './feed/context.js';
export { IpwError, type IpwErrorCode } from './feed/errors.js';
export { fetchFeed, feedSource, network, type FeedState } from './feed/load.js';
export { FEED as FEED_SPEC } from './feed/spec.js';
export type * from './feed/types.js';
export { parseFeed, safeUrl, validateFeed, type ParsedFeed } from './feed/validate.js';
export { loadMessages, UI_LANGUAGES, type Messages, type UiLanguage } from './i18n/messages.js';

/** The events of every element; they bubble and cross shadow roots, so a page can listen on `document`. */
export interface IpwEventMap {
  'ipw-feed-load': CustomEvent<import('./feed/validate.js').ParsedFeed>;
  'ipw-feed-error': CustomEvent<{ error: import('./feed/errors.js').IpwError }>;
  'ipw-error': CustomEvent<{ error: import('./feed/errors.js').IpwError }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends IpwEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends IpwEventMap {}
}
