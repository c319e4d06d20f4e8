import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { Text } from '../feed/types.js';
import { closestLang, dirOf, pick, sameLanguage, unwatchLang, watchLang } from './lang.js';
import { fellBack, hasMessages, loadMessages, messagesFor, type Messages } from './messages.js';

/**
 * An element's language: its own `lang`, else the closest ancestor's, else the page's (on the server), else
 * the feed's. Gives the interface text in that language and picks the feed's text for it; re-renders its host
 * when a `lang` or `dir` changes anywhere in the page.
 */
export class LangController implements ReactiveController {
  /** The reader's language. */
  lang = 'en';
  /** The feed's own language: that of its plain strings, and the fallback of its maps. */
  feedLang = 'en';
  /** The interface text in the reader's language. */
  messages: Messages = messagesFor('en');
  /** Whether that text is at hand: a language of its own file is fetched first, and the host waits for it. */
  ready = true;

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected() {
    watchLang(this.host);
  }

  hostDisconnected() {
    unwatchLang(this.host);
  }

  /**
   * Reads the language again, for a feed in `feedLang`; the host calls this at the start of each update. A language
   * whose text is not at hand yet is fetched, and the host updated again once it is.
   */
  resolve(feedLang = 'en') {
    this.feedLang = feedLang;
    const lang = closestLang(this.host, feedLang);
    // Without its interface text, a language is English throughout: its words, the feed's text, dates and direction,
    // never English words around another language's text.
    this.lang = fellBack(lang) ? 'en' : lang;
    this.messages = messagesFor(this.lang);
    this.ready = hasMessages(this.lang);
    if (!this.ready) void loadMessages(this.lang).then(() => this.host.requestUpdate());
  }

  /** The writing direction: the host's own `dir`, else the language's. */
  get dir() {
    return this.host.getAttribute('dir') ?? dirOf(this.lang);
  }

  /** Feed text in the reader's language, marked with its own language when it fell back to another. */
  text(text: Text | undefined) {
    if (text === undefined) return nothing;
    const { value, lang } = pick(text, this.lang, this.feedLang);
    // Another language is also maybe another direction: isolate it, so its punctuation stays put.
    return sameLanguage(lang, this.lang) ? value : html`<span lang=${lang} dir="auto">${value}</span>`;
  }

  /** Feed text as a plain string, for attributes and `Intl`. */
  plain(text: Text | undefined): string {
    return text === undefined ? '' : pick(text, this.lang, this.feedLang).value;
  }
}
