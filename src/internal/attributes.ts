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

/** The attributes that only change a look or a wait, whose wrong value gives the default rather than an error. */
const SETTINGS: Record<string, [valid: (value: string) => boolean, expected: string, instead: string]> = {
  'heading-level': [
    (v) => /^\s*[2-6]\s*$/.test(v),
    '2, 3, 4, 5 or 6: the page has the h1',
    'the closest level (3 for a word)',
  ],
  theme: [(v) => ['light', 'dark', 'auto'].includes(v), 'light, dark or auto', "the page's colours"],
  timeout: [(v) => Number(v) > 0, 'a number of milliseconds, more than 0', '10000'],
};

/** Tells the console of a setting's value that is not valid (`heading-level="7"`, `theme="drak"`), and what is used. */
export function warnInvalid(el: HTMLElement, name: string, value: string | null) {
  const setting = SETTINGS[name];
  if (value === null || !setting || setting[0](value)) return;
  console.warn(`<${el.localName}>: ${name}="${value}" is not valid (expected ${setting[1]}); using ${setting[2]}`);
}
