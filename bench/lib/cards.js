// Hand-written program cards, without a library: the same markup and text as
// <ipw-program-card> (article, heading, summary, a <dl> of dates, place,
// participants and organizers, topic chips, a "learn more" link), built by
// cloning a <template> and filling it with textContent. The same Intl
// formatting as the library (src/i18n/format.ts), in English only.
//
// Used by vanilla.html (the practical limit), webawesome.html (the peer:
// the same content inside <wa-card>); each gives its own <template>, whose
// parts are found by class: .title .summary .dates .where .people .orgs
// .chips .link (and, inside them, dd and .vh).

export const msg = {
  colon: ': ',
  comma: ', ',
  people: { one: 'participant', other: 'participants' },
  qualify: { over: (n) => `over ${n}`, nearly: (n) => `nearly ${n}`, about: (n) => `about ${n}` },
  regions: (r) => `from ${r}`,
};

const LANG = 'en';
const DATE_OPTIONS = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'long' },
  3: { year: 'numeric', month: 'long', day: 'numeric' },
};
// The Intl objects are made when rendering starts, inside the timing, as the library makes its own on first use
// (the first of each kind loads locale data): a page that rendered twice would keep them, and so does the library.
let intl;
/** The Intl objects, made on first use (inside the timing). */
export const intlObjects = () => (intl ??= makeIntl());
const makeIntl = () => {
  const dates = {};
  return {
    date: (precision) =>
      (dates[precision] ??= new Intl.DateTimeFormat(LANG, { ...DATE_OPTIONS[precision], timeZone: 'UTC' })),
    numbers: new Intl.NumberFormat(LANG),
    lists: new Intl.ListFormat(LANG, { type: 'conjunction' }),
    regions: new Intl.DisplayNames(LANG, { type: 'region' }),
    plurals: new Intl.PluralRules(LANG),
  };
};

export const split = (iso) => {
  const parts = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1);
  return { date, precision: parts.length };
};

const time = (datetime, text) => {
  const el = document.createElement('time');
  el.dateTime = datetime;
  el.textContent = text;
  return el;
};

/** "7–11 October 2024" as the text before, of and between its ends: [one date] or [before, start, middle, end, after]. */
export function rangeTexts(start, end) {
  const a = split(start);
  if (!end || end === start) return [intl.date(a.precision).format(a.date)];
  const b = split(end);
  const parts = intl.date(Math.min(a.precision, b.precision)).formatRangeToParts(a.date, b.date);
  let first = -1;
  let last = -1;
  for (let i = 0; i < parts.length; i++)
    if (parts[i].source !== 'shared') {
      if (first < 0) first = i;
      last = i;
    }
  if (first < 0) return [parts.map((p) => p.value).join('')];
  let before = '';
  let startText = '';
  let middle = '';
  let endText = '';
  let after = '';
  parts.forEach((p, i) => {
    if (p.source === 'startRange') startText += p.value;
    else if (p.source === 'endRange') endText += p.value;
    else if (i < first) before += p.value;
    else if (i > last) after += p.value;
    else middle += p.value;
  });
  return [before, startText, middle, endText, after];
}

/** "7–11 October 2024", each end in its own <time datetime>, into `dd`. */
function fillRange(dd, start, end) {
  const t = rangeTexts(start, end);
  if (t.length === 1) dd.append(time(start, t[0]));
  else dd.append(t[0], time(start, t[1]), t[2], time(end, t[3]), t[4]);
}

/** Feed text in English, else the feed's language, else the first one there is. */
export const text = (t, feed) => (typeof t === 'string' ? t : (t[LANG] ?? t[feed.language] ?? Object.values(t)[0]));

/** Drops the whitespace-only text nodes of a template's indentation, as a minifier would (call it before timing). */
export function compact(template) {
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const blank = [];
  while (walker.nextNode()) if (!walker.currentNode.data.trim()) blank.push(walker.currentNode);
  for (const node of blank) node.remove();
  return template;
}

/** One <li> per program, in the given order, from `template` (whose content is one <li>). */
export function renderCards(feed, programs, template) {
  const { numbers, lists, regions, plurals } = intlObjects();
  const orgs = new Map(feed.organizations.map((o) => [o.id, o]));
  const topics = new Map(feed.topics.map((t) => [t.id, t]));
  const out = document.createDocumentFragment();
  for (const p of programs) {
    const li = document.importNode(template.content, true).firstElementChild;
    const title = text(p.title, feed);
    li.querySelector('.title').textContent = title;

    const summary = li.querySelector('.summary');
    if (p.summary) summary.textContent = text(p.summary, feed);
    else summary.remove();

    fillRange(li.querySelector('.dates dd'), p.start, p.end);

    const where = li.querySelector('.where');
    const { venue, city, country } = p.location ?? {};
    const place = [];
    if (venue !== undefined) place.push(text(venue, feed));
    if (city !== undefined) place.push(text(city, feed));
    if (country) place.push(regions.of(country) ?? country);
    if (place.length) where.querySelector('dd').textContent = place.join(msg.comma);
    else where.remove();

    const people = li.querySelector('.people');
    const pp = p.participants;
    if (pp) {
      const n = numbers.format(pp.value);
      const count = `${pp.qualifier ? msg.qualify[pp.qualifier](n) : n} ${msg.people[plurals.select(pp.value)] ?? msg.people.other}`;
      const from = pp.regions?.length ? msg.regions(lists.format(pp.regions.map((r) => text(r, feed)))) : undefined;
      people.querySelector('dd').textContent = from ? `${count} ${from}` : count;
    } else people.remove();

    const organizers = li.querySelector('.orgs');
    if (p.organizers.length)
      organizers.querySelector('dd').textContent = lists.format(
        p.organizers.map((id) => {
          const o = orgs.get(id);
          return text(o.short ?? o.name, feed);
        }),
      );
    else organizers.remove();

    const chips = li.querySelector('.chips');
    if (p.topics?.length)
      for (const id of p.topics) {
        const chip = document.createElement('li');
        chip.textContent = text(topics.get(id).label, feed);
        chips.append(chip);
      }
    else chips.remove();

    const link = li.querySelector('.link');
    if (p.url) {
      link.href = p.url;
      link.querySelector('.vh').textContent = msg.colon + title;
    } else link.remove();

    out.append(li);
  }
  return out;
}
