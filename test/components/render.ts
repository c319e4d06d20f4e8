import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IpwError } from '../../src/feed/errors.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { settled } from '../helpers.js';

// What the widget tests share: rendering inside a feed, and reading what a user sees.

/** Whitespace folded, as a reader perceives it (Intl puts thin spaces around range dashes). */
export const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const root = (el: Element) => el.shadowRoot!;
export const base = (el: Element) => root(el).querySelector<HTMLElement>('[part=base]')!;
export { errorText } from '../helpers.js';

/** The default feed, as a page would give it with `.feed`; its image resolved against the feed, as `src` would. */
export async function loadDefaultFeed(): Promise<Record<string, unknown>> {
  const feed = await (await fetch('/feeds/wipo-cipo-2024.json')).json();
  for (const p of feed.programs as { image?: { src: string } }[])
    if (p.image) p.image.src = new URL(p.image.src, new URL('/feeds/', location.href)).href;
  return feed;
}

/**
 * Renders `content` inside `<div lang><ipw-feed .feed>`, recording the `ipw-error`
 * events that reach the page; `el` is the first `tag` inside, rendered.
 */
export async function renderIn(
  tag: string,
  content: TemplateResult,
  { lang = 'en', feed = minimalFeed() as unknown } = {},
) {
  const errors: IpwError[] = [];
  const page = await fixture<HTMLDivElement>(
    html`<div lang=${lang} @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
      <ipw-feed .feed=${feed}>${content}</ipw-feed>
    </div>`,
  );
  const el = page.querySelector(tag)!;
  await settled(el);
  return { page, el, errors };
}

/** `renderIn` for one tag: a suite's `render`. */
export const renderer = (tag: string) => (content: TemplateResult, options?: { lang?: string; feed?: unknown }) =>
  renderIn(tag, content, options);
