import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { feedContext } from '../feed/context.js';
import { FeedController } from '../feed/controller.js';
import { IpwError, knownIds } from '../feed/errors.js';
import type { Feed, Text } from '../feed/types.js';
import { closest, closestLang, dirOf, pick, unwatchLang, watchLang } from '../i18n/lang.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { base, themed } from './styles.js';

/** `items` with `sep` between them: one string when they all are strings, else a list to render. */
export const joined = (items: unknown[], sep: string) =>
  items.every((i) => typeof i == 'string') ? items.join(sep) : items.flatMap((i, n) => (n ? [sep, i] : [i]));

/**
 * What every widget shares: where its feed comes from (its own `src` or
 * `.feed`, else the closest `<ipw-feed>`), its language and direction, and
 * its loading, error and empty states. A subclass picks its data from the
 * feed in `select()` and draws it in `renderData()`.
 *
 * @cssprop [--ipw-accent=#0a4f8f (dark #9ccaff)] - Links and highlights.
 * @cssprop [--ipw-text=#1b1f24 (dark #eceff3)] - Text.
 * @cssprop [--ipw-muted=#4d5560 (dark #b9c0c9)] - Secondary text.
 * @cssprop [--ipw-surface=#ffffff (dark #1b1e23)] - Card background.
 * @cssprop [--ipw-border=#c9d1da (dark #454d57)] - Borders.
 * @cssprop [--ipw-chip=#e6eef7 (dark #2a3542)] - Topic chips and placeholders.
 * @cssprop [--ipw-radius=0.5rem] - Corner radius.
 * @cssprop [--ipw-gap=1rem] - Inner spacing.
 * @cssprop [--ipw-font=inherit] - Font family; the page's by default.
 */
export abstract class IpwElement<T> extends LitElement {
  static override styles = [themed, base];

  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
  };

  /** Address of a feed, for an element used on its own, outside `<ipw-feed>`. */
  src?: string;

  /** A feed object, instead of `src` or an `<ipw-feed>`; validated before use. */
  feed?: unknown;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = 10_000;

  /** `light`, `dark` or `auto` (the reader's system setting). Unset: the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** The feed of the closest `<ipw-feed>`; a new value re-renders. */
  protected provided = new ContextConsumer(this, { context: feedContext, subscribe: true });

  private own = new FeedController(this);
  private reported?: string;
  /** The reader's language for this element. */
  protected locale = 'en';
  protected feedLang = 'en';
  protected msg: Messages = messagesFor('en');
  protected data?: T;
  protected problem?: IpwError;
  /** The problem, when it is this element's own: the feed's are told by whoever loads the feed. */
  private fault?: IpwError;

  /** Picks what this element shows; an `IpwError` when the attributes do not match the feed. */
  protected abstract select(feed: Feed): T | IpwError;
  protected abstract renderData(data: T): unknown;

  override connectedCallback() {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override willUpdate(_changed: PropertyValues) {
    this.own.sync();
    const state = this.own.state ?? this.provided.value;
    const feed = state?.feed;
    this.feedLang = feed?.language ?? 'en';
    this.locale = closestLang(this, this.feedLang);
    this.msg = messagesFor(this.locale);
    this.data = this.problem = undefined;
    const picked = feed && this.select(feed);
    this.fault =
      picked instanceof IpwError
        ? picked
        : !state && !closest(this, (e) => e.localName === 'ipw-feed')
          ? new IpwError('no-feed', `no feed: put this element inside <ipw-feed src="…">, or give it a src attribute`)
          : undefined;
    if (feed && !this.fault) this.data = picked as T;
    else this.problem = this.fault ?? state?.error;
  }

  override render() {
    const { data, problem } = this;
    return html`<div
      part="base"
      lang=${this.locale}
      dir=${this.getAttribute('dir') ?? dirOf(this.locale)}
      aria-busy=${data || problem ? nothing : 'true'}
    >
      ${
        data
          ? this.renderData(data)
          : problem
            ? html`<div part="error" class="box error">
                <p>${this.msg.error}</p>
                <p class="muted"><code>${problem.code}</code> ${problem.message}</p>
              </div>`
            : this.renderLoading()
      }
    </div>`;
  }

  /** A placeholder of about the final size, so nothing jumps when the feed arrives. */
  protected renderLoading(): TemplateResult {
    return html`<div part="skeleton" class="box skeleton"><span class="vh">${this.msg.loading}</span></div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<p part="empty" class="box muted">${this.msg.empty}</p>`;
  }

  override updated() {
    const p = this.fault;
    const key = p && `${p.code} ${p.message}`;
    if (key === this.reported) return;
    this.reported = key;
    if (!p) return;
    console.error(`<${this.localName}>: ${p.message}`);
    this.dispatchEvent(new CustomEvent('ipw-error', { detail: { error: p }, bubbles: true, composed: true }));
  }

  /** Feed text in the reader's language, marked with its own language when it fell back to another. */
  protected t(text: Text | undefined) {
    if (text === undefined) return nothing;
    const { value, lang } = pick(text, this.locale, this.feedLang);
    // Another language is also maybe another direction: isolate it, so its punctuation stays put.
    return lang.split('-')[0] === this.locale.split('-')[0]
      ? value
      : html`<span lang=${lang} dir="auto">${value}</span>`;
  }

  /** Feed text as a plain string, for attributes and `Intl`. */
  protected s(text: Text | undefined): string {
    return text === undefined ? '' : pick(text, this.locale, this.feedLang).value;
  }

  /** `<h2>`…`<h6>` for a `heading-level` attribute; the page owns its outline. */
  protected heading(level: number, part: string, content: unknown) {
    switch (Math.min(Math.max(Math.round(level) || 3, 2), 6)) {
      case 2:
        return html`<h2 part=${part} class=${part}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part} class=${part}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part} class=${part}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part} class=${part}>${content}</h5>`;
      default:
        return html`<h6 part=${part} class=${part}>${content}</h6>`;
    }
  }

  /**
   * An attribute that takes one of a few words: its value, the first word
   * when it is absent (or was removed), or an error that lists the words.
   */
  protected choice<W extends string>(attr: string, value: W | null | undefined, words: readonly W[]): W | IpwError {
    if (value == null) return words[0];
    return words.includes(value)
      ? value
      : new IpwError(
          'invalid-attribute',
          `${attr}="${value}" is not valid; expected ${new Intl.ListFormat('en', { type: 'disjunction' }).format(words)}`,
        );
  }

  /** The record with `id` in `list`, or an error that lists the ids there are. */
  protected find<R extends { id: string }>(list: R[], id: string | null | undefined, attr: string): R | IpwError {
    const hint = knownIds(list.map((r) => r.id));
    if (!id) return new IpwError('invalid-attribute', `the ${attr} attribute is missing; ${hint}`);
    return list.find((r) => r.id === id) ?? new IpwError('not-found', `${attr} "${id}" is not in the feed; ${hint}`);
  }
}
