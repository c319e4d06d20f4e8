import { expect } from '@open-wc/testing';
import { countryName, formatCount, formatDate, formatRange, plural } from '../../src/i18n/format.js';
import { loadMessages, messagesFor, UI_LANGUAGES } from '../../src/i18n/messages.js';

// These run in Chromium, Firefox and WebKit (npm run test:engines): each pins an
// output that engines could give differently, and that is the same everywhere on purpose.
const range = (start: string, end: string, lang: string) =>
  formatRange(start, end, lang)
    .map((p) => p.value)
    .join('')
    .replace(/\s/g, ' ');

describe('formatting through Intl, the same in every engine', () => {
  before(() => Promise.all(UI_LANGUAGES.map(loadMessages)));

  it('shows partial dates as what they are', () => {
    expect(formatDate('1997', 'en')).to.equal('1997');
    expect(formatDate('2024-10', 'en')).to.equal('October 2024');
    expect(formatDate('2024-10', 'fr')).to.equal('octobre 2024');
    expect(formatDate('2024-10-07', 'fr')).to.equal('7 octobre 2024');
    expect(formatDate('0097', 'en')).to.equal('97');
  });

  it('writes Arabic with Latin digits unless the page asks for Arabic-Indic ones', () => {
    // WebKit's own default for plain "ar" is Arabic-Indic digits; Chromium's and Firefox's are Latin.
    expect(formatDate('2024-10-07', 'ar')).to.equal('7 أكتوبر 2024');
    expect(formatCount({ value: 200, qualifier: 'over' }, 'ar')).to.equal('أكثر من 200');
    expect(formatDate('2024-10-07', 'ar-u-nu-arab')).to.equal('٧ أكتوبر ٢٠٢٤');
  });

  it('formats ranges in the reader’s language', () => {
    expect(range('2024-10-07', '2024-10-11', 'fr')).to.equal('7–11 octobre 2024');
    expect(range('2024-10-07', '2024-10-11', 'en')).to.equal('October 7 – 11, 2024');
    expect(range('2024-10-07', '2024-10-07', 'en')).to.equal('October 7, 2024');
  });

  it('names countries from ISO 3166 codes, never from UN M.49 regions', () => {
    // Regions (Africa 002, Asia 142) come from the feed as text: Chromium does not name M.49 codes.
    expect(countryName('CA', 'fr')).to.equal('Canada');
    expect(countryName('CA', 'ar')).to.equal('كندا');
    expect(countryName('CH', 'zh')).to.equal('瑞士');
    // Codes the browser knows only as placeholders ("Unknown Region", "Pseudo-Accents") are shown as they are.
    for (const code of ['zz', 'XA', 'xb', 'QQ']) expect(countryName(code, 'en'), code).to.equal(code);
  });

  it('picks plural forms by the language’s rules', () => {
    const people = (n: number, lang: string) => plural(n, messagesFor(lang).people, lang);
    expect([1, 9].map((n) => people(n, 'en'))).to.deep.equal(['participant', 'participants']);
    expect([1, 2, 5, 21].map((n) => people(n, 'ru'))).to.deep.equal([
      'участник',
      'участника',
      'участников',
      'участник',
    ]);
    expect([1, 9, 11, 100].map((n) => people(n, 'ar'))).to.deep.equal(['مشارك', 'مشاركين', 'مشاركًا', 'مشارك']);
  });

  it('falls back to English for an invalid language tag instead of throwing', () => {
    expect(formatDate('2024-10', 'not_a_tag')).to.equal('October 2024');
  });
});
