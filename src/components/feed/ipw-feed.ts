import { ContextProvider } from '@lit/context';
import { css, html, isServer, LitElement } from 'lit';
import { themed } from '../styles.js';
import { feedContext } from '../../feed/context.js';
import { FEED_HOST_PROPERTIES, FeedController } from '../../feed/controller.js';
import type { IpwError } from '../../feed/errors.js';
import type { FeedState } from '../../feed/load.js';
import { unwatchLang, watchLang } from '../../i18n/lang.js';
import type { Feed, FeedWarning } from '../../feed/types.js';
import { checkAttribute, checkOthers } from '../../internal/attributes.js';

/**
 * Loads, validates and shares one feed with every widget inside it.
 *
 * The feed comes from the `.feed` property, else `src`, else a child
 * `<script type="application/json">` for pages that cannot host a file.
 * Every `<ipw-feed>` and widget that names the same URL shares one request
 * and one parsed feed.
 *
 * @tag ipw-feed
 * @summary The data source for the widgets inside it.
 * @slot - The widgets, and any other content.
 * @fires ipw-feed-load - The feed is ready. `detail: { feed, warnings }`; warnings name the JSON path of each problem that was dropped.
 * @fires ipw-feed-error - The feed could not be used. `detail: { error }`, an `IpwError` with a `code` (`network`, `http`, `timeout`, `invalid-json`, `invalid-feed`) and a message.
 */
export class IpwFeed extends LitElement {
  static override styles = [
    themed,
    css`
      :host {
        display: contents;
      }
      :host([theme]) {
        --ipw-backdrop: var(--ipw-surface, light-dark(#ffffff, #1b1e23));
      }
    `,
  ];

  static override properties = {
    ...FEED_HOST_PROPERTIES,
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** Address of the feed (JSON), relative to the page. */
  src?: string;

  /** A feed object, instead of `src`; validated before use. */
  feed?: unknown;

  /** Milliseconds to wait for the feed before giving up; one retry follows network errors and 5xx. */
  timeout = 10_000;

  /** `light`, `dark` or `auto` for every widget inside. Unset: the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Describes the programs its widgets show to search engines: one `<script type="application/ld+json">`
   * (schema.org `EducationEvent`s, in the reader's language) in this element, kept up to date.
   */
  structuredData?: boolean;

  private source = new FeedController(this, true);
  private provider = new ContextProvider(this, { context: feedContext });

  /** `loading`, `ready` or `error`; unset until the element, in a page, is given a feed. */
  get status(): FeedState['status'] | undefined {
    return this.source.state?.status;
  }

  /** The validated feed (the last good copy, if a refresh failed). */
  get data(): Feed | undefined {
    return this.source.state?.feed;
  }

  /** What was dropped from the feed, each with its JSON path. */
  get warnings(): readonly FeedWarning[] {
    return this.source.state?.warnings ?? [];
  }

  /** Why the feed could not be used, when `status` is `error`. */
  get error(): IpwError | undefined {
    return this.source.state?.error;
  }

  /**
   * Resolves with `{ status, feed, warnings, error }` once the feed is `ready` or has failed: at once if it
   * already has, so a listener that comes late (a framework's mount hook, a script after the bundle) still
   * learns it. It does not reject: a failed feed resolves with `status: 'error'`. Read right after a change
   * of `src` or `.feed`, it waits for the new feed.
   */
  get loaded(): Promise<FeedState> {
    // After the pending update, which takes a new `src` or `.feed` into account.
    return this.updateComplete.then(() => this.source.settled());
  }

  /** Fetches `src` again (unless a `.feed` overrides it), revalidating the HTTP cache; the widgets keep the last good copy if it fails. */
  reload(): Promise<void> {
    return this.source.reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (value !== old) checkAttribute(this, IpwFeed.observedAttributes, name, value);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) checkOthers(this, IpwFeed.observedAttributes);
    // The structured data is in the reader's language: written again when it changes.
    if (this.structuredData) watchLang(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override createRenderRoot() {
    // Server HTML (declarative shadow DOM) holds only a slot: drawn anew before anything can be painted.
    const root = super.createRenderRoot();
    root.replaceChildren();
    this.renderOptions.renderBefore = null;
    return root;
  }

  override willUpdate() {
    // On the server, the widgets inside ask for the feed through this element's shadow root (its slot): make it.
    if (isServer && !this.shadowRoot) this.attachShadow(IpwFeed.shadowRootOptions);
    this.source.sync();
    this.provider.setValue(this.source.state);
  }

  override firstUpdated() {
    // A feed may be set by a script soon after: only once the page is parsed, and a moment later, say it is missing.
    const check = () =>
      setTimeout(() => {
        if (this.isConnected && !this.source.state)
          console.warn(
            '<ipw-feed> has no src, no inline <script type="application/json"> and no .feed: its widgets keep loading',
          );
      });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  override updated() {
    // Loaded only by the pages that ask for it, from beside this module (dist/ipw-describe.js).
    if (this.structuredData) void import('./describe.js').then(({ describe }) => describe(this));
  }

  override render() {
    // Inline JSON may arrive after the element does (a page still parsing, a CMS adding it).
    return html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}
