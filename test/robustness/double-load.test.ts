import { expect, waitUntil } from '@open-wc/testing';
import { baseOf, errorText, openFrame, rendered, TAGS } from './util.js';

// Pages that load the library more than once: the drop-in bundle twice, the
// bundle and the npm build, and two copies sharing the work.

interface RecordedWindow extends Window {
  __log: { problems: string[]; warnings: string[]; errors: string[] };
}

const FEED = '/feeds/wipo-cipo-2024.json';

async function open(src: string) {
  const frame = await openFrame(src);
  const win = frame.contentWindow as unknown as RecordedWindow & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'the elements were not defined', {
    timeout: 5000,
  });
  return { frame, win, doc };
}

const widgetsOf = (doc: Document) =>
  [...doc.querySelectorAll('*')].filter((e) => (TAGS as readonly string[]).includes(e.localName));

/** Every widget drew once: one shadow root with one [part=base], with content, no error. */
async function assertRenderedOnce(doc: Document) {
  const widgets = widgetsOf(doc);
  for (const el of widgets) await rendered(el);
  for (const el of widgets) {
    const where = `<${el.localName}>`;
    expect(el.shadowRoot, where).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part=base]'), `${where}: [part=base] elements`).to.have.length(1);
    expect(errorText(el), where).to.equal('');
    expect(baseOf(el)!.innerText.trim(), where).not.to.equal('');
  }
  return widgets;
}

/** The one warning a second copy gives. */
const definedTwice = (win: RecordedWindow) => win.__log.warnings.filter((w) => /already defined/.test(w));

describe('the library loaded more than once', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the drop-in bundle twice (/dist/ipw.js and /dist/ipw.js?copy=2): one copy works, one warning', async () => {
    const page = await open('/test/fixtures/double-load.html');
    frame = page.frame;
    const { win, doc } = page;
    // Both copies ran: the second one is what warned.
    await waitUntil(() => definedTwice(win).length > 0, 'the second copy did not run', { timeout: 5000 });
    const widgets = await assertRenderedOnce(doc);
    expect(widgets).to.have.length(6);
    // One class per tag, whoever upgraded the element.
    for (const el of widgets) expect(el).to.be.instanceOf(win.customElements.get(el.localName)!);

    // Widgets added after both copies ran.
    const feed = doc.createElement('ipw-feed');
    feed.setAttribute('src', FEED);
    const card = doc.createElement('ipw-program-card');
    card.setAttribute('program', 'wipo-academy-executive');
    feed.append(card);
    doc.body.append(feed);
    await assertRenderedOnce(doc);
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Executive');

    expect(definedTwice(win), 'warnings about tags already defined').to.have.length(1);
    expect(definedTwice(win)[0]).to.contain('<ipw-feed>, <ipw-program-card>');
    expect(win.__log.problems).to.deep.equal([]);
    expect(win.__log.errors).to.deep.equal([]);
    // One copy's loader: one request for the feed, however many elements name it.
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FEED));
    expect(requests).to.have.length(1);
  });

  it('the drop-in bundle and the npm build (/dist/define.js): one copy works, one warning', async () => {
    const page = await open('/test/fixtures/bundle-and-npm.html');
    frame = page.frame;
    const { win, doc } = page;
    await waitUntil(() => definedTwice(win).length > 0, 'the npm build did not run', { timeout: 5000 });
    const widgets = await assertRenderedOnce(doc);
    expect(widgets).to.have.length(5);
    expect(definedTwice(win)).to.have.length(1);
    expect(win.__log.problems).to.deep.equal([]);
    expect(win.__log.errors).to.deep.equal([]);
  });

  it('two copies sharing the work: the npm build’s <ipw-feed> feeds the bundle’s widgets', async () => {
    const page = await open('/test/fixtures/mixed-copies.html');
    frame = page.frame;
    const { win, doc } = page;
    const widgets = await assertRenderedOnce(doc);
    expect(widgets).to.have.length(2);
    // Two classes from two copies, one context key (Symbol.for): the widgets found the feed.
    /** The class just below HTMLElement: Lit's ReactiveElement, one per copy of Lit. */
    const root = (tag: string) => {
      let c = win.customElements.get(tag)!;
      while (Object.getPrototypeOf(c) !== win.HTMLElement) c = Object.getPrototypeOf(c);
      return c;
    };
    expect(root('ipw-feed')).not.to.equal(root('ipw-program-card'));
    expect(doc.querySelector('ipw-program-card')!.shadowRoot!.textContent).to.contain('Gatineau');
    expect(definedTwice(win)).to.deep.equal([
      'ip-program-widgets: <ipw-feed> already defined by another copy of the library; that copy is used',
    ]);
    expect(win.__log.problems).to.deep.equal([]);
    expect(win.__log.errors).to.deep.equal([]);
  });
});
