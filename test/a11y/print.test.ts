import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { settled } from '../helpers.js';
import { rendered } from '../robustness/util.js';

// What a printed page keeps of a widget (test/node/print.test.mjs prints the news page to PDF): no loading
// placeholder and no button, cards and events whole, each link's address after it.

describe('print styles', () => {
  before(async function () {
    // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate print media from a test.
    if (
      !(await emulateMedia({ media: 'print' }).then(
        () => true,
        () => false,
      ))
    )
      this.skip();
  });
  after(() => emulateMedia({ media: 'screen' }).catch(() => {}));

  it('leaves out the placeholder and the "Show more" button, keeps cards whole and spells out links', async () => {
    expect(matchMedia('print').matches).to.equal(true);
    const small = minimalFeed();
    const programs = Array.from({ length: 3 }, (_, i) => ({
      ...small.programs[0],
      id: `p${i}`,
      url: 'https://example.org/program',
    }));
    const feed = { ...small, programs };
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <ipw-feed><ipw-program-card program="p"></ipw-program-card></ipw-feed>
        <ipw-feed .feed=${feed}><ipw-program-list page-size="2"></ipw-program-list></ipw-feed>
      </div>`,
    );
    const [loading, list] = [...page.querySelectorAll<HTMLElement>('ipw-program-card, ipw-program-list')];
    await settled(loading, list);
    await rendered(list);
    const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s)!;
    expect(getComputedStyle($(loading, '[part=skeleton]')).display).to.equal('none');
    expect(getComputedStyle($(list, 'button[part=more]')).display).to.equal('none');
    expect(getComputedStyle($(list, 'article')).breakInside).to.equal('avoid');
    expect(getComputedStyle($(list, 'a[part=link]'), '::after').content).to.equal('" (https://example.org/program)"');
  });
});
