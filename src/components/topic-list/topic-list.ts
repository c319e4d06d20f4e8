import { css, html, type PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Feed, Topic } from '../../feed/types.js';
import { IpwElement } from '../base.js';

export const TOPIC_VARIANTS = ['chips', 'plain'] as const;

interface Shown {
  topics: Topic[];
  variant: (typeof TOPIC_VARIANTS)[number];
}

/**
 * A program's topics as a list, or every topic in the feed when no program
 * is named.
 *
 * @tag ipw-topic-list
 * @summary The topics a program covers.
 * @fires ipw-error - `program` names no program in the feed, or `variant` is not valid (`detail: { error }`).
 * @fires ipw-feed-load - Its own `src` feed is ready.
 * @fires ipw-feed-error - Its own `src` feed could not be used.
 * @csspart base - The wrapper of every state.
 * @csspart list - The `<ul>`.
 * @csspart topic - One `<li>`.
 * @csspart empty - Shown when there are no topics.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 */
export class IpwTopicList extends IpwElement<Shown> {
  static override styles = [
    ...IpwElement.styles,
    css`
      :host {
        --_skeleton: 2rem;
      }
      .plain {
        padding-inline-start: 1.25em;
      }
      .plain li + li {
        margin-block-start: 0.25rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    program: { reflect: true },
    variant: { reflect: true },
  };

  /** Id of a program; without it, every topic in the feed. */
  program?: string;

  /** `chips` (compact, default) or `plain` (a bulleted list). */
  variant: (typeof TOPIC_VARIANTS)[number] = 'chips';

  protected select(feed: Feed): Shown | IpwError {
    const variant = this.choice('variant', this.variant, TOPIC_VARIANTS);
    if (variant instanceof IpwError) return variant;
    if (this.program == null) return { topics: feed.topics, variant };
    const program = this.find(feed.byId.programs, this.program, 'program');
    if (program instanceof IpwError) return program;
    return { topics: (program.topics ?? []).map((id) => feed.byId.topics.get(id)!), variant };
  }

  protected renderView({ topics, variant }: Shown) {
    if (!topics.length) return this.renderEmpty();
    return html`<ul part="list" class=${variant} aria-label=${this.i18n.messages.topics}>
      ${topics.map((t) => html`<li part="topic">${this.i18n.text(t.label)}</li>`)}
    </ul>`;
  }
}
