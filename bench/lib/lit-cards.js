// The same cards as bench/lib/cards.js, drawn by Lit: one literal template per card, rendered with
// lit-html's own `render()` into the page. What Lit itself costs for this content, and nothing else: no
// feed validation, no custom element or shadow root, no reader's language, and each optional block left
// in as an empty element, so that every card is the one template (which <ipw-program-list> may not do:
// its cards leave out what they do not have). Used by lit.html, the floor under comparison 1.
import { html, nothing, render } from '../../node_modules/lit-html/lit-html.js';
import { intlObjects, msg, rangeTexts, text } from './cards.js';

/** "7–11 October 2024", each end in its own <time datetime>. */
function range(start, end) {
  const t = rangeTexts(start, end);
  if (t.length === 1) return html`<time datetime=${start}>${t[0]}</time>`;
  return html`${t[0]}<time datetime=${start}>${t[1]}</time>${t[2]}<time datetime=${end}>${t[3]}</time>${t[4]}`;
}

/** One <li> per program, in the given order, into `container`. */
export function renderLitCards(feed, programs, container) {
  const { numbers, lists, regions, plurals } = intlObjects();
  const orgs = new Map(feed.organizations.map((o) => [o.id, o]));
  const topics = new Map(feed.topics.map((t) => [t.id, t]));
  const card = (p) => {
    const title = text(p.title, feed);
    const { venue, city, country } = p.location ?? {};
    const place = [];
    if (venue !== undefined) place.push(text(venue, feed));
    if (city !== undefined) place.push(text(city, feed));
    if (country) place.push(regions.of(country) ?? country);
    const pp = p.participants;
    let people = '';
    if (pp) {
      const n = numbers.format(pp.value);
      const count = `${pp.qualifier ? msg.qualify[pp.qualifier](n) : n} ${msg.people[plurals.select(pp.value)] ?? msg.people.other}`;
      const from = pp.regions?.length ? msg.regions(lists.format(pp.regions.map((r) => text(r, feed)))) : undefined;
      people = from ? `${count} ${from}` : count;
    }
    const by = lists.format(p.organizers.map((id) => text(orgs.get(id).short ?? orgs.get(id).name, feed)));
    // Without white space between the tags, as the library's build writes its templates.
    // prettier-ignore
    return html`<li class="item"><article class="card box"><div class="body"><h3 class="title">${title}</h3><p class="summary">${p.summary ? text(p.summary, feed) : ''}</p><dl class="facts"><div class="dates"><dt>Dates</dt><dd>${range(p.start, p.end)}</dd></div><div class="where"><dt>Location</dt><dd>${place.join(msg.comma)}</dd></div><div class="people"><dt>Participants</dt><dd>${people}</dd></div><div class="orgs"><dt>Organized by</dt><dd>${by}</dd></div></dl><ul class="chips" aria-label="Topics">${(p.topics ?? []).map((id) => html`<li>${text(topics.get(id).label, feed)}</li>`)}</ul><a class="link" href=${p.url ?? nothing}>Learn more<span class="vh">${msg.colon}${title}</span></a></div></article></li>`;
  };
  render(programs.map(card), container);
}
