/// <reference types="node" />
/**
 * ip-program-widgets/server: the widgets as static HTML, for pages read before (or without) any script, with
 * Lit's own server renderer. Node 20 or later.
 *
 * ```js
 * import { renderHtml } from 'ip-program-widgets/server';
 * const html = await renderHtml(snippet, { feed: 'feeds/wipo-cipo-2024.json', lang: 'fr' });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFile, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { defineAll } from '../define.js';
import { IpwError, notAnAddress } from '../feed/errors.js';
import { LONGEST_WAIT, loadWords, report } from '../feed/load.js';
import { structuredData } from '../feed/structured-data.js';
import type { Feed, Program } from '../feed/types.js';
import { parseFeed, safeUrl, validateFeed, type UrlBase } from '../feed/validate.js';
import { loadMessages, UI_LANGUAGES } from '../i18n/messages.js';
import { page } from '../internal/page.js';

export interface RenderOptions {
  /**
   * The feed of every `<ipw-feed>` without a source of its own, and of every widget outside one: a feed object,
   * or the address of a JSON file (a URL, or a file path from the current folder).
   */
  feed?: unknown;
  /**
   * The address of the page the HTML will be part of, like a browser's `document.baseURI`: `src` attributes are
   * read from there, and a feed object's relative links are relative to it. A URL or a folder path; default: the
   * current folder. When both the page and a feed are files, links between them stay relative.
   */
  base?: string | URL;
  /** The page's language (an element's own `lang` still wins). Default: a whole page's `<html lang>`, else the feed's. */
  lang?: string;
  /** One `<script type="application/ld+json">` describing the programs shown, for search engines. Default `true`. */
  structuredData?: boolean;
  /** Milliseconds to wait for a feed URL. Default 10,000. */
  timeout?: number;
  /**
   * Called, besides the console, for each feed that cannot be used (its widgets are left loading): for a build
   * that should fail then. An `IpwError` with a `code` and a message that names the feed.
   */
  onError?: (error: IpwError) => void;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The largest feed read: about ten times 2,000 programs' worth. */
const MAX_BYTES = 20 * 1024 * 1024;
const attr = (e: Node, name: string) => (e as Element).attrs?.find((a) => a.name === name)?.value;
const children = (e: Node) => ('childNodes' in e ? e.childNodes : []) as Node[];
const isWidget = (e: Node) => e.nodeName.startsWith('ipw-');
const isInline = (e: Node) => e.nodeName === 'script' && attr(e, 'type') === 'application/json';
/** What a render writes into an element: its declarative shadow root, and the structured data. */
const isRendered = (e: Node) =>
  (e.nodeName === 'template' && (attr(e, 'shadowrootmode') ?? attr(e, 'shadowroot')) !== undefined) ||
  (e.nodeName === 'script' && attr(e, 'data-ipw') !== undefined);
const textOf = (e: Node) =>
  children(e)
    .map((t) => ('value' in t ? t.value : ''))
    .join('');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** JSON that can stand inside a `<script>`: `<` only ever appears in its strings, where `\u003c` says the same. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/**
 * Renders every `ipw-*` element of `input` (a snippet, or a whole page) to static HTML: declarative shadow DOM
 * with the same text as in a browser, in the language asked. The rest of the input is kept byte for byte. On a
 * page that also loads `ipw.js`, the live widgets take the server's HTML over.
 *
 * A feed that cannot be read leaves its widgets in their loading state (the browser tries again) and is told on
 * the console, as a browser would; nothing throws but an invalid `base`.
 */
export async function renderHtml(input: string, options: RenderOptions = {}): Promise<string> {
  const loader = new Loader(options);
  const whole = /^\s*(<!--[^]*?-->\s*)*<(!doctype|html)/i.test(input);
  const doc = (whole ? parse : parseFragment)(input, { sourceCodeLocationInfo: true });
  // The outermost widgets, each rendered with what is inside it; and the page's own language.
  const tops: Node[] = [];
  let pageLang: string | undefined;
  const walk = (n: Node) => {
    if (n.nodeName === 'html') pageLang = attr(n, 'lang');
    if (isWidget(n)) tops.push(n);
    else children(n).forEach(walk);
  };
  walk(doc);
  if (!tops.length) return input;

  const given = options.feed === undefined ? undefined : loader.given(options.feed);
  const lang = options.lang ?? pageLang;
  // A render is synchronous: every interface language at hand before it starts (any element may have its own lang),
  // and the words of feed warnings.
  await Promise.all([...UI_LANGUAGES.map(loadMessages), loadWords()]);
  // Into the registry there is now: a DOM shim installed after this module was loaded brings its own.
  defineAll(globalThis.customElements);

  let out = '';
  let done = 0;
  let jsonLdAt: number | undefined;
  /** The programs shown, once each, with their feed. */
  const shown = new Map<string, { program: Program; feed: Feed }>();
  for (const top of tops) {
    const { startOffset, endOffset } = top.sourceCodeLocation!;
    out += input.slice(done, startOffset);
    done = endOffset;
    const piece = await renderPiece(input.slice(startOffset, endOffset), top, startOffset, loader, given, lang);
    if (!piece) {
      out += input.slice(startOffset, endOffset);
      continue;
    }
    // The structured data goes inside the first <ipw-feed>, where `structured-data` in a browser keeps it up to date.
    if (jsonLdAt === undefined && piece.feedEnd !== undefined) jsonLdAt = out.length + piece.feedEnd;
    out += piece.html;
    for (const one of piece.shown) if (!shown.has(one.program.id)) shown.set(one.program.id, one);
  }
  out += input.slice(done);
  if (options.structuredData === false || !shown.size) return out;
  jsonLdAt ??= out.length - input.length + tops.at(-1)!.sourceCodeLocation!.endOffset;
  const graph = [...shown.values()].flatMap(
    ({ program, feed }) => (structuredData(feed, lang ?? feed.language, [program]) as { '@graph': object[] })['@graph'],
  );
  const json = scriptJson({ '@context': 'https://schema.org', '@graph': graph });
  return `${out.slice(0, jsonLdAt)}<script type="application/ld+json" data-ipw>${json}</script>${out.slice(jsonLdAt)}`;
}

interface Piece {
  html: string;
  /** The programs its widgets show, with their feeds. */
  shown: { program: Program; feed: Feed }[];
  /** Where its `<ipw-feed>` closes, if it is (or is wrapped in) one. */
  feedEnd?: number;
}

/**
 * Text put into an element's source before rendering, in place of `cut` characters; with a `value`, a hole for
 * that value follows the text.
 */
interface Edit {
  at: number;
  text: string;
  cut?: number;
  value?: unknown;
}

/** Renders one outermost widget, every feed inside it loaded and handed to its owner as `.feed`. */
async function renderPiece(
  source: string,
  top: Node,
  start: number,
  loader: Loader,
  given: Promise<Loaded | undefined> | undefined,
  lang: string | undefined,
): Promise<Piece | undefined> {
  const edits: Edit[] = [];
  /** The `.feed` of `e`, just after its tag name. */
  const bind = (e: Node, feed: unknown) => {
    if (feed !== undefined)
      edits.push({
        at: e.sourceCodeLocation!.startOffset - start + 1 + e.nodeName.length,
        text: ' .feed=',
        value: feed,
      });
  };
  // Elements with a feed of their own: a `src`, or an <ipw-feed>'s inline JSON.
  let topOwns = false;
  const visit = async (n: Node) => {
    if (isWidget(n)) {
      // What an earlier render wrote goes: a second render of the same page gives the same page.
      for (const old of children(n).filter(isRendered)) {
        const { startOffset, endOffset } = old.sourceCodeLocation!;
        edits.push({ at: startOffset - start, text: '', cut: endOffset - startOffset });
      }
      const src = attr(n, 'src');
      const inline = n.nodeName === 'ipw-feed' ? children(n).find(isInline) : undefined;
      if (src !== undefined) bind(n, (await loader.address(src))?.feed);
      else if (inline) bind(n, (await loader.inline(textOf(inline)))?.feed);
      if (n === top) topOwns = src !== undefined || !!inline;
    }
    for (const child of children(n)) await visit(child);
  };
  await visit(top);

  const feed = !topOwns && given ? await given : undefined;
  if (feed) {
    // An <ipw-feed> without a source of its own, or a widget outside any: the given feed, by its address or inline.
    const src = feed.address === undefined ? '' : ` src="${escapeAttr(feed.address)}"`;
    const inline =
      feed.address === undefined ? `<script type="application/json">${scriptJson(feed.feed)}</script>` : '';
    if (top.nodeName === 'ipw-feed') {
      edits.push({ at: 9, text: `${src} .feed=`, value: feed.feed });
      edits.push({ at: top.sourceCodeLocation!.startTag!.endOffset - start, text: inline });
    } else {
      edits.unshift({ at: 0, text: `<ipw-feed${src} .feed=`, value: feed.feed }, { at: 0, text: `>${inline}` });
      edits.push({ at: source.length, text: '</ipw-feed>' });
    }
  }

  edits.sort((a, b) => a.at - b.at);
  const strings: string[] = [];
  const values: unknown[] = [];
  let text = '';
  let done = 0;
  for (const edit of edits) {
    text += source.slice(done, edit.at) + edit.text;
    done = edit.at + (edit.cut ?? 0);
    if ('value' in edit) {
      strings.push(text);
      values.push(edit.value);
      text = '';
    }
  }
  strings.push(text + source.slice(done));

  page.lang = lang;
  page.shown = [];
  try {
    const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
    // Lit's markers around the element serve its hydration, which the live widgets do without; the spaces left
    // where a `.feed` binding stood go too.
    const out = collectResultSync(render(template))
      .replace(/^(<!--lit-part[^>]*-->)?(<!--lit-node \d+-->)?|<!--\/lit-part-->$/g, '')
      .replace(/(<ipw-[\w-]+)\s+(?=\S)/g, '$1 ')
      .replace(/(<ipw-[\w-]+) >/g, '$1>');
    const end = out.lastIndexOf('</ipw-feed>');
    const isFeed = top.nodeName === 'ipw-feed' || !!feed;
    return { html: out, shown: page.shown, feedEnd: isFeed && end >= 0 ? end : undefined };
  } catch (e) {
    console.error(`ip-program-widgets/server: <${top.nodeName}> could not be rendered, and is left as it was:`, e);
    return undefined;
  } finally {
    page.lang = page.shown = undefined;
  }
}

interface Loaded {
  feed: Feed;
  /** Where the page can load it from: a URL, or a path relative to the page; unset for a feed given as an object. */
  address?: string;
}

/** Reads each feed once per render: by address (a URL, a file), inline, or given as an object. */
class Loader {
  private cwd = pathToFileURL(process.cwd() + '/');
  private base: URL;
  private feeds = new Map<string, Promise<Loaded | undefined>>();

  private timeout: number;
  private onError?: (error: IpwError) => void;

  constructor({ base, timeout = 10_000, onError }: RenderOptions) {
    this.base = new URL(base ?? this.cwd, this.cwd);
    // What a timer takes: a number of milliseconds up to about 24 days (`Infinity` is that), else the default.
    this.timeout = Math.min(Number(timeout) > 0 ? Number(timeout) : 10_000, LONGEST_WAIT);
    this.onError = onError;
  }

  /** A feed at `src`, relative to the page (or, for the `feed` option, to the current folder). */
  address(src: string, from = this.base): Promise<Loaded | undefined> {
    let url: URL;
    try {
      url = new URL(src, from);
    } catch {
      return this.fail(notAnAddress(src));
    }
    // A page on the web cannot read the files of the machine that renders it, and neither can its render.
    if (url.protocol === 'file:' && from === this.base && this.base.protocol !== 'file:')
      return this.fail(
        new IpwError('network', `cannot read ${url.href} for a page at ${this.base.href}: a browser would not read it`),
      );
    let loaded = this.feeds.get(url.href);
    if (!loaded) {
      loaded = this.read(url).then(
        (text) => this.parsed(url.href, () => parseFeed(text, this.links(url)), this.publish(url)),
        (e: unknown) => this.fail(e),
      );
      this.feeds.set(url.href, loaded);
    }
    return loaded;
  }

  /** An `<ipw-feed>`'s inline JSON, which stays in the page for the browser: its links are relative to the page. */
  inline(text: string) {
    return this.parsed('the inline feed', () => parseFeed(text, this.links(this.base)));
  }

  /** The `feed` option: a path or URL from the current folder, or a feed object (links relative to the page). */
  given(feed: unknown) {
    return typeof feed === 'string'
      ? this.address(feed, this.cwd)
      : this.parsed('the feed option', () => validateFeed(feed, this.links(this.base)));
  }

  private async parsed(
    where: string,
    parse: () => { feed: Feed; warnings: { path: string; message: string }[] },
    address?: string,
  ) {
    try {
      const { feed, warnings } = parse();
      report(where, warnings);
      return { feed, address };
    } catch (e) {
      return this.fail(e, where);
    }
  }

  private fail(e: unknown, where?: string): Promise<undefined> {
    const error = e instanceof IpwError ? e : new IpwError('invalid-feed', e instanceof Error ? e.message : String(e));
    console.error(`ipw-feed: ${where ? `${where}: ` : ''}${error.message}`);
    this.onError?.(error);
    return Promise.resolve(undefined);
  }

  private async read(url: URL): Promise<string> {
    if (url.protocol === 'file:') {
      const stats = await stat(url).catch(() => {
        throw new IpwError('network', `could not read ${url.pathname}: no such file`);
      });
      if (!stats.isFile()) throw new IpwError('network', `could not read ${url.pathname}: it is not a file`);
      const { size } = stats;
      if (size > MAX_BYTES)
        throw new IpwError(
          'invalid-feed',
          `${url.pathname} is ${size.toLocaleString('en')} bytes, more than a feed may be (${MAX_BYTES.toLocaleString('en')})`,
        );
      return readFile(url, 'utf8');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new IpwError('network', `cannot read a feed from ${url.protocol} addresses: ${url.href}`);
    let text: string;
    // The timeout is for the whole answer: a server that sends its headers and then stalls has not answered.
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(this.timeout),
        headers: { accept: 'application/json' },
      });
      if (!response.ok)
        throw new IpwError('http', `the server answered ${response.status} for ${url.href}`, response.status);
      text = await response.text();
    } catch (e) {
      if (e instanceof IpwError) throw e;
      throw (e as Error).name === 'TimeoutError'
        ? new IpwError('timeout', `no answer from ${url.href} within ${this.timeout / 1000} s`)
        : new IpwError('network', `could not load ${url.href}: ${(e as Error).message}`);
    }
    if (text.length > MAX_BYTES) throw new IpwError('invalid-feed', `${url.href} is larger than a feed may be`);
    return text;
  }

  /**
   * Where a feed read from `url` is on the web. A file read for a page on the web is taken to be where it is
   * from the current folder, seen from the page's folder.
   */
  private public(url: URL) {
    return url.protocol === 'file:' && this.base.protocol !== 'file:'
      ? new URL(posix.relative(this.cwd.pathname, url.pathname), this.base)
      : url;
  }

  /** An address as the page links to it: relative between two files, else absolute. */
  private publish(url: URL) {
    const at = this.public(url);
    if (at.protocol !== 'file:') return at.href;
    const dir = this.base.pathname.endsWith('/') ? this.base.pathname : posix.dirname(this.base.pathname) + '/';
    return posix.relative(dir, at.pathname) + at.search + at.hash || './';
  }

  /** How the relative links of a feed read from `url` are written: resolved against it, as a browser would. */
  private links(url: URL): UrlBase {
    const at = this.public(url);
    return (v) => {
      const link = safeUrl(v);
      if (link === undefined || /^([a-z][\w+.-]*:|\/\/)/i.test(link)) return link;
      const resolved = new URL(link, at);
      return resolved.protocol === 'file:' ? this.publish(resolved) : safeUrl(resolved.href);
    };
  }
}
