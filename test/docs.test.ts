import { expect, waitUntil } from '@open-wc/testing';

// Every HTML snippet of the docs, pasted into a blank page beside the built
// bundle and the default feed (see /snippet/ in test/server.mjs): its widgets render.
const DOCS = ['README.md', 'stories/Webmasters.mdx', 'stories/Developers.mdx'];
const TAGS = 'ipw-program-card, ipw-program-list, ipw-topic-list, ipw-agreement-timeline, ipw-participant-badge';

/** A doc's snippet `n`, pasted into a blank page beside the bundle and the default feed. */
async function pasted(doc: string, n: number) {
  const frame = document.createElement('iframe');
  frame.src = `/snippet/page?doc=${doc}&n=${n}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the README’s date style', () => {
  it('a page in British English gets British dates: 7–11 October 2024', async () => {
    const { count } = await (await fetch('/mock/snippets?doc=README.md')).json();
    let card: Element | null = null;
    let frame: HTMLIFrameElement | undefined;
    for (let n = 0; n < count && !card; n++) {
      frame?.remove();
      frame = await pasted('README.md', n);
      card = frame.contentDocument!.querySelector('[lang="en-GB"] ipw-program-card');
    }
    expect(card, 'the README has a snippet with lang="en-GB"').to.exist;
    await waitUntil(() => card!.shadowRoot?.querySelector('time'), 'the card never rendered', { timeout: 5000 });
    const text = (card!.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(text).to.match(/\b7 ?– ?11 October 2024\b/);
    frame!.remove();
  });
});

describe('the docs’ snippets, pasted into a blank page', () => {
  for (const doc of DOCS)
    it(`work as written: ${doc}`, async () => {
      const { count } = await (await fetch(`/mock/snippets?doc=${doc}`)).json();
      if (doc !== 'stories/Developers.mdx') expect(count, 'snippets').to.be.greaterThan(0);
      for (let n = 0; n < count; n++) {
        const frame = await pasted(doc, n);
        const widgets = [...frame.contentDocument!.querySelectorAll(TAGS)];
        expect(widgets, `${doc} snippet ${n + 1}`).not.to.be.empty;
        for (const el of widgets) {
          const what = `${doc} snippet ${n + 1}, <${el.localName}>`;
          await waitUntil(
            () => el.shadowRoot?.querySelector('[part=base]:not([aria-busy])'),
            `${what} never rendered`,
            {
              timeout: 5000,
            },
          );
          expect(el.shadowRoot!.querySelector('[part=error]'), `${what} shows an error`).to.equal(null);
          expect((el.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText.trim(), what).not.to.equal('');
        }
        frame.remove();
      }
    });
});
