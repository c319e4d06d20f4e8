import { isServer, type ReactiveElement } from 'lit';
import type { Text } from '../feed/types.js';
import { page } from '../internal/page.js';

/**
 * The language of an element: its own `lang`, else the closest ancestor's
 * (across shadow roots, up to `<html lang>`), else the page's on the server, else `fallback`.
 */
export const closestLang = (el: Element, fallback: string): string =>
  closest(el, (e) => !!e.getAttribute('lang'))?.getAttribute('lang') ?? (isServer ? page.lang : undefined) ?? fallback;

/**
 * The closest inclusive ancestor that passes `test`, crossing shadow roots. No DOM global is named: on the server
 * an element has no parent to walk to, and only its own attributes are read.
 */
export function closest(el: Element, test: (e: Element) => boolean): Element | undefined {
  for (let n: Node | null | undefined = el; n; n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode)
    if ((n as Element).getAttribute && test(n as Element)) return n as Element;
  return undefined;
}

const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;
/** Writing direction of a language. */
/** Whether two language tags are of one language: `fr-CA` and `fr` are. */
export const sameLanguage = (a: string, b: string) => a === b || baseOf(a) === baseOf(b);
const baseOf = (tag: string) => {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
};

export const dirOf = (lang: string) => (RTL.test(lang) ? 'rtl' : 'ltr');

/** A piece of text in the reader's language, and the language it is really in. */
export interface Picked {
  value: string;
  lang: string;
}

/**
 * Picks from a content map: `fr-CA`, then `fr`, then the feed's language, then
 * the first entry. A plain string is in the feed's language.
 */
export function pick(text: Text, lang: string, feedLang: string): Picked {
  if (typeof text === 'string') return { value: closed(text), lang: feedLang };
  // What nearly every pick is, found at once: a list of 500 cards picks thousands of texts.
  if (Object.hasOwn(text, lang)) return { value: closed(text[lang]), lang };
  const tags = Object.keys(text);
  const lower = lang.toLowerCase();
  const base = lower.split('-')[0];
  const found =
    tags.find((t) => t.toLowerCase() === lower) ??
    tags.find((t) => t.toLowerCase() === base) ??
    tags.find((t) => t.toLowerCase().split('-')[0] === base) ??
    tags.find((t) => t.toLowerCase() === feedLang.toLowerCase()) ??
    tags[0];
  return { value: closed(text[found]), lang: found };
}

const DIRECTIONAL = /[\u202a-\u202e\u2066-\u2069]/;
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * Feed text with the embeddings, overrides and isolates it opens closed at its end: left open, one would run on
 * into what follows it in the same line (the next name of a list, the interface's own "and"), turning it around.
 */
export function closed(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  const open: string[] = [];
  for (const c of text)
    if (c === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (c === PDI) {
      // An isolate's end also ends the embeddings opened inside it.
      if (open.includes(PDI)) while (open.pop() !== PDI);
    } else if (c >= '\u202a' && c <= '\u202e') open.push(PDF);
    else if (c >= '\u2066' && c <= '\u2068') open.push(PDI);
  return text + open.reverse().join('');
}

// One observer for the whole page, not one per element: `lang` and `dir`
// changes anywhere in the document re-render the elements that listen.
const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Re-renders `el` whenever a `lang` or `dir` changes in the document. */
export function watchLang(el: ReactiveElement) {
  listeners.add(el);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

export function unwatchLang(el: ReactiveElement) {
  listeners.delete(el);
  if (!listeners.size) {
    observer?.disconnect();
    observer = undefined;
  }
}
