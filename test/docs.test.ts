import { expect, waitUntil } from '@open-wc/testing';

// Every HTML snippet of the docs, pasted into a blank page beside the built
// bundle and the default feed (see /snippet/ in test/server.mjs): its widgets render.
const DOCS = ['README.md', 'stories/Webmasters.mdx', 'stories/Developers.mdx'];
const TAGS = 'ipw-program-card, ipw-program-list, ipw-topic-list, ipw-agreement-timeline, ipw-participant-badge';

describe('the docs’ snippets, pasted into a blank page', () => {
  for (const doc of DOCS)
    it(`work as written: ${doc}`, async () => {
      const { count } = await (await fetch(`/mock/snippets?doc=${doc}`)).json();
      if (doc !== 'stories/Developers.mdx') expect(count, 'snippets').to.be.greaterThan(0);
      for (let n = 0; n < count; n++) {
        const frame = document.createElement('iframe');
        frame.src = `/snippet/page?doc=${doc}&n=${n}`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
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
