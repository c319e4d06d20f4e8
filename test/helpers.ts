import { oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { network } from '../src/feed/load.js';

/** The text a reader sees in an element (its shadow root, as laid out). */
export const shown = (el: Element) =>
  (el.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/**
 * What an error box tells: the reader's line, then the code and message behind its "Details", which a webmaster
 * opens; '' when there is no error box.
 */
export function errorText(el: Element) {
  const box = el.shadowRoot?.querySelector('[part=error]');
  if (!box) return '';
  const said = box.querySelector('p')?.textContent;
  const details = box.querySelector('details > p')?.textContent;
  return `${said} ${details}`.replace(/\s+/g, ' ').trim();
}

/** Waits until every given element has rendered what it has now. */
export const settled = async (...els: Element[]) => {
  for (let i = 0; i < 3; i++) await Promise.all(els.map((el) => (el as LitElement).updateComplete));
};

/** Waits for an event, failing after `ms` instead of hanging the suite. */
export const eventWithin = <T extends Event = CustomEvent>(el: EventTarget, name: string, ms = 5000) =>
  Promise.race([
    oneEvent(el, name) as Promise<T>,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms)),
  ]);

/** Records console errors and warnings (and silences them) until `restore()`. */
export function captureConsole() {
  const saved = { error: console.error, warn: console.warn, groupCollapsed: console.groupCollapsed };
  const errors: string[] = [];
  const warnings: string[] = [];
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  console.groupCollapsed = (...args: unknown[]) => warnings.push(args.join(' '));
  return { errors, warnings, restore: () => Object.assign(console, saved) };
}

/** How many requests the test server saw for a key. */
export const hits = async (key: string) =>
  ((await (await fetch(`/mock/hits/${key}`)).json()) as { count: number }).count;

/** A unique key per call, so that tests never share a feed URL by accident. */
let n = 0;
export const unique = (name: string) => `${name}-${Date.now()}-${n++}`;

/** Shortens the back-off before the retry for the duration of a test. */
export function fastRetry() {
  const saved = network.retryDelay;
  beforeEach(() => (network.retryDelay = 20));
  afterEach(() => (network.retryDelay = saved));
}
