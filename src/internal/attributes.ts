import { closeTo } from '../feed/errors.js';

/** Attributes every element may have: never taken for a misspelling of one of ours. */
const GLOBAL = new Set([
  'id',
  'class',
  'style',
  'lang',
  'dir',
  'title',
  'hidden',
  'slot',
  'part',
  'role',
  'tabindex',
  'translate',
  'inert',
  'is',
  'exportparts',
  'nonce',
  'popover',
]);

/**
 * Tells the console of each attribute that is nearly one of the element's own (`scr` for `src`, `programm` for
 * `program`): an element does nothing with it, and without a word the webmaster would not know why.
 */
export function warnMisspelt(el: HTMLElement, own: readonly string[]) {
  for (const { name } of el.attributes) {
    if (own.includes(name) || GLOBAL.has(name) || /^(data|aria)-/.test(name)) continue;
    const meant = own.find((known) => closeTo(name, known, 2));
    if (meant) console.warn(`<${el.localName}>: it has no ${name} attribute; did you mean ${meant}?`);
  }
}
