import { expect } from '@open-wc/testing';
import { defineAll, ELEMENTS } from '../src/define.js';
import { captureConsole } from './helpers.js';

describe('defineAll', () => {
  it('registers every element', () => {
    for (const [tag, element] of Object.entries(ELEMENTS)) expect(customElements.get(tag)).to.equal(element);
  });

  it('tolerates tags that are already defined: no exception, one warning at most', () => {
    const console_ = captureConsole();
    try {
      expect(() => defineAll()).not.to.throw();
      expect(console_.warnings).to.deep.equal([]);
      // Another registry where another copy took <ipw-feed> first: an iframe's (scoped registries are Chromium-only).
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const registry = frame.contentWindow!.customElements;
      registry.define('ipw-feed', class extends (frame.contentWindow as typeof window).HTMLElement {});
      expect(() => defineAll(registry)).not.to.throw();
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('<ipw-feed> already defined by another copy');
      expect(registry.get('ipw-program-card')).to.equal(ELEMENTS['ipw-program-card']);
      frame.remove();
    } finally {
      console_.restore();
    }
  });
});
