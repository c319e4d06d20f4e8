import { closeTo } from '../feed/errors.js';

// The words of `checkAttribute` (attributes.ts): loaded by the pages that have a slip to tell, only.

/** What each setting expects, and what it uses instead of a value that is not valid. */
const SETTINGS: Record<string, [expected: string, instead: string]> = {
  'heading-level': ['2, 3, 4, 5 or 6: the page has the h1', 'the closest level (3 for a word)'],
  theme: ['light, dark or auto', "the page's colours"],
  timeout: ['a number of milliseconds, more than 0', '10000'],
};

/** Tells the console of a setting's value that is not valid, or of an attribute that is nearly one of the element's own. */
export function tell(el: HTMLElement, own: readonly string[], name: string, value: string) {
  const setting = SETTINGS[name];
  if (setting)
    return console.warn(
      `<${el.localName}>: ${name}="${value}" is not valid (expected ${setting[0]}); using ${setting[1]}`,
    );
  const meant = own.find((known) => closeTo(name, known, 2));
  if (meant) console.warn(`<${el.localName}>: it has no ${name} attribute; did you mean ${meant}?`);
}
