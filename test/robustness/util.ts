import { expect, waitUntil } from '@open-wc/testing';

/**
 * What reached the page that nobody handled: uncaught exceptions (`error`)
 * and unhandled promise rejections (`unhandledrejection`), as text.
 */
export function watchPage(win: Window = window) {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught exception: ${e.message} (${e.filename}:${e.lineno})`);
  const onRejection = (e: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection: ${(e.reason as Error)?.stack ?? String(e.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Two turns of the event loop: time for rejections to be reported as unhandled. */
export const tasks = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve));
};

/**
 * A test body that must not let an exception or a rejection reach the page:
 * listens from the start to a little after the end, then asserts none came.
 */
export const guarded = (body: (this: Mocha.Context) => Promise<void>) =>
  async function (this: Mocha.Context) {
    const page = watchPage();
    try {
      await body.call(this);
      await tasks();
    } finally {
      page.stop();
    }
    expect(page.problems, 'uncaught exceptions or unhandled rejections on the page').to.deep.equal([]);
  };

/** Opens a page in an iframe of the test page and waits for its `load`. */
export async function openFrame(src: string, { width = 900, height = 1200 } = {}) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export const TAGS = [
  'ipw-program-card',
  'ipw-program-list',
  'ipw-topic-list',
  'ipw-agreement-timeline',
  'ipw-participant-badge',
] as const;

/** The wrapper of a widget's every state. */
export const baseOf = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part=base]') ?? null;

/** Whitespace folded, as a reader perceives it. */
export const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a widget has left its loading state (rendered data, an error or an empty state). */
export const rendered = (el: Element, timeout = 5000) =>
  waitUntil(
    () => {
      const base = baseOf(el);
      return base && !base.hasAttribute('aria-busy');
    },
    `<${el.localName}> did not leave its loading state`,
    { timeout },
  );

export { errorText } from '../helpers.js';

/** The own property names of the built-in prototypes a hostile feed could try to pollute. */
export const prototypeKeys = () =>
  [Object, Array, Function, String].map((c) => Object.getOwnPropertyNames(c.prototype).sort().join(','));

/**
 * A `<script type="application/json">` holding exactly `text`, for a template
 * (an html`` literal would add the indentation of its source).
 */
export const jsonScript = (text: string) =>
  Object.assign(document.createElement('script'), { type: 'application/json', textContent: text });
