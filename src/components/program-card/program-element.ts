import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Feed, Program } from '../../feed/types.js';
import { countryName, formatCount, formatList, plural } from '../../i18n/format.js';
import { sentence } from '../../i18n/messages.js';
import { heading, joined, renderRange } from '../../internal/render.js';
import { IpwElement } from '../base.js';
import { programStyles } from './program-card.styles.js';

/** What `<ipw-program-card>` and `<ipw-program-list>` share: drawing one program. */
export abstract class ProgramElement<T> extends IpwElement<T> {
  static override styles = [...IpwElement.styles, programStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the program's title, 2 to 6: the page owns its heading outline. */
  headingLevel = 3;

  protected renderProgram(p: Program, feed: Feed) {
    const { messages: msg, lang: locale } = this.i18n;
    const orgs = p.organizers.map((id) => feed.byId.organizations.get(id)!);
    const topics = (p.topics ?? []).map((id) => feed.byId.topics.get(id)!);
    const { venue, city, country } = p.location ?? {};
    const where = [
      ...[venue, city].filter((t) => t !== undefined).map((t) => this.i18n.text(t)),
      ...(country ? [countryName(country, locale)] : []),
    ];
    const people = p.participants;
    const regions = people?.regions?.map((r) => this.i18n.plain(r));
    const count = people && `${formatCount(people, locale)} ${plural(people.value, msg.people, locale)}`;
    const title = this.i18n.text(p.title);
    return html`<article part="card" class="card box${p.image ? ' has-media' : ''}">
      ${
        p.image
          ? // A decorative image (empty alt) without a credit: nothing for a screen reader, so no empty figure either.
            html`<figure
              part="media"
              class="media"
              role=${p.image.credit || this.i18n.plain(p.image.alt) ? nothing : 'none'}
            >
              <img
                part="image"
                src=${p.image.src}
                alt=${this.i18n.plain(p.image.alt)}
                loading="lazy"
                decoding="async"
              />
              ${p.image.credit ? html`<figcaption part="credit" class="muted">${msg.credit(this.i18n.plain(p.image.credit))}</figcaption>` : nothing}
            </figure>`
          : nothing
      }
      <div class="body">
        ${heading(this.headingLevel, 'title', title)}
        ${p.summary ? html`<p part="summary">${this.i18n.text(p.summary)}</p>` : nothing}
        <dl part="facts" class="facts">
          <div>
            <dt>${msg.dates}</dt>
            <dd>${renderRange(p.start, p.end, locale)}</dd>
          </div>
          ${
            where.length
              ? html`<div>
                  <dt>${msg.location}</dt>
                  <dd>${joined(where, msg.comma)}</dd>
                </div>`
              : nothing
          }
          ${
            count
              ? html`<div>
                  <dt>${msg.participants}</dt>
                  <dd>
                    ${sentence(msg, count, regions?.length ? msg.regions(formatList(regions, locale)) : undefined)}
                  </dd>
                </div>`
              : nothing
          }
          ${
            orgs.length
              ? html`<div>
                  <dt>${msg.organizers}</dt>
                  <dd>
                    ${formatList(
                      orgs.map((o) => this.i18n.plain(o.short ?? o.name)),
                      locale,
                    )}
                  </dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          topics.length
            ? html`<ul part="topics" class="chips" aria-label=${msg.topics}>
                ${topics.map((t) => html`<li part="topic">${this.i18n.text(t.label)}</li>`)}
              </ul>`
            : nothing
        }
        ${p.url ? html`<a part="link" href=${p.url}>${msg.learnMore}<span class="vh">${msg.colon}${title}</span></a>` : nothing}
      </div>
    </article>`;
  }
}
