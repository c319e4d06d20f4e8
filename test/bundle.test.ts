import { expect, waitUntil } from '@open-wc/testing';

// The one test that runs the build: dist/ipw.js in a plain page, as a webmaster embeds it.
const page = async (src: string) => {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
};

describe('dist/ipw.js', () => {
  it('is Lit’s production build, with no dev-mode code', async () => {
    const code = await (await fetch('/dist/ipw.js')).text();
    expect(code.length).to.be.greaterThan(10_000);
    expect(code).not.to.contain('dev mode');
  });

  it('registers every element and renders the default feed in a plain HTML page', async () => {
    const frame = await page('/test/fixtures/bundle.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await waitUntil(() => win.customElements.get('ipw-participant-badge'), 'the bundle did not register its elements', {
      timeout: 5000,
    });
    for (const tag of [
      'ipw-feed',
      'ipw-program-card',
      'ipw-program-list',
      'ipw-topic-list',
      'ipw-agreement-timeline',
      'ipw-participant-badge',
    ])
      expect(win.customElements.get(tag), tag).to.exist;
    const card = doc.querySelector('ipw-program-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the card did not render', { timeout: 5000 });
    const text = (card.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(text).to.match(/October 7\s–\s11, 2024/);
    expect(text).to.contain('Gatineau');
    const badge = doc.querySelector('ipw-participant-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('.vh'), 'the badge did not render', { timeout: 5000 });
    expect(badge.shadowRoot!.querySelector('.vh')!.textContent).to.equal(
      'Over 200 participants from nearly 90 countries since 1997',
    );
    frame.remove();
  });
});
