import { expect, waitUntil } from '@open-wc/testing';
import { FEED, type SpecNode } from '../src/feed/spec.js';
import { parseFeed } from '../src/feed/validate.js';
import { loadMessages, messagesFor, UI_LANGUAGES } from '../src/i18n/messages.js';

// The story in the six official languages of the United Nations: the default feed says everything in each of
// them, and the demo's news page, in any of them, shows nothing in another language: not a widget's text that
// fell back to English, not a word of the page's own, in the light DOM or in a widget's shadow root, before and
// after its script has run.

type Lang = (typeof UI_LANGUAGES)[number];
type TextMap = Record<string, string>;
const feedText = async () => (await fetch('/feeds/wipo-cipo-2024.json')).text();

/** Every value of `data` that the format calls Text, with its path. */
function texts(node: SpecNode, data: unknown, path: string, out: [string, unknown][] = []) {
  if (data === undefined || data === null) return out;
  if (node === 'text') out.push([path, data]);
  else if (Array.isArray(node)) (data as unknown[]).forEach((item, i) => texts(node[0], item, `${path}[${i}]`, out));
  else if (typeof node === 'object')
    for (const [key, child] of Object.entries(node))
      texts(child, (data as Record<string, unknown>)[key.replace(/\?$/, '')], `${path}.${key.replace(/\?$/, '')}`, out);
  return out;
}

describe('the default feed', () => {
  it('validates without a warning', async () => {
    expect(parseFeed(await feedText(), location.href).warnings).to.deep.equal([]);
  });

  it('gives every text in Arabic, Chinese, English, French, Russian and Spanish', async () => {
    const all = texts(FEED, JSON.parse(await feedText()), '$');
    expect(all.length).to.be.above(40);
    for (const [path, text] of all) {
      // The one plain string: an empty text alternative, which marks the image as decorative in every language.
      if (text === '') continue;
      expect(Object.keys(text as TextMap).sort(), path).to.deep.equal([...UI_LANGUAGES]);
      for (const lang of UI_LANGUAGES) expect((text as TextMap)[lang].trim(), `${path}.${lang}`).not.to.equal('');
    }
  });
});

/**
 * Latin-script words that a page in Arabic, Chinese or Russian may show, each because those languages write it so
 * too: the library's name (a package name, typed as it is) and JSON (the format's name, which Arabic, Chinese and
 * Russian technical writing keeps in Latin letters). Nothing else: organizations, people and places are written
 * in each language's own script.
 */
const LATIN_ALLOWED = new Set(['ip-program-widgets', 'JSON']);
const NON_LATIN: readonly Lang[] = ['ar', 'ru', 'zh'];

interface Shown {
  text: string;
  lang: string;
  where: string;
  /** In the language switch, which names each language in itself, marked with its own `lang`. */
  inSwitch?: boolean;
}

/** The language of a node: its closest `lang`, across shadow roots. */
const langOf = (node: Node) => {
  for (let n: Node | null = node; n; n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode)
    if (n.nodeType === 1 && (n as Element).hasAttribute('lang')) return (n as Element).getAttribute('lang')!;
  return '';
};
const describeNode = (node: Node) => {
  const el = node.nodeType === 1 ? (node as Element) : (node.parentNode as Element);
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} › ` : ''}${el.localName ?? '#shadow-root'}`;
};

/**
 * What a reader sees or hears on a page: every text that is drawn (in the light DOM and in every shadow root,
 * visually hidden text for screen readers included), text alternatives and labels, the theme menu's options,
 * the page's title and description.
 */
function shownOn(doc: Document): Shown[] {
  const win = doc.defaultView!;
  const out: Shown[] = [{ text: doc.title, lang: langOf(doc.documentElement), where: 'title' }];
  const description = doc.querySelector('meta[name=description]')!;
  out.push({ text: description.getAttribute('content')!, lang: langOf(description), where: 'description' });
  const visit = (root: Node) => {
    const walker = doc.createTreeWalker(root, win.NodeFilter.SHOW_ELEMENT | win.NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (el.shadowRoot) visit(el.shadowRoot);
        for (const name of ['alt', 'aria-label', 'title', 'placeholder']) {
          const value = el.getAttribute(name);
          if (value) out.push({ text: value, lang: langOf(el), where: `${describeNode(el)}[${name}]` });
        }
        if (el.localName === 'option') out.push({ text: el.textContent!, lang: langOf(el), where: 'option' });
        continue;
      }
      if (!n.textContent!.trim()) continue;
      const parent = n.parentNode as Element;
      if (['script', 'style', 'title', 'option'].includes(parent.localName)) continue;
      const range = doc.createRange();
      range.selectNodeContents(n);
      const drawn = range.getClientRects().length > 0 && win.getComputedStyle(parent).visibility !== 'hidden';
      if (drawn)
        out.push({
          text: n.textContent!.replace(/\s+/g, ' ').trim(),
          lang: langOf(n),
          where: describeNode(n),
          inSwitch: !!parent.closest('a[data-lang]'),
        });
    }
  };
  visit(doc.body);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "participants" is not in "participantes". */
const wordIn = (word: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'u');

/** The strings of an object of texts, by path: not punctuation (`colon`, `comma`), a direction or a function. */
const stringsOf = (m: object, path = ''): [string, string][] =>
  Object.entries(m).flatMap(([key, value]): [string, string][] =>
    ['colon', 'comma', 'dir'].includes(key)
      ? []
      : typeof value === 'string'
        ? [[path + key, value]]
        : value && typeof value === 'object'
          ? stringsOf(value as object, `${path}${key}.`)
          : [],
  );
/** Adds to `words` every string of `other` that differs from the one at the same path in `own`. */
const addChanged = (words: Set<string>, own: object, other: object) => {
  const mine = new Map(stringsOf(own));
  for (const [path, value] of stringsOf(other)) if (mine.get(path) !== value) words.add(value);
};

/**
 * The words a page in `lang` must not show: the other languages' version of every text that differs from the one
 * in `lang`, from the feed's language maps, the interface text, the page's own words (demo/languages.js) and its
 * `.t` blocks.
 */
async function foreignWords(lang: Lang, doc: Document) {
  const words = new Set<string>();
  for (const [, text] of texts(FEED, JSON.parse(await feedText()), '$'))
    if (typeof text === 'object')
      for (const [other, value] of Object.entries(text as TextMap))
        if (other !== lang && value !== (text as TextMap)[lang]) words.add(value);
  await Promise.all(UI_LANGUAGES.map(loadMessages));
  const pageWords = '/demo/languages.js';
  const { LANGUAGES } = (await import(pageWords)) as { LANGUAGES: Record<Lang, object> };
  for (const other of UI_LANGUAGES)
    if (other !== lang) {
      addChanged(words, messagesFor(lang), messagesFor(other));
      addChanged(words, LANGUAGES[lang], LANGUAGES[other]);
    }
  const fold = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
  const own = new Set([...doc.querySelectorAll(`.t:lang(${lang})`)].map(fold));
  for (const block of doc.querySelectorAll('.t'))
    if (block.getAttribute('lang')!.split('-')[0] !== lang && !own.has(fold(block))) words.add(fold(block));
  return [...words].filter((w) => w.trim().length > 1);
}

function expectOneLanguage(all: Shown[], lang: Lang, foreign: string[]) {
  // The switch is checked on its own: each name in its own language, marked so.
  const names = all.filter((s) => s.inSwitch);
  expect(names.map((s) => s.lang.split('-')[0]).sort(), 'the language switch').to.deep.equal([...UI_LANGUAGES]);
  const shown = all.filter((s) => !s.inSwitch);
  const mislabelled = shown
    .filter((s) => s.lang.split('-')[0] !== lang)
    .map((s) => `${s.where} [${s.lang}]: ${s.text}`);
  expect(mislabelled.join('\n'), `text in another language than ${lang}`).to.equal('');
  const patterns = foreign.map((word) => [word, wordIn(word)] as const);
  const found = shown.flatMap((s) =>
    patterns.filter(([, re]) => re.test(s.text)).map(([w]) => `${s.where}: "${w}" in ${s.text}`),
  );
  expect(found.join('\n'), `words of another language on the ${lang} page`).to.equal('');
  if (NON_LATIN.includes(lang)) {
    const latin = shown.flatMap((s) =>
      [...s.text.matchAll(/\p{Script=Latin}[\p{Script=Latin}\p{N}.-]*/gu)]
        .map((m) => m[0].replace(/[.-]+$/, ''))
        .filter((w) => !LATIN_ALLOWED.has(w))
        .map((w) => `${s.where}: "${w}" in ${s.text}`),
    );
    expect(latin.join('\n'), `Latin-script words on the ${lang} page`).to.equal('');
  }
}

/** The news page as `npm start` serves it for `?lang=`, in an iframe; without its scripts when `scripts` is false. */
async function openNews(lang: Lang, scripts: boolean) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.inlineSize = '1200px';
  frame.style.blockSize = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const widgetsOf = (doc: Document) =>
  [...doc.querySelectorAll('ipw-feed *')].filter((el) => el.localName.startsWith('ipw-'));

/** Waits until the page's script has set `lang` and each widget has drawn itself in it (Lit's `hasUpdated`). */
const takenOver = (doc: Document, lang: Lang) =>
  waitUntil(
    () =>
      doc.querySelector(`[data-lang=${lang}][aria-current=true]`) &&
      widgetsOf(doc).every(
        (el) =>
          (el as Element & { hasUpdated?: boolean }).hasUpdated &&
          el.shadowRoot?.querySelector(`[part=base]:lang(${lang}):not([aria-busy])`),
      ),
    `the ${lang} page did not render`,
    { timeout: 20000 },
  );

describe('the news page in each of the six languages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('switches from English to Chinese in place, its own words included', async () => {
    frame = await openNews('en', true);
    const doc = frame.contentDocument!;
    await takenOver(doc, 'en');
    doc.querySelector<HTMLElement>('a[data-lang=zh]')!.click();
    await takenOver(doc, 'zh');
    expect(doc.title).to.equal('产权组织与加拿大开启高级管理人员培训新时代');
    expect([...doc.querySelectorAll('#theme option')].map((o) => o.textContent)).to.deep.equal([
      '自动',
      '☀ 浅色',
      '☾ 深色',
    ]);
    expectOneLanguage(shownOn(doc), 'zh', await foreignWords('zh', doc));
  });

  for (const lang of UI_LANGUAGES) {
    it(`${lang}: shows no text in another language, once its widgets have taken over`, async () => {
      frame = await openNews(lang, true);
      const doc = frame.contentDocument!;
      await takenOver(doc, lang);
      const shown = shownOn(doc);
      // Not a vacuous check: the widgets' text is in it, in the page's language.
      const feed = JSON.parse(await feedText());
      expect(shown.map((s) => s.text).join('\n')).to.contain(feed.programs[0].title[lang]);
      expect([...new Set(shown.map((s) => s.where.split(' › ')[0]))]).to.include.members([
        'ipw-program-card',
        'ipw-topic-list',
        'ipw-agreement-timeline',
        'ipw-participant-badge',
      ]);
      const links = [...doc.querySelectorAll<HTMLElement>('a[data-lang]')];
      expect(links.map((a) => a.lang.split('-')[0])).to.deep.equal(links.map((a) => a.dataset.lang));
      expectOneLanguage(shown, lang, await foreignWords(lang, doc));
    });

    it(`${lang}: shows no text in another language before any script runs`, async () => {
      frame = await openNews(lang, false);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang.split('-')[0]).to.equal(lang);
      expect(widgetsOf(doc).every((el) => el.shadowRoot?.querySelector(`[part=base]:lang(${lang})`))).to.equal(true);
      expectOneLanguage(shownOn(doc), lang, await foreignWords(lang, doc));
    });
  }
});
