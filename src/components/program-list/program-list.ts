import { css, html, type PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Feed, Program } from '../../feed/types.js';
import { ProgramElement } from '../program-card/program-element.js';

export const SORTS = ['newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];

interface Listed {
  programs: Program[];
  feed: Feed;
}

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
    `,
  ];

  static override properties: PropertyDeclarations = {
    organizer: {},
    topic: {},
    year: {},
    limit: {},
    sort: {},
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

  protected select(feed: Feed): Listed | IpwError {
    const { organizer, topic, year, limit, sort } = this;
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
    const order = this.choice('sort', sort, SORTS);
    if (order instanceof IpwError) return order;
    const programs = feed.programs.filter(
      (p) =>
        (!organizer || p.organizers.includes(organizer)) &&
        (!topic || p.topics?.includes(topic)) &&
        (!year || p.start.startsWith(year)),
    );
    if (order === 'title') {
      const collator = new Intl.Collator(this.i18n.lang);
      programs.sort((a, b) => collator.compare(this.i18n.plain(a.title), this.i18n.plain(b.title)));
    } else
      programs.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) * (order === 'oldest' ? 1 : -1));
    return { programs: limit == null ? programs : programs.slice(0, +limit), feed };
  }

  protected override programsIn({ programs }: Listed) {
    return programs;
  }

  protected renderView({ programs, feed }: Listed) {
    if (!programs.length) return this.renderEmpty();
    return html`<ul part="list" class="list" role="list">
      ${programs.map((p) => html`<li class="item">${this.renderProgram(p, feed)}</li>`)}
    </ul>`;
  }
}
