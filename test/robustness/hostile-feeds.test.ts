import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import { HOSTILE_FEEDS, type ExpectError, type ExpectShown, type HostileFeed } from '../fixtures/hostile-feeds.js';
import { captureConsole, settled } from '../helpers.js';
import { errorText, fold, guarded, jsonScript, prototypeKeys } from './util.js';

// Every hostile feed, served in each way that can carry it, to an <ipw-feed>
// with a card per program of interest, a program list and a topic list.

type Mode = 'src, as a data: URL' | 'an inline <script type="application/json">' | 'the .feed property';

const parses = (body: string) => {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
};

/**
 * data: URLs for the small bodies only; `.feed` only for bodies that JSON.parse reads (not a BOM, not NDJSON…),
 * and not for `null`: `.feed = null` means "no feed", like an unset property (test/feed/ipw-feed.test.ts).
 */
const modesOf = (body: string): Mode[] => [
  ...(body.length <= 64 * 1024 ? (['src, as a data: URL'] as const) : []),
  'an inline <script type="application/json">',
  ...(parses(body) && body.trim() !== 'null' ? (['the .feed property'] as const) : []),
];

const isError = (e: HostileFeed['expect']): e is ExpectError => 'error' in e;
const cardsOf = (e: HostileFeed['expect']) =>
  isError(e) ? { ok: 'Valid program' } : (e.cards ?? { ok: 'Valid program' });

async function render({ body, expect: expected }: HostileFeed, mode: Mode) {
  const ids = Object.keys(cardsOf(expected));
  const page = await fixture<HTMLDivElement>(
    html`<div lang="en">
      <ipw-feed
        src=${mode === 'src, as a data: URL' ? `data:application/json,${encodeURIComponent(body)}` : nothing}
        .feed=${mode === 'the .feed property' ? JSON.parse(body) : undefined}
      >
        ${mode === 'an inline <script type="application/json">' ? jsonScript(body) : nothing}
        ${ids.map((id) => html`<ipw-program-card program=${id}></ipw-program-card>`)}
        <ipw-program-list></ipw-program-list>
        <ipw-topic-list></ipw-topic-list>
      </ipw-feed>
    </div>`,
  );
  const feed = page.querySelector('ipw-feed') as IpwFeed;
  await waitUntil(
    () => feed.status === 'ready' || feed.status === 'error',
    `the <ipw-feed> never became ready or failed (status ${feed.status})`,
    { timeout: 5000 },
  );
  const cards = [...page.querySelectorAll('ipw-program-card')];
  const list = page.querySelector('ipw-program-list')!;
  const topics = page.querySelector('ipw-topic-list')!;
  await settled(feed, ...cards, list, topics);
  return { feed, cards, list, topics };
}

/** `record[key]` if it is the record's own: ids such as `constructor` must not find inherited members. */
const own = <T>(record: Record<string, T> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

const heading = (card: Element) =>
  card.shadowRoot!.querySelector('article :is(h2, h3, h4, h5, h6)')?.textContent ?? null;

describe('hostile feeds', () => {
  let console_: ReturnType<typeof captureConsole>;
  let prototypes: string[];
  beforeEach(() => {
    console_ = captureConsole();
    prototypes = prototypeKeys();
  });
  afterEach(() => console_.restore());

  for (const entry of HOSTILE_FEEDS)
    describe(entry.name, () => {
      for (const mode of modesOf(entry.body))
        it(
          `via ${mode}`,
          guarded(async function () {
            // Megabytes of JSON, or 9,000 cards: more time, never an exact amount.
            if (entry.body.length > 100_000) this.timeout(90_000);
            const { feed, cards, list, topics } = await render(entry, mode);
            const widgets = [...cards, list, topics];
            const expected = entry.expect;

            if (isError(expected)) {
              expect(feed.status).to.equal('error');
              expect(feed.error!.code).to.equal(expected.error);
              // From an address, the message names it first (cut short, for a long data: URL).
              const said = mode.startsWith('src')
                ? feed.error!.message.replace(/^data:\S*: /, '')
                : feed.error!.message;
              if (mode.startsWith('src') && !/^(network|http|timeout)$/.test(expected.error))
                expect(feed.error!.message).to.match(/^data:application\/json,/);
              expect(said).to.match(expected.message);
              for (const widget of widgets) {
                const shown = errorText(widget);
                expect(shown, `<${widget.localName}> error state`).to.equal(
                  fold(`This content could not be shown. ${expected.error} ${feed.error!.message}`),
                );
                expect(widget.shadowRoot!.querySelectorAll('article')).to.have.length(0);
              }
              // Told once, by the feed; widgets do not repeat feed errors.
              expect(console_.errors).to.have.length(1);
              expect(console_.errors[0]).to.match(/^ipw-feed: /);
            } else {
              const shown = expected as ExpectShown;
              expect(feed.status, feed.error?.message).to.equal('ready');
              // A page of cards at most (24), and "N of M shown" when there are more: M is what the feed kept.
              const drawn = list.shadowRoot!.querySelectorAll('article').length;
              expect(drawn, 'cards in the list').to.equal(Math.min(shown.articles, 24));
              const count = list.shadowRoot!.querySelector('[part=count]')?.textContent;
              if (shown.articles > 24)
                expect(count, 'programs kept').to.equal(`24 of ${shown.articles.toLocaleString('en')} shown`);
              else expect(count, 'no "Show more"').to.equal(undefined);
              expect(topics.shadowRoot!.querySelectorAll('li[part=topic]'), 'topics in the list').to.have.length(
                shown.topics,
              );
              expect(errorText(list), 'list error').to.equal('');
              expect(errorText(topics), 'topic list error').to.equal('');

              const warnings = feed.warnings.map((w) => `${w.path}: ${w.message}`);
              if (shown.warningCount !== undefined) expect(warnings).to.have.length(shown.warningCount);
              if (shown.warnings) {
                expect(warnings, 'warnings').to.have.length(shown.warnings.length);
                shown.warnings.forEach((w, i) =>
                  typeof w === 'string' ? expect(warnings[i]).to.equal(w) : expect(warnings[i]).to.match(w),
                );
              }

              const cardsExpected = cardsOf(shown);
              for (const card of cards) {
                const id = card.getAttribute('program')!;
                const title = own(cardsExpected, id);
                if (title === null) {
                  expect(errorText(card), `card "${id}"`).to.contain(`not-found program "${id}" is not in the feed`);
                  continue;
                }
                expect(errorText(card), `card "${id}"`).to.equal('');
                expect(heading(card), `title of card "${id}"`).to.equal(title);
                const text = fold((card.shadowRoot!.querySelector('article') as HTMLElement).innerText);
                for (const s of own(shown.cardShows, id) ?? []) expect(text, `card "${id}"`).to.contain(s);
                for (const s of own(shown.cardLacks, id) ?? []) expect(text, `card "${id}"`).not.to.contain(s);
              }
              // Only the cards that name a missing program complain.
              expect(console_.errors).to.have.length(Object.values(cardsExpected).filter((t) => t === null).length);
            }
            expect(prototypeKeys(), 'built-in prototypes').to.deep.equal(prototypes);
            expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          }),
        );
    });

  it(
    'a byte-order mark after the indentation of an inline script, as pasted into a CMS',
    guarded(async () => {
      // docs/feed-format.md: "A byte-order mark at the start is allowed". In an inline script, the JSON
      // starts after the line break and indentation that HTML puts before it (as in the README's example).
      const entry = HOSTILE_FEEDS.find((e) => e.name === 'a byte-order mark before valid JSON')!;
      const body = `\n      ${entry.body}\n    `;
      const { feed, list } = await render({ ...entry, body }, 'an inline <script type="application/json">');
      expect(feed.error?.message, 'error').to.equal(undefined);
      expect(feed.status).to.equal('ready');
      expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    }),
  );

  it(
    'selects programs whose ids are not CSS selectors by attribute, as a page does',
    guarded(async () => {
      const entry = HOSTILE_FEEDS.find((e) => e.name === 'ids that are not valid CSS selectors')!;
      const { cards } = await render(entry, 'the .feed property');
      for (const id of ['a b', '1#x', '"];']) {
        const card = document.querySelector(`ipw-program-card[program="${CSS.escape(id)}"]`);
        expect(card, id).to.equal(cards.find((c) => c.getAttribute('program') === id));
        expect(heading(card!)).to.equal(`Odd ${id}`);
      }
    }),
  );
});
