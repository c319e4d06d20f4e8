/**
 * Registers every element, the feed first so that widgets find it as they
 * upgrade. The drop-in bundle `ipw.js` is this module.
 */
import { IpwAgreementTimeline } from './components/agreement-timeline/agreement-timeline.js';
import { IpwFeed } from './components/feed/ipw-feed.js';
import { IpwParticipantBadge } from './components/participant-badge/participant-badge.js';
import { IpwProgramCard } from './components/program-card/program-card.js';
import { IpwProgramList } from './components/program-list/program-list.js';
import { IpwTopicList } from './components/topic-list/topic-list.js';

export const ELEMENTS = {
  'ipw-feed': IpwFeed,
  'ipw-program-card': IpwProgramCard,
  'ipw-program-list': IpwProgramList,
  'ipw-topic-list': IpwTopicList,
  'ipw-agreement-timeline': IpwAgreementTimeline,
  'ipw-participant-badge': IpwParticipantBadge,
} as const;

/**
 * Defines each tag once. A tag already taken (the bundle loaded twice, or
 * two versions on one page) is left as it is, with one console warning.
 */
export function defineAll(registry: CustomElementRegistry = customElements) {
  const taken = Object.entries(ELEMENTS).filter(([tag, element]) => {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, element);
    return existing && existing !== element;
  });
  if (taken.length)
    console.warn(
      `ip-program-widgets: ${taken.map(([t]) => `<${t}>`).join(', ')} already defined by another copy of the library; that copy is used`,
    );
}

defineAll();

declare global {
  interface HTMLElementTagNameMap {
    'ipw-feed': IpwFeed;
    'ipw-program-card': IpwProgramCard;
    'ipw-program-list': IpwProgramList;
    'ipw-topic-list': IpwTopicList;
    'ipw-agreement-timeline': IpwAgreementTimeline;
    'ipw-participant-badge': IpwParticipantBadge;
  }
}
