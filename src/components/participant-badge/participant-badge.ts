import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Count, Feed } from '../../feed/types.js';
import { capitalize, formatCount, formatDate, formatList, plural } from '../../i18n/format.js';
import { sentence } from '../../i18n/messages.js';
import { IpwElement } from '../base.js';

export const BADGE_SIZES = ['inline', 'stat'] as const;

/** A figure ready to draw: "200+", "participants", "nearly 90 countries", "since 1997". */
interface Figure {
  count: Count;
  label: string;
  origin?: string;
  since?: string;
}

/**
 * A headline count with its qualifier, label, an optional second figure and
 * a since-year, from a `stat` of the feed or a `program`'s participants.
 * A screen reader hears it as one sentence: "Over 200 participants from
 * nearly 90 countries since 1997".
 *
 * @tag ipw-participant-badge
 * @summary A participant count, as an inline badge or a big stat.
 * @fires ipw-error - Neither `stat` nor `program` names a record in the feed, or `size` is not valid (`detail: { error }`).
 * @fires ipw-feed-load - Its own `src` feed is ready.
 * @fires ipw-feed-error - Its own `src` feed could not be used.
 * @csspart base - The wrapper of every state.
 * @csspart badge - The badge itself.
 * @csspart figure - The number, with its qualifier ("200+").
 * @csspart label - What is counted.
 * @csspart origin - Where from: the second figure ("from nearly 90 countries") or the regions.
 * @csspart since - Since when.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 */
export class IpwParticipantBadge extends IpwElement<Figure> {
  static override styles = [
    ...IpwElement.styles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        --_skeleton: 1.75rem;
      }
      :host([size='stat']) {
        display: block;
        --_skeleton: 7.75rem;
      }
      /* Still in the line of text when a page's reset makes the host inline. */
      :host(:not([size='stat'])) [part='base'] {
        display: inline-block;
      }
      .skeleton {
        min-inline-size: 8rem;
      }
      .badge {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25em;
        background: var(--_ipw-chip);
        border-radius: 999px;
        padding: 0.125em 0.75em;
      }
      .figure {
        font-weight: 700;
        color: var(--_ipw-accent);
      }
      .stat {
        display: grid;
        gap: 0.125rem;
        background: none;
        border-radius: 0;
        padding: 0;
      }
      .stat .figure {
        font-size: 2.5em;
        line-height: 1.1;
      }
      .stat .label {
        font-size: 1.125em;
        font-weight: 600;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    stat: { reflect: true },
    program: { reflect: true },
    size: { reflect: true },
  };

  /** Id of a headline figure in the feed's `stats`. */
  stat?: string;

  /** Id of a program, to show its participants instead. */
  program?: string;

  /** `inline` (a small pill, default) or `stat` (a big figure). */
  size: (typeof BADGE_SIZES)[number] = 'inline';

  protected select(feed: Feed): Figure | IpwError {
    const { messages: msg, lang: locale } = this.i18n;
    const size = this.choice('size', this.size, BADGE_SIZES);
    if (size instanceof IpwError) return size;
    if (this.stat != null || this.program == null) {
      const stat = this.find(feed.byId.stats, this.stat, 'stat');
      if (stat instanceof IpwError) return stat;
      const { secondary: two } = stat;
      return {
        count: stat,
        label: this.i18n.plain(stat.label),
        origin: two && msg.origin(`${formatCount(two, locale)} ${this.i18n.plain(two.label)}`),
        since: stat.since && msg.since(formatDate(stat.since, locale)),
      };
    }
    const program = this.find(feed.byId.programs, this.program, 'program');
    if (program instanceof IpwError) return program;
    const people = program.participants;
    if (!people) return new IpwError('not-found', `program "${program.id}" has no participants in the feed`);
    const { countries, regions } = people;
    return {
      count: people,
      label: plural(people.value, msg.people, locale),
      origin: countries
        ? msg.origin(`${formatCount(countries, locale)} ${plural(countries.value, msg.countries, locale)}`)
        : regions?.length
          ? msg.regions(
              formatList(
                regions.map((r) => this.i18n.plain(r)),
                locale,
              ),
            )
          : undefined,
    };
  }

  protected renderView({ count, label, origin, since }: Figure) {
    const { lang: locale } = this.i18n;
    const said = capitalize(
      sentence(this.i18n.messages, `${formatCount(count, locale)} ${label}`, origin, since),
      locale,
    );
    // The parts are drawn for the eye; the sentence is what a screen reader says.
    return html`<p part="badge" class="badge ${this.size ?? 'inline'}">
      <span class="vh">${said}</span>
      <span part="figure" class="figure" aria-hidden="true">${formatCount(count, locale, true)}</span>
      <span part="label" class="label" aria-hidden="true">${label}</span>
      ${origin ? html`<span part="origin" class="muted" aria-hidden="true">${origin}</span>` : nothing}
      ${since ? html`<span part="since" class="muted" aria-hidden="true">${since}</span>` : nothing}
    </p>`;
  }
}
