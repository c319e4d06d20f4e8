import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { settled } from '../helpers.js';
import { rendered } from '../robustness/util.js';
import { newsWidgets } from './util.js';

// Nothing a widget draws moves: no animation and no transition, in any state (the loading placeholder is still), so
// there is nothing for `prefers-reduced-motion: reduce` to stop, and nothing to stop for readers who never set it.

/** Every element of a shadow root, with its ::before and ::after, that animates or transitions. */
function moving(el: Element) {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*'))
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(node, pseudo);
      const transitions = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      if ((style.animationName && style.animationName !== 'none') || transitions)
        found.push(
          `${el.localName} ${node.localName}${pseudo ?? ''}: ${style.animationName} ${style.transitionDuration}`,
        );
    }
  return found;
}

describe('motion', () => {
  after(() => emulateMedia({ reducedMotion: 'no-preference' }).catch(() => {}));

  for (const preference of ['no-preference', 'reduce'] as const)
    it(`nothing moves, in content, loading, error and empty states (prefers-reduced-motion: ${preference})`, async () => {
      // Firefox over WebDriver BiDi cannot emulate it: the check without the preference still holds there.
      const emulated = await emulateMedia({ reducedMotion: preference }).then(
        () => true,
        () => false,
      );
      if (emulated) expect(matchMedia(`(prefers-reduced-motion: ${preference})`).matches).to.equal(true);
      const { widgets } = await newsWidgets('en');
      const states = await fixture<HTMLDivElement>(
        html`<div>
          <ipw-feed><ipw-program-card program="p"></ipw-program-card></ipw-feed>
          <ipw-feed src="/feeds/wipo-cipo-2024.json"><ipw-program-list year="1900"></ipw-program-list></ipw-feed>
          <ipw-program-card></ipw-program-card>
        </div>`,
      );
      const others = [...states.querySelectorAll<HTMLElement>('ipw-program-card, ipw-program-list')];
      await settled(...others);
      await Promise.all([rendered(others[1], 15_000), rendered(others[2], 15_000)]);
      const parts = others.map((el) => el.shadowRoot!.querySelector('[part=skeleton], [part=empty], [part=error]'));
      expect(parts.map((p) => p?.getAttribute('part'))).to.deep.equal(['skeleton', 'empty', 'error']);
      for (const el of [...widgets, ...others]) expect(moving(el)).to.deep.equal([]);
    });
});
