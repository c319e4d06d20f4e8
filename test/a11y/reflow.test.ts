import { expect } from '@open-wc/testing';
import { newsWidgets } from './util.js';

// WCAG 1.4.10 (reflow) and 1.4.12 (text spacing), in English, French and Arabic: at 320 CSS pixels, the width of a
// 1280-pixel window zoomed to 400%, nothing is cut off or needs sideways scrolling; with a reader's text spacing
// (line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 em) no text is clipped or overlaps.

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Applies a reader's style sheet to the page and inside every widget, as a bookmarklet or a user style would. */
function applyTextSpacing(widgets: Element[]) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const el of widgets) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The elements of a widget that hold text of their own, as a reader sees them (the visually hidden ones left out). */
const texts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (e) =>
      !e.closest('.vh') &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      e.getClientRects().length,
  );

/** What does not fit in `box`: elements reaching beyond its sides, boxes that clip their own content. */
function cutOff(el: Element, box: DOMRect) {
  const found: string[] = [];
  for (const e of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (e.closest('.vh') || !e.getClientRects().length) continue;
    const r = e.getBoundingClientRect();
    const name = `${el.localName} ${e.localName}.${e.className}`;
    if (r.left < box.left - 1 || r.right > box.right + 1)
      found.push(`${name} reaches beyond 320 px (${r.left}–${r.right})`);
    const style = getComputedStyle(e);
    if (
      /hidden|clip/.test(style.overflow) &&
      (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
    )
      found.push(
        `${name} clips its content (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`,
      );
  }
  return found;
}

/** Text boxes of one widget that overlap one another (an element and what is inside it are not counted). */
function overlaps(el: Element) {
  const boxes = texts(el).map((e) => ({ e, rects: [...e.getClientRects()] }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
      const hit = a.rects.some((r) =>
        b.rects.some(
          (s) => r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1,
        ),
      );
      if (hit)
        found.push(
          `${el.localName}: "${a.e.textContent!.trim().slice(0, 30)}" and "${b.e.textContent!.trim().slice(0, 30)}"`,
        );
    }
  return found;
}

describe('reflow at 320 px and text spacing', () => {
  for (const lang of ['en', 'fr', 'ar'])
    it(`fits 320 px, and keeps every text whole and apart with a reader's text spacing (${lang})`, async () => {
      const { page, widgets } = await newsWidgets(lang, 'inline-size: 320px');
      const box = page.getBoundingClientRect();
      expect(box.width).to.equal(320);
      for (const el of widgets) {
        expect(cutOff(el, box), 'at 320 px').to.deep.equal([]);
        expect(overlaps(el), 'at 320 px').to.deep.equal([]);
      }
      const restore = applyTextSpacing(widgets);
      try {
        for (const el of widgets) {
          expect(cutOff(el, box), 'with text spacing').to.deep.equal([]);
          expect(overlaps(el), 'with text spacing').to.deep.equal([]);
        }
        expect(page.scrollWidth, 'sideways scrolling').to.be.at.most(320);
      } finally {
        restore();
      }
    });
});
