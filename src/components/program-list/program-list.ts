import { css, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Feed, Program } from '../../feed/types.js';
import { collator, formatNumber } from '../../i18n/format.js';
import { ProgramElement } from '../program-card/program-element.js';

export const SORTS = ['newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];

interface Listed {
  /** Every program that matches, in order; the first `shown` of them are drawn. */
  programs: Program[];
  feed: Feed;
  /** How many cards a page has. */
  page: number;
}

/** How many cards a list draws at first, and adds at each "Show more": a feed of 10,000 must not freeze a page. */
export const PAGE_SIZE = 24;

/**
 * The feed's programs as cards, filtered and ordered by attributes; newest
 * first unless told otherwise.
 *
 * @tag ipw-program-list
 * @summary A filtered, ordered list of program cards.
 * @fires ipw-error - An attribute names something the feed does not have, or is not valid (`detail: { error }`).
 * @fires ipw-feed-load - Its own `src` feed is ready.
 * @fires ipw-feed-error - Its own `src` feed could not be used.
 * @csspart base - The wrapper of every state.
 * @csspart list - The `<ul>` of cards.
 * @csspart card - Each program's `<article>` (and `media`, `image`, `credit`, `title`, `summary`, `facts`, `topics`, `topic`, `link` as on `<ipw-program-card>`).
 * @csspart more - The "Show more" button, under the cards when more programs match than are shown.
 * @csspart count - How many of them are shown ("24 of 10,000 shown"), beside the button.
 * @csspart empty - Shown when no program matches.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 * @cssprop [--ipw-list-min=18rem] - Narrowest column before the cards wrap to fewer columns.
 */
export class IpwProgramList extends ProgramElement<Listed> {
  static override styles = [
    ...ProgramElement.styles,
    css`
      /* --ipw-list-min read as the shared tokens are (styles.ts): a wrong type or a negative length gives 18rem. */
      :host {
        --_ipw-list-min: 18rem;
      }
      [part='base'] {
        --_ipw-list-min: var(--ipw-list-min, inherit);
      }
      .list {
        display: grid;
        grid-template-columns: repeat(
          auto-fit,
          minmax(min(100%, max(var(--_ipw-list-min), min(18rem, var(--_ipw-list-min) * -1e3))), 1fr)
        );
        gap: var(--_gap);
        padding: 0;
        list-style: none;
      }
      .more {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_gap);
        margin-block-start: var(--_gap);
      }
      button {
        font: inherit;
        color: var(--_ipw-accent);
        background: var(--_ipw-surface);
        border: 1px solid currentColor;
        border-radius: var(--_radius);
        padding: 0.375rem 1rem;
        cursor: pointer;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    organizer: { reflect: true },
    topic: { reflect: true },
    year: { reflect: true },
    limit: {},
    sort: {},
    pageSize: { attribute: 'page-size' },
    shown: { state: true },
  };

  /** Only programs by this organization (id). */
  organizer?: string;
  /** Only programs on this topic (id). */
  topic?: string;
  /** Only programs that start in this year. */
  year?: string;
  /** At most this many programs. */
  limit?: string;
  /** `newest` (default), `oldest` or `title`. */
  sort: Sort = 'newest';
  /** How many cards it draws at first, and adds at each "Show more"; 24 unless told otherwise. */
  pageSize?: string;

  /** How many of the matching programs are drawn: a page, and one more at each "Show more". */
  private shown = 0;
  /** The card that takes the focus after "Show more": the first one it added. */
  private focusAt?: number;
  /** What the cards were chosen from: when any of it changes, the list starts again at its first page. */
  private chosenFrom: unknown[] = [];

  protected select(feed: Feed): Listed | IpwError {
    const { organizer, topic, year, limit, sort, pageSize } = this;
    for (const [attr, id, index] of [
      ['organizer', organizer, feed.byId.organizations],
      ['topic', topic, feed.byId.topics],
    ] as [string, string | undefined, ReadonlyMap<string, unknown>][]) {
      const found = id == null ? undefined : this.find(index, id, attr);
      if (found instanceof IpwError) return found;
    }
    const bad = (attr: string, value: string, want: string) =>
      new IpwError('invalid-attribute', `${attr}="${value}" is not valid; expected ${want}`);
    if (year != null && !/^\d{4}$/.test(year)) return bad('year', year, 'a year like 2024');
    if (limit != null && !/^\d+$/.test(limit)) return bad('limit', limit, 'a whole number');
    if (pageSize != null && !/^[1-9]\d*$/.test(pageSize))
      return bad('page-size', pageSize, 'a whole number, 1 or more');
    const order = this.choice('sort', sort, SORTS);
    if (order instanceof IpwError) return order;
    const from = [feed, organizer, topic, year, limit, sort, pageSize];
    if (from.some((v, i) => v !== this.chosenFrom[i])) this.shown = 0;
    this.chosenFrom = from;
    const programs = feed.programs.filter(
      (p) =>
        (!organizer || p.organizers.includes(organizer)) &&
        (!topic || p.topics?.includes(topic)) &&
        (!year || p.start.startsWith(year)),
    );
    if (order === 'title') {
      const { compare } = collator(this.i18n.lang);
      programs.sort((a, b) => compare(this.i18n.plain(a.title), this.i18n.plain(b.title)));
    } else
      programs.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) * (order === 'oldest' ? 1 : -1));
    return { programs: limit == null ? programs : programs.slice(0, +limit), feed, page: +(pageSize ?? PAGE_SIZE) };
  }

  protected override programsIn({ programs, page }: Listed) {
    return programs.slice(0, this.shown || page);
  }

  protected renderView(view: Listed) {
    const { programs, feed } = view;
    if (!programs.length) return this.renderEmpty();
    const shown = this.programsIn(view);
    const { messages: msg, lang } = this.i18n;
    const number = (n: number) => formatNumber(n, lang);
    return html`<ul part="list" class="list" role="list">
        ${shown.map((p) => html`<li class="item">${this.renderProgram(p, feed)}</li>`)}
      </ul>
      ${
        // The server draws the first page only: without a script, a button would do nothing.
        shown.length < programs.length && !isServer
          ? html`<div class="more">
              <button part="more" type="button" @click=${() => this.more(shown.length, view.page)}>${msg.more}</button>
              <span part="count" class="muted">${msg.shownOf(number(shown.length), number(programs.length))}</span>
            </div>`
          : nothing
      }`;
  }

  /** Draws one more page, and takes the focus to its first card, where a keyboard or screen reader goes on reading. */
  private more(from: number, page: number) {
    this.shown = from + page;
    this.focusAt = from;
  }

  override updated() {
    super.updated();
    const card = this.focusAt === undefined ? undefined : this.renderRoot.querySelectorAll('article')[this.focusAt];
    this.focusAt = undefined;
    if (!card) return;
    // Focusable by script only: not a tab stop.
    card.tabIndex = -1;
    card.focus();
  }
}
