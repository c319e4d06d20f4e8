/**
 * ip-program-widgets/react: a React component for each element, made with `@lit/react`. Importing this module
 * registers the elements. Props set the element's properties (`program`, `feed`, `headingLevel`…), and events are
 * `on…` props: `onFeedLoad`, `onFeedError` and, on the widgets, `onError`. React 18 and 19.
 *
 * ```tsx
 * import { IpwFeed, IpwProgramCard } from 'ip-program-widgets/react';
 *
 * <IpwFeed src="/feeds/wipo-cipo-2024.json" onFeedLoad={(e) => console.log(e.detail.feed.programs.length)}>
 *   <IpwProgramCard program="wipo-cipo-executive-2024" />
 * </IpwFeed>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IpwAgreementTimeline as AgreementTimeline } from './components/agreement-timeline/agreement-timeline.js';
import { IpwFeed as Feed } from './components/feed/ipw-feed.js';
import { IpwParticipantBadge as ParticipantBadge } from './components/participant-badge/participant-badge.js';
import { IpwProgramCard as ProgramCard } from './components/program-card/program-card.js';
import { IpwProgramList as ProgramList } from './components/program-list/program-list.js';
import { IpwTopicList as TopicList } from './components/topic-list/topic-list.js';
import './define.js';
import type { IpwEventMap } from './index.js';

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
/** The element's own properties a page may set: not Lit's, not read-only, not methods. */
type Settable<E> = {
  [K in Exclude<keyof E, keyof React.Component | keyof import('lit').LitElement>]-?: E[K] extends (
    ...args: never[]
  ) => unknown
    ? never
    : Equal<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }> extends true
      ? K
      : never;
}[Exclude<keyof E, keyof React.Component | keyof import('lit').LitElement>];

/**
 * A wrapper's props: React's own for an HTML element, the element's settable properties, and its events as
 * handler props (`onFeedLoad`), each with its event's `detail` type.
 */
export type IpwComponentProps<E extends HTMLElement, Events extends Record<string, Event>> = Omit<
  React.HTMLAttributes<E>,
  Settable<E> | keyof Events
> &
  Partial<Pick<E, Settable<E>>> & { [K in keyof Events]?: (event: Events[K]) => void } & React.RefAttributes<E>;

/** A wrapper: a React component that renders the element, with a `ref` to it. */
export type IpwComponent<E extends HTMLElement, Events extends Record<string, Event>> = React.ForwardRefExoticComponent<
  IpwComponentProps<E, Events>
>;

/** The events of whoever loads a feed. */
export type FeedEvents = {
  onFeedLoad: IpwEventMap['ipw-feed-load'];
  onFeedError: IpwEventMap['ipw-feed-error'];
};
/** The events of a widget: its own feed's, and its own problem. */
export type WidgetEvents = FeedEvents & { onError: IpwEventMap['ipw-error'] };

const feedEvents = {
  onFeedLoad: 'ipw-feed-load' as EventName<IpwEventMap['ipw-feed-load']>,
  onFeedError: 'ipw-feed-error' as EventName<IpwEventMap['ipw-feed-error']>,
};
const events = { ...feedEvents, onError: 'ipw-error' as EventName<IpwEventMap['ipw-error']> };

/** `<ipw-feed>`: loads, checks and shares a feed with the widgets inside. */
export const IpwFeed: IpwComponent<Feed, FeedEvents> = createComponent({
  react: React,
  tagName: 'ipw-feed',
  elementClass: Feed,
  events: feedEvents,
});
/** `<ipw-program-card>`: one program. */
export const IpwProgramCard: IpwComponent<ProgramCard, WidgetEvents> = createComponent({
  react: React,
  tagName: 'ipw-program-card',
  elementClass: ProgramCard,
  events,
});
/** `<ipw-program-list>`: the feed's programs as cards. */
export const IpwProgramList: IpwComponent<ProgramList, WidgetEvents> = createComponent({
  react: React,
  tagName: 'ipw-program-list',
  elementClass: ProgramList,
  events,
});
/** `<ipw-topic-list>`: a program's topics, or all topics. */
export const IpwTopicList: IpwComponent<TopicList, WidgetEvents> = createComponent({
  react: React,
  tagName: 'ipw-topic-list',
  elementClass: TopicList,
  events,
});
/** `<ipw-agreement-timeline>`: an agreement's dated events. */
export const IpwAgreementTimeline: IpwComponent<AgreementTimeline, WidgetEvents> = createComponent({
  react: React,
  tagName: 'ipw-agreement-timeline',
  elementClass: AgreementTimeline,
  events,
});
/** `<ipw-participant-badge>`: a count of participants. */
export const IpwParticipantBadge: IpwComponent<ParticipantBadge, WidgetEvents> = createComponent({
  react: React,
  tagName: 'ipw-participant-badge',
  elementClass: ParticipantBadge,
  events,
});
