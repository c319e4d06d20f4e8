import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { feedContext } from '../feed/context.js';
import { FEED_HOST_PROPERTIES, FeedController } from '../feed/controller.js';
import { closeTo, IpwError, knownIds } from '../feed/errors.js';
import type { FeedState } from '../feed/load.js';
import type { Feed, Program } from '../feed/types.js';
import { LangController } from '../i18n/controller.js';
import { closest } from '../i18n/lang.js';
import { page } from '../internal/page.js';
import { checkAttribute, checkOthers } from '../internal/attributes.js';
import { base, registerTokens, themed } from './styles.js';

/**
 * What every widget shares: where its feed comes from (its own `src` or
 * `.feed`, else the closest `<ipw-feed>`), its language and direction, and
 * its loading, error and empty states. A subclass picks what it shows from
 * the feed in `select()` and draws it in `renderView()`.
 *
 * Server-rendered HTML (declarative shadow DOM) stays on the page until the
 * element has something of its own to show, then is drawn over in one step.
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

  static override properties = FEED_HOST_PROPERTIES;

  /** Address of a feed, for an element used on its own, outside `<ipw-feed>`. */
  src?: string;

  /** A feed object, instead of `src` or an `<ipw-feed>`; validated before use. */
  feed?: unknown;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = 10_000;

  /** `light`, `dark` or `auto` (the reader's system setting). Unset: the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** The feed of the closest `<ipw-feed>`; a new value re-renders. */
  private sharedFeed = new ContextConsumer(this, { context: feedContext, subscribe: true });
  /** The feed of this element's own `src` or `.feed`, when it has one. */
  private ownFeed = new FeedController(this);
  /** The reader's language, the interface text in it, and the feed's text picked for it. */
  protected readonly i18n = new LangController(this);
  /** What this element shows, from `select()`; unset while loading or when there is a problem. */
  protected view?: T;
  /** Why nothing is shown: this element's own error, or its feed's. */
  protected error?: IpwError;
  /** The error, when it is this element's own (reported by it); a feed's errors are reported by whoever loads it. */
  private ownError?: IpwError;
  private reported?: string;
  /** Whether the shadow root still holds the server's HTML. */
  private served = false;

  /** Picks what this element shows; an `IpwError` when the attributes do not match the feed. */
  protected abstract select(feed: Feed): T | IpwError;
  protected abstract renderView(view: T): unknown;

  /** The programs this element shows, which `<ipw-feed structured-data>` and the server describe for search engines. */
  get programsShown(): readonly Program[] {
    return this.view ? this.programsIn(this.view) : [];
  }

  protected programsIn(_view: T): readonly Program[] {
    return [];
  }

  override createRenderRoot() {
    registerTokens();
    this.served = !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    // Lit would draw before the server's first node, which goes: draw after whatever is there.
    this.renderOptions.renderBefore = null;
    return root;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (value !== old) checkAttribute(this, (this.constructor as typeof LitElement).observedAttributes, name, value);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) checkOthers(this, (this.constructor as typeof LitElement).observedAttributes);
  }

  /** Brings the feed up to date, its own or else its `<ipw-feed>`'s, and returns it; unset while there is none. */
  private syncFeed() {
    this.ownFeed.sync();
    // A server render calls no connectedCallback, where the feed of an enclosing <ipw-feed> is asked for: ask here.
    if (isServer && !this.sharedFeed.value) this.sharedFeed.hostConnected();
    return this.ownFeed.state ?? this.sharedFeed.value;
  }

  /** Whether, with `state`, there is no feed to belong to: none of its own, and no `<ipw-feed>` around it. */
  private isOrphan(state: FeedState | undefined) {
    return !state && !closest(this, (e) => e.localName === 'ipw-feed');
  }

  override shouldUpdate() {
    if (!this.served) return true;
    // The server's HTML stays while the feed loads, and after a failed load (it is the last good copy).
    const state = this.syncFeed();
    this.i18n.resolve(state?.feed?.language);
    return (!!state?.feed || this.isOrphan(state)) && this.i18n.ready;
  }

  override willUpdate(_changed: PropertyValues) {
    const state = this.syncFeed();
    const feed = state?.feed;
    this.i18n.resolve(feed?.language);
    this.view = this.error = this.ownError = undefined;
    // Until the interface text of its language is at hand, it shows the skeleton.
    if (!this.i18n.ready) return;
    const picked = feed && this.select(feed);
    this.ownError =
      picked instanceof IpwError
        ? picked
        : this.isOrphan(state)
          ? new IpwError('no-feed', `no feed: put this element inside <ipw-feed src="…">, or give it a src attribute`)
          : undefined;
    if (feed && !this.ownError) this.view = picked as T;
    else this.error = this.ownError ?? state?.error;
    if (isServer && feed) page.shown?.push(...this.programsShown.map((program) => ({ program, feed })));
  }

  override update(changed: PropertyValues) {
    // Drawn over in one step, before the page is painted again: no blank, nothing moves.
    if (this.served) this.renderRoot.replaceChildren();
    this.served = false;
    super.update(changed);
  }

  override render() {
    const { view, error, i18n } = this;
    return html`<div part="base" lang=${i18n.lang} dir=${i18n.dir} aria-busy=${view || error ? nothing : 'true'}>
      ${
        view
          ? this.renderView(view)
          : error
            ? html`<div part="error" class="box error">
                <p role="alert">${i18n.messages.error}</p>
                <details class="muted">
                  <summary>${i18n.messages.details}</summary>
                  <p lang="en" dir="ltr"><code>${error.code}</code> ${error.message}</p>
                </details>
              </div>`
            : this.renderLoading()
      }
    </div>`;
  }

  /** A placeholder of about the final size, so nothing jumps when the feed arrives. */
  protected renderLoading(): TemplateResult {
    return html`<div part="skeleton" class="box skeleton">
      <span class="vh">${this.i18n.ready ? this.i18n.messages.loading : ''}</span>
    </div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<p part="empty" class="box muted">${this.i18n.messages.empty}</p>`;
  }

  override updated() {
    const p = this.ownError;
    const key = p && `${p.code} ${p.message}`;
    if (key === this.reported) return;
    this.reported = key;
    if (!p) return;
    console.error(`<${this.localName}>: ${p.message}`);
    this.dispatchEvent(new CustomEvent('ipw-error', { detail: { error: p }, bubbles: true, composed: true }));
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

  /** The record with `id` in a list's index (`feed.byId.programs`…), or an error that lists the ids there are, closest first. */
  protected find<R>(index: ReadonlyMap<string, R>, id: string | null | undefined, attr: string): R | IpwError {
    const hint = () => knownIds(index.keys(), id ? (known) => closeTo(known, id, 2) : undefined);
    if (id == null) return new IpwError('invalid-attribute', `the ${attr} attribute is missing; ${hint()}`);
    if (!id.trim()) return new IpwError('invalid-attribute', `the ${attr} attribute is empty; ${hint()}`);
    // A space pasted before or after an id is not meant: the id without it, if there is one.
    return (
      index.get(id) ??
      index.get(id.trim()) ??
      new IpwError('not-found', `${attr} "${id}" is not in the feed; ${hint()}`)
    );
  }
}
