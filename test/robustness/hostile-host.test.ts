import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import type { IpwError } from '../../src/feed/errors.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { captureConsole, settled } from '../helpers.js';
import { baseOf, errorText, fold, guarded, tasks, TAGS } from './util.js';

// Pages that fight the widgets (hostile global CSS) and pages that use them
// wrongly. Widgets must keep rendering, must not restyle the page, and must
// never leave a blank box without saying why.

/** A reset from a theme gone wrong, and worse. */
const HOSTILE_CSS = `
  * { all: unset !important; }
  html { font-size: 40px !important; overflow-y: scroll !important; }
  body { direction: rtl !important; color: #f0f !important; background: #000 !important;
    font: italic 900 13px/3 "Comic Sans MS", cursive !important; letter-spacing: 0.5em !important;
    text-transform: uppercase !important; visibility: visible !important; }
  article, h3, ul, li, time, p, a, img, dl, dt, dd { display: none !important; }
  div { display: flex !important; flex-direction: column-reverse !important; }
  [part], [class], slot { display: none !important; }
`;

/** Sizes that follow the content: <html> and <body> grow when widgets are added, as they should. */
const LAYOUT = new Set(['height', 'block-size', 'width', 'inline-size', 'perspective-origin', 'transform-origin']);

/** Every computed property, and the design tokens, of a light-DOM element (but its size, for `container`s). */
const styleOf = (el: Element, container = false) => {
  const win = el.ownerDocument.defaultView!;
  const cs = win.getComputedStyle(el);
  // The widgets' typed private tokens (registerTokens in src/components/styles.ts) are registered for the whole page,
  // so some engines list them, at their initial values, among any element's computed properties: they are the one
  // trace the library leaves on the page's own elements, and they change nothing drawn.
  const props = [...cs, '--ipw-accent', '--ipw-text', '--_text', '--_accent', '--_gap'].filter(
    (p) => !p.startsWith('--_ipw-'),
  );
  return Object.fromEntries(props.filter((p) => !(container && LAYOUT.has(p))).map((p) => [p, cs.getPropertyValue(p)]));
};

/** A page of its own, with `css`, a <p> and an <h3> before the widgets' mount point and a <p> after it. */
async function hostPage(css: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '3000px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${css}</style></head><body>
    <p id="before">A paragraph of the page.</p><h3 id="heading">A heading of the page</h3>
    <div id="mount"></div><p id="after">Another paragraph.</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads the library into the page (from src/, as a module), then every widget on the default feed. */
async function addWidgets(doc: Document) {
  const win = doc.defaultView!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/define.ts';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await loaded;
  await waitUntil(() => win.customElements.get('ipw-participant-badge'), 'the library did not load');
  const feed = doc.createElement('ipw-feed');
  feed.setAttribute('src', '/feeds/wipo-cipo-2024.json');
  const widgets = [
    ['ipw-program-card', 'program', 'wipo-cipo-executive-2024'],
    ['ipw-program-list', 'limit', '1'],
    ['ipw-topic-list', 'program', 'wipo-cipo-executive-2024'],
    ['ipw-agreement-timeline', 'agreement', 'wipo-cipo-cooperation'],
    ['ipw-participant-badge', 'stat', 'alumni'],
  ].map(([tag, attr, value]) => {
    const el = doc.createElement(tag);
    el.setAttribute(attr, value);
    return el;
  });
  feed.append(...widgets);
  doc.getElementById('mount')!.append(feed);
  for (const el of widgets)
    await waitUntil(() => baseOf(el) && !baseOf(el)!.hasAttribute('aria-busy'), `<${el.localName}> did not render`, {
      timeout: 5000,
    });
  return widgets;
}

/** Snapshot of what the page itself styles: its elements, and its style sheets. */
const pageStyles = (doc: Document) => ({
  before: styleOf(doc.getElementById('before')!),
  heading: styleOf(doc.getElementById('heading')!),
  after: styleOf(doc.getElementById('after')!),
  html: styleOf(doc.documentElement, true),
  body: styleOf(doc.body, true),
  sheets: doc.styleSheets.length,
  adopted: doc.adoptedStyleSheets.length,
  styleElements: doc.querySelectorAll('style, link[rel=stylesheet]').length,
});

describe('a host page with hostile global CSS', () => {
  for (const [name, css] of [
    ['a page that resets and hides everything', HOSTILE_CSS],
    ['a plain page', 'html { overflow-y: scroll; }'],
  ])
    it(
      `${name}: the widgets render, and restyle nothing of the page`,
      guarded(async () => {
        const frame = await hostPage(css);
        try {
          const doc = frame.contentDocument!;
          const without = pageStyles(doc);
          const widgets = await addWidgets(doc);
          for (const el of widgets) {
            const base = baseOf(el)!;
            expect(errorText(el), el.localName).to.equal('');
            expect(fold(base.innerText), `${el.localName} text`).not.to.equal('');
            const box = base.getBoundingClientRect();
            expect(box.width * box.height, `${el.localName} size`).to.be.greaterThan(0);
            for (const h of base.querySelectorAll('h2, h3, h4, h5, h6')) {
              const r = h.getBoundingClientRect();
              expect(r.width > 0 && r.height > 0 && h.checkVisibility(), `${el.localName} heading visible`).to.equal(
                true,
              );
              expect(fold((h as HTMLElement).innerText)).not.to.equal('');
            }
          }
          // The text itself; as shown, it takes the page's inherited typography (here, upper case).
          expect(baseOf(widgets[0])!.querySelector('h3')!.textContent).to.equal('WIPO–CIPO Executive Training Program');
          // Nothing leaked out: the page's own elements and sheets are as they were without the widgets.
          expect(pageStyles(doc)).to.deep.equal(without);
        } finally {
          frame.remove();
        }
      }),
    );
});

// ---------------------------------------------------------------------------

interface Misuse {
  name: string;
  template: TemplateResult;
  /** The widget's error state: code and message; or 'loading' for a widget that waits, with the reason logged. */
  shows: { code: string; message: string } | 'loading';
  /** What the console says about it. */
  logs: RegExp;
}

const feed = minimalFeed();
const IDS = 'known ids: p2024, p1997';

const MISUSES: Misuse[] = [
  ...(
    [
      ['ipw-program-card', 'program', IDS],
      ['ipw-topic-list', 'program', IDS],
      ['ipw-agreement-timeline', 'agreement', 'known ids: mou'],
      ['ipw-participant-badge', 'stat', 'known ids: alumni'],
      ['ipw-participant-badge', 'program', IDS],
      ['ipw-program-list', 'organizer', 'known ids: wipo, cipo'],
      ['ipw-program-list', 'topic', 'known ids: it, examiners'],
    ] as const
  ).map(([tag, attr, ids]): Misuse => ({
    name: `<${tag} ${attr}> naming an unknown id`,
    template: html`<ipw-feed .feed=${feed}
      >${
        {
          'ipw-program-card': html`<ipw-program-card program="nope"></ipw-program-card>`,
          'ipw-topic-list': html`<ipw-topic-list program="nope"></ipw-topic-list>`,
          'ipw-agreement-timeline': html`<ipw-agreement-timeline agreement="nope"></ipw-agreement-timeline>`,
          'ipw-participant-badge':
            attr === 'stat'
              ? html`<ipw-participant-badge stat="nope"></ipw-participant-badge>`
              : html`<ipw-participant-badge program="nope"></ipw-participant-badge>`,
          'ipw-program-list':
            attr === 'organizer'
              ? html`<ipw-program-list organizer="nope"></ipw-program-list>`
              : html`<ipw-program-list topic="nope"></ipw-program-list>`,
        }[tag]
      }</ipw-feed
    >`,
    shows: { code: 'not-found', message: `${attr} "nope" is not in the feed; ${ids}` },
    logs: new RegExp(`^<${tag}>: ${attr} "nope" is not in the feed`),
  })),
  ...(
    [
      ['ipw-program-card', 'program', IDS],
      ['ipw-agreement-timeline', 'agreement', 'known ids: mou'],
      ['ipw-participant-badge', 'stat', 'known ids: alumni'],
    ] as const
  ).map(([tag, attr, ids]): Misuse => ({
    name: `<${tag}> without its ${attr} attribute`,
    template: html`<ipw-feed .feed=${feed}
      >${
        {
          'ipw-program-card': html`<ipw-program-card></ipw-program-card>`,
          'ipw-agreement-timeline': html`<ipw-agreement-timeline></ipw-agreement-timeline>`,
          'ipw-participant-badge': html`<ipw-participant-badge></ipw-participant-badge>`,
        }[tag]
      }</ipw-feed
    >`,
    shows: { code: 'invalid-attribute', message: `the ${attr} attribute is missing; ${ids}` },
    logs: new RegExp(`^<${tag}>: the ${attr} attribute is missing`),
  })),
  {
    name: 'a program without participants, for a badge',
    template: html`<ipw-feed .feed=${feed}><ipw-participant-badge program="p1997"></ipw-participant-badge></ipw-feed>`,
    shows: { code: 'not-found', message: 'program "p1997" has no participants in the feed' },
    logs: /^<ipw-participant-badge>: program "p1997" has no participants/,
  },
  ...(
    [
      [
        html`<ipw-program-list sort="random"></ipw-program-list>`,
        'sort="random" is not valid; expected newest, oldest, or title',
      ],
      [html`<ipw-program-list year="24"></ipw-program-list>`, 'year="24" is not valid; expected a year like 2024'],
      [html`<ipw-program-list limit="-1"></ipw-program-list>`, 'limit="-1" is not valid; expected a whole number'],
      [
        html`<ipw-topic-list variant="cloud"></ipw-topic-list>`,
        'variant="cloud" is not valid; expected chips or plain',
      ],
      [
        html`<ipw-agreement-timeline agreement="mou" order="sideways"></ipw-agreement-timeline>`,
        'order="sideways" is not valid; expected oldest or newest',
      ],
      [
        html`<ipw-participant-badge stat="alumni" size="huge"></ipw-participant-badge>`,
        'size="huge" is not valid; expected inline or stat',
      ],
    ] as const
  ).map(([widget, message]): Misuse => ({
    name: `an attribute value that is not one of its words: ${message.split(' ')[0]}`,
    template: html`<ipw-feed .feed=${feed}>${widget}</ipw-feed>`,
    shows: { code: 'invalid-attribute', message },
    logs: new RegExp(`: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  })),
  ...TAGS.map((tag): Misuse => ({
    name: `<${tag}> with no feed anywhere`,
    template: {
      'ipw-program-card': html`<ipw-program-card program="p2024"></ipw-program-card>`,
      'ipw-program-list': html`<ipw-program-list></ipw-program-list>`,
      'ipw-topic-list': html`<ipw-topic-list></ipw-topic-list>`,
      'ipw-agreement-timeline': html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`,
      'ipw-participant-badge': html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`,
    }[tag],
    shows: {
      code: 'no-feed',
      message: 'no feed: put this element inside <ipw-feed src="…">, or give it a src attribute',
    },
    logs: new RegExp(`^<${tag}>: no feed: put this element inside`),
  })),
  {
    name: 'an <ipw-feed> with no source at all',
    template: html`<ipw-feed><ipw-program-card program="p2024"></ipw-program-card></ipw-feed>`,
    shows: 'loading',
    logs: /^<ipw-feed> has no src, no inline <script type="application\/json"> and no \.feed: its widgets keep loading$/,
  },
  {
    name: 'an <ipw-feed> with an empty src',
    template: html`<ipw-feed src=""><ipw-program-card program="p2024"></ipw-program-card></ipw-feed>`,
    shows: 'loading',
    logs: /^<ipw-feed> has no src/,
  },
  {
    name: 'an <ipw-feed> whose inline JSON is not its own child',
    template: html`<ipw-feed
      ><div>
        <script type="application/json">
          { "version": 1 }
        </script>
      </div>
      <ipw-program-card program="p2024"></ipw-program-card
    ></ipw-feed>`,
    shows: 'loading',
    logs: /^<ipw-feed> has no src/,
  },
];

describe('elements used wrongly', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  for (const misuse of MISUSES)
    it(
      `${misuse.name}: ${misuse.shows === 'loading' ? 'keeps loading, and the console says why' : `shows ${misuse.shows.code}`}`,
      guarded(async () => {
        const events: IpwError[] = [];
        const page = await fixture<HTMLDivElement>(
          html`<div lang="en" @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => events.push(e.detail.error)}>
            ${misuse.template}
          </div>`,
        );
        const widget = [...page.querySelectorAll('*')].find((e) => (TAGS as readonly string[]).includes(e.localName))!;
        await settled(...page.querySelectorAll('ipw-feed'), widget);
        // <ipw-feed> says it has no source a moment after the page is parsed (in Firefox the test
        // page may still be parsing when the test runs: wait for the message rather than a fixed time).
        await tasks(3);
        const logged = () => [...console_.errors, ...console_.warnings];
        await waitUntil(() => logged().some((m) => misuse.logs.test(m)), `console: ${JSON.stringify(logged())}`, {
          timeout: 3000,
        }).catch(() => {});
        expect(
          logged().some((m) => misuse.logs.test(m)),
          `console: ${JSON.stringify(logged())}`,
        ).to.equal(true);
        const base = baseOf(widget)!;
        if (misuse.shows === 'loading') {
          expect(base.getAttribute('aria-busy')).to.equal('true');
          expect(base.querySelector('[part=skeleton]')).to.exist;
          expect(fold(base.textContent)).to.equal('Loading…');
        } else {
          expect(errorText(widget)).to.equal(
            fold(`This content could not be shown. ${misuse.shows.code} ${misuse.shows.message}`),
          );
          expect(events.map((e) => e.code)).to.deep.equal([misuse.shows.code]);
          expect(base.hasAttribute('aria-busy')).to.equal(false);
        }
      }),
    );

  it(
    'heading-level out of range is clamped, not an error',
    guarded(async () => {
      const page = await fixture(
        html`<ipw-feed .feed=${feed}>
          <ipw-program-card program="p2024" heading-level="99"></ipw-program-card>
          <ipw-program-card program="p2024" heading-level="-4"></ipw-program-card>
          <ipw-program-card program="p2024" heading-level="three"></ipw-program-card>
        </ipw-feed>`,
      );
      const cards = [...page.querySelectorAll('ipw-program-card')];
      await settled(...cards);
      expect(cards.map((c) => c.shadowRoot!.querySelector('[part=title]')!.localName)).to.deep.equal([
        'h6',
        'h2',
        'h3',
      ]);
      expect(console_.errors).to.deep.equal([]);
    }),
  );

  it(
    'a lang attribute that names a member of Object.prototype still renders, in English',
    guarded(async () => {
      // `lang` is the page's, not the feed's: a CMS field, a typo. It is not a language the widgets know.
      for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const page = await fixture(
          html`<div lang=${lang}>
            <ipw-feed .feed=${feed}><ipw-program-card program="p2024"></ipw-program-card></ipw-feed>
          </div>`,
        );
        const card = page.querySelector('ipw-program-card')!;
        await settled(card);
        expect(fold(baseOf(card)!.innerText), `lang="${lang}"`).to.contain(
          'Dates October 7 – 11, 2024 Location CIPO headquarters, Gatineau, Canada',
        );
      }
    }),
  );
});

describe('a feed inside a feed', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  const titled = (title: string) => {
    const f = minimalFeed();
    f.programs[1].title = title;
    return f;
  };
  const titleOf = (card: Element) => card.shadowRoot!.querySelector('[part=title]')?.textContent;

  it(
    'the nearest <ipw-feed> wins; widgets outside the inner one keep the outer one',
    guarded(async () => {
      const page = await fixture(
        html`<ipw-feed .feed=${titled('Outer')}>
          <ipw-program-card program="p1997" id="outer"></ipw-program-card>
          <ipw-feed .feed=${titled('Inner')}>
            <ipw-program-card program="p1997" id="inner"></ipw-program-card>
          </ipw-feed>
        </ipw-feed>`,
      );
      const [outer, inner] = [page.querySelector('#outer')!, page.querySelector('#inner')!];
      await settled(outer, inner);
      expect([titleOf(outer), titleOf(inner)]).to.deep.equal(['Outer', 'Inner']);
    }),
  );

  it(
    'a failing inner feed shows its error, not the outer feed’s data',
    guarded(async () => {
      const page = await fixture(
        html`<ipw-feed .feed=${titled('Outer')}>
          <ipw-feed>
            <script type="application/json">
              {"version": 1,
            </script>
            <ipw-program-card program="p1997"></ipw-program-card>
          </ipw-feed>
        </ipw-feed>`,
      );
      const card = page.querySelector('ipw-program-card')!;
      await settled(...page.querySelectorAll('ipw-feed'), card);
      expect(errorText(card)).to.match(/^This content could not be shown\. invalid-json the feed is not valid JSON/);
    }),
  );

  it(
    'documents: an inner <ipw-feed> with no source hides the outer one; its widgets keep loading, and the console says why',
    guarded(async () => {
      const page = await fixture(
        html`<ipw-feed .feed=${titled('Outer')}>
          <ipw-feed><ipw-program-card program="p1997"></ipw-program-card></ipw-feed>
        </ipw-feed>`,
      );
      const inner = page.querySelector('ipw-feed') as IpwFeed;
      const card = page.querySelector('ipw-program-card')!;
      await settled(page, inner, card);
      await tasks(3);
      expect(baseOf(card)!.getAttribute('aria-busy')).to.equal('true');
      expect(console_.warnings).to.deep.equal([
        '<ipw-feed> has no src, no inline <script type="application/json"> and no .feed: its widgets keep loading',
      ]);
    }),
  );
});
