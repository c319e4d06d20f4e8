import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Agreement, Feed, Signatory } from '../../feed/types.js';
import { formatList } from '../../i18n/format.js';
import { heading, joined, renderRange } from '../../internal/render.js';
import { IpwElement } from '../base.js';

export const ORDERS = ['oldest', 'newest'] as const;

interface Shown {
  agreement: Agreement;
  feed: Feed;
  order: (typeof ORDERS)[number];
}

/**
 * An agreement's dated events as a vertical list, oldest first: partial
 * dates shown as what they are ("1997", "October 2024"), signatories with
 * their roles. Mobile first and right-to-left ready.
 *
 * @tag ipw-agreement-timeline
 * @summary The history of an agreement, as a vertical timeline.
 * @fires ipw-error - `agreement` is missing or names no agreement in the feed, or `order` is not valid (`detail: { error }`).
 * @fires ipw-feed-load - Its own `src` feed is ready.
 * @fires ipw-feed-error - Its own `src` feed could not be used.
 * @csspart base - The wrapper of every state.
 * @csspart title - The agreement's heading.
 * @csspart summary - The agreement's summary.
 * @csspart parties - Who the parties are.
 * @csspart events - The `<ol>` of events.
 * @csspart event - One `<li>`.
 * @csspart date - The event's `<time>`.
 * @csspart label - The event's heading.
 * @csspart description - The event's description.
 * @csspart signatories - Who signed, with their roles.
 * @csspart empty - Shown when the agreement has no events.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 */
export class IpwAgreementTimeline extends IpwElement<Shown> {
  static override styles = [
    ...IpwElement.styles,
    css`
      :host {
        --_skeleton: 16rem;
      }
      .head {
        display: grid;
        gap: 0.5rem;
        margin-block-end: var(--_gap);
      }
      .title {
        font-size: 1.25em;
        line-height: 1.25;
      }
      .events {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .event {
        position: relative;
        display: grid;
        gap: 0.25rem;
        padding-inline-start: 2rem;
        padding-block-end: var(--_gap);
      }
      /* A dot per event, and a line from each dot to the next: drawn as borders, which high-contrast modes keep. */
      .event::before {
        content: '';
        position: absolute;
        inset-inline-start: 0;
        inset-block-start: 0.3rem;
        border: 0.5rem solid var(--_ipw-accent);
        border-radius: 50%;
      }
      .event:not(:last-child)::after {
        content: '';
        position: absolute;
        inset-inline-start: calc(0.5rem - 1px);
        inset-block: 1.3rem -0.3rem;
        border-inline-start: 2px solid var(--_ipw-border);
      }
      .date {
        font-weight: 600;
        color: var(--_ipw-accent);
      }
      .label {
        font-size: 1em;
      }
      .signatories {
        padding-inline-start: 1.25em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    agreement: { reflect: true },
    order: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the agreement to show. */
  agreement?: string;

  /** `oldest` first (default) or `newest` first. */
  order: (typeof ORDERS)[number] = 'oldest';

  /** Level of the agreement's heading, 2 to 6; each event's heading is one level below. */
  headingLevel = 3;

  protected select(feed: Feed): Shown | IpwError {
    const order = this.choice('order', this.order, ORDERS);
    if (order instanceof IpwError) return order;
    const agreement = this.find(feed.byId.agreements, this.agreement, 'agreement');
    return agreement instanceof IpwError ? agreement : { agreement, feed, order };
  }

  protected renderView({ agreement, feed, order }: Shown) {
    const { messages: msg, lang: locale } = this.i18n;
    const name = (id: string) => {
      const org = feed.byId.organizations.get(id)!;
      return this.i18n.plain(org.short ?? org.name);
    };
    // Each part isolated: a Latin name and an English role stay in order on an Arabic page.
    const signatory = (s: Signatory) =>
      joined(
        [
          html`<bdi>${this.i18n.text(s.name)}</bdi>`,
          s.role && this.i18n.text(s.role),
          s.organization && name(s.organization),
        ].filter(Boolean),
        msg.comma,
      );
    // ISO dates, even partial ones, sort as strings; sort() is stable.
    const events = [...agreement.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (order === 'newest') events.reverse();
    return html`<div class="head">
        ${heading(this.headingLevel, 'title', this.i18n.text(agreement.title))}
        ${agreement.summary ? html`<p part="summary">${this.i18n.text(agreement.summary)}</p>` : nothing}
        ${
          agreement.parties.length
            ? html`<p part="parties" class="muted">
                ${msg.parties}${msg.colon}${formatList(agreement.parties.map(name), locale)}
              </p>`
            : nothing
        }
      </div>
      ${
        events.length
          ? html`<ol part="events" class="events">
              ${events.map(
                (e) =>
                  html`<li part="event" class="event">
                    <span part="date" class="date">${renderRange(e.date, e.end, locale)}</span>
                    ${heading(this.headingLevel + 1, 'label', this.i18n.text(e.label))}
                    ${e.description ? html`<p part="description">${this.i18n.text(e.description)}</p>` : nothing}
                    ${
                      e.signatories?.length
                        ? html`<p class="muted">${msg.signatories}</p>
                            <ul part="signatories" class="signatories">
                              ${e.signatories.map((s) => html`<li>${signatory(s)}</li>`)}
                            </ul>`
                        : nothing
                    }
                  </li>`,
              )}
            </ol>`
          : this.renderEmpty()
      }`;
  }
}
