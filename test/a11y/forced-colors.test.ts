import { expect, fixture, html } from '@open-wc/testing';
import { contrast, emulate, newsWidgets, systemColor } from './util.js';

// Windows high contrast (forced colors), emulated through Chromium's DevTools protocol: the browser replaces every
// color with the reader's few system colors and drops backgrounds. What a widget drew only with a background (a
// timeline dot, a chip, the loading placeholder) would vanish; each must keep an edge a reader can see.

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** What a reader sees of an element's edge: its border's width and its contrast with the page (`Canvas`). */
function edge(el: Element, pseudo?: string) {
  const style = getComputedStyle(el, pseudo);
  const side = ['Top', 'Right', 'Bottom', 'Left'].find((s) => parseFloat(style[`border${s}Width` as 'borderTopWidth']));
  if (!side) return { width: 0, contrast: 1 };
  return {
    width: parseFloat(style[`border${side}Width` as 'borderTopWidth']),
    contrast: contrast(style[`border${side}Color` as 'borderTopColor'], systemColor('Canvas')),
  };
}

describe('forced colors (Windows high contrast)', function () {
  before(async function () {
    if (!(await emulate([{ name: 'forced-colors', value: 'active' }]))) this.skip();
  });
  after(() => emulate([{ name: 'forced-colors', value: 'none' }]));

  it('is what the page is emulating', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const lang of ['en', 'ar'])
    it(`keeps the timeline's dots and line, chips, badges and cards visible (${lang})`, async () => {
      const { page } = await newsWidgets(lang);
      const timeline = page.querySelector('ipw-agreement-timeline')!;
      const [first, ...rest] = [...timeline.shadowRoot!.querySelectorAll('.event')];
      expect(rest).not.to.be.empty;
      const seen = {
        'timeline dot': edge(first, '::before'),
        'timeline line': edge(first, '::after'),
        'topic chip': edge($(page.querySelector('ipw-topic-list')!, '[part=topic]')),
        'card border': edge($(page.querySelector('ipw-program-card')!, '[part=card]')),
        'inline badge': edge($(page.querySelector('ipw-participant-badge')!, '[part=badge]')),
      };
      for (const [what, { width, contrast: ratio }] of Object.entries(seen)) {
        expect(width, `${what}: border width`).to.be.greaterThan(0);
        expect(ratio, `${what}: contrast with the page`).to.be.at.least(3);
      }
      // The dot stays round and the line runs below it, in the reader's system color.
      expect(getComputedStyle(first, '::before').borderRadius).to.equal('50%');
    });

  it('shows a focus ring in a system color on a link', async () => {
    const { page } = await newsWidgets('en');
    const link = $(page.querySelector('ipw-program-card')!, 'a[part=link]');
    link.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).not.to.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(contrast(style.outlineColor, systemColor('Canvas'))).to.be.at.least(3);
  });

  it('keeps the loading placeholder visible', async () => {
    const el = await fixture(html`<ipw-feed><ipw-program-card program="p"></ipw-program-card></ipw-feed>`);
    const card = el.querySelector('ipw-program-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const skeleton = $(card, '[part=skeleton]');
    const { width, contrast: ratio } = edge(skeleton);
    expect(width).to.be.greaterThan(0);
    expect(ratio).to.be.at.least(3);
  });
});
