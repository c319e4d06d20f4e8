import { expect, waitUntil } from '@open-wc/testing';
import { PAYLOADS, payloadFeed } from '../fixtures/injection-payloads.js';
import { baseOf, errorText, openFrame, rendered, tasks } from './util.js';

// The built bundle on a page with a strict Content Security Policy and
// Trusted Types (test/fixtures/csp-page.html, served with its policy by
// test/server.mjs): everything renders, and nothing is refused.

interface StrictWindow extends Window {
  __violations: string[];
  __errors: string[];
  __ipwTripwire?: () => void;
}

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  let doc: Document;
  before(async function () {
    this.timeout(20_000);
    frame = await openFrame('/mock/csp-page');
    win = frame.contentWindow as unknown as StrictWindow;
    doc = frame.contentDocument!;
    await waitUntil(() => win.customElements.get('ipw-participant-badge'), 'the bundle did not load', {
      timeout: 5000,
    });
  });
  after(() => frame.remove());

  it('is served with the policy, and the listener runs first', async () => {
    const response = await fetch('/mock/csp-page');
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('/test/fixtures/csp-listener.js');
    expect(doc.querySelectorAll('script:not([src])'), 'inline scripts').to.have.length(0);
    expect(win.__violations).to.be.an('array');
  });

  it('renders every widget, in every state, without a violation', async () => {
    const widgets = [...doc.querySelectorAll('*')].filter(
      (e) => e.localName.startsWith('ipw-') && e.localName !== 'ipw-feed',
    );
    expect(widgets).to.have.length(12);
    for (const el of widgets) await rendered(el, 10_000);
    for (const el of widgets) {
      const state = el.getAttribute('data-state');
      const base = baseOf(el)!;
      const where = `<${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`;
      if (state === 'error') expect(errorText(el), where).to.contain('not-found');
      else if (state === 'empty') expect(base.querySelector('[part=empty]'), where).to.exist;
      else {
        expect(errorText(el), where).to.equal('');
        expect(base.querySelector('[part=empty]'), where).to.equal(null);
        expect(base.innerText.trim(), where).not.to.equal('');
      }
    }
    const card = doc.querySelector('ipw-program-card')!;
    expect(card.shadowRoot!.querySelector('article')!.textContent).to.contain('Gatineau');
    // The image, from 'self', loaded.
    const img = card.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete, 'the image did not load', { timeout: 5000 });
    expect(img.naturalWidth).to.be.greaterThan(0);
    await tasks();
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders hostile feeds without a violation, and runs none of their scripts', async function () {
    this.timeout(30_000);
    const calls: string[] = [];
    win.__ipwTripwire = () => void calls.push('tripwire');
    for (const p of PAYLOADS) {
      // Made in the frame's document, so that the frame's bundle, under the frame's policy, renders them.
      const feed = doc.createElement('ipw-feed') as HTMLElement & { feed: unknown };
      feed.feed = payloadFeed(p);
      for (const [tag, attr, value] of [
        ['ipw-program-card', 'program', `${p}p`],
        ['ipw-program-list', 'sort', 'title'],
        ['ipw-topic-list', 'program', `${p}p`],
        ['ipw-agreement-timeline', 'agreement', `${p}a`],
        ['ipw-participant-badge', 'stat', `${p}s`],
      ]) {
        const el = doc.createElement(tag);
        el.setAttribute(attr, value);
        feed.append(el);
      }
      doc.body.append(feed);
      for (const el of feed.children) {
        await rendered(el);
        expect(errorText(el), `${el.localName} for ${JSON.stringify(p)}`).to.equal('');
      }
      expect(feed.querySelector('ipw-program-card')!.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(
        p,
      );
      feed.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('does enforce the policy: a script made from a string is refused, and the listener hears it', async () => {
    // Run last: proves the clean results above were not an absent policy or a deaf listener.
    const calls: string[] = [];
    win.__ipwTripwire = () => void calls.push('tripwire');
    const script = doc.createElement('script');
    let refused = false;
    try {
      script.textContent = 'window.__ipwTripwire()';
    } catch (e) {
      refused = (e as Error).name === 'TypeError';
    }
    doc.body.append(script);
    await waitUntil(() => win.__violations.length > 0, 'no violation was recorded', { timeout: 2000 });
    expect(refused, 'Trusted Types refused the script text').to.equal(true);
    expect(win.__violations[0]).to.match(/^require-trusted-types-for /);
    expect(calls).to.deep.equal([]);
  });
});
