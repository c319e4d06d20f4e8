// The news page printed, as Chromium prints it to PDF (the `npm start` server, the address it prints): every card
// whole on one page where it fits, links spelt out, light in a dark theme, no placeholder and no button. The PDF's
// text is read with PDF.js, as a reader's PDF viewer would.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { startDemo } from './util.mjs';

let address;
let stop;
let browser;

before(async () => {
  ({ address, stop } = await startDemo());
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  stop?.();
});

/** The news page in `lang` and `scheme`, printed to A4: its pages' text, each folded to one line. */
async function print(lang, scheme) {
  const page = await browser.newPage();
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${address}?lang=${lang}`, { waitUntil: 'networkidle0' });
    // Taken over by the script: every widget out of its loading state.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('ipw-program-card, ipw-program-list, ipw-agreement-timeline')].every(
          (el) => el.shadowRoot?.querySelector('[part=base]:not([aria-busy])') && el.hasUpdated,
        ),
      { timeout: 60_000 },
    );
    // On paper the widgets are light, whatever the scheme, even where a webmaster set theme="dark".
    if (scheme === 'dark')
      await page.evaluate(() => document.querySelectorAll('ipw-feed').forEach((f) => f.setAttribute('theme', 'dark')));
    await page.emulateMediaType('print');
    const [background, text] = await page.evaluate(() => {
      const card = document.querySelector('ipw-program-card').shadowRoot.querySelector('[part=card]');
      return [getComputedStyle(card).backgroundColor, getComputedStyle(card).color];
    });
    assert.equal(background, 'rgb(255, 255, 255)');
    assert.equal(text, 'rgb(27, 31, 36)');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1.5cm', bottom: '1.5cm' } });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, verbosity: 0 }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      pages.push(
        items
          .map((i) => i.str + (i.hasEOL ? ' ' : ''))
          .join('')
          .replace(/\s+/g, ' '),
      );
    }
    await doc.destroy();
    return pages;
  } finally {
    await page.close();
  }
}

for (const scheme of ['light', 'dark'])
  test(`the news page printed (${scheme === 'dark' ? 'a dark preference, and theme="dark"' : 'light'}): cards whole, links spelt out, no placeholder or button`, async () => {
    const pages = await print('en', scheme);
    assert.ok(pages.length >= 1 && pages.length <= 6, `${pages.length} pages`);
    const all = pages.join(' ');
    for (const fact of ['WIPO–CIPO Executive Training Program', 'Hasan Kleib', 'Examiner training', '200+'])
      assert.ok(all.includes(fact), `"${fact}" is not in the PDF`);
    // The card's link, spelt out, on the same page as the card's title: the card is whole.
    const card = pages.find((p) => p.includes('Learn more (https://www.wipo.int/academy/en/)'));
    assert.ok(card, 'the card’s link is not spelt out');
    assert.ok(card.includes('Dates') && card.includes('Organized by'), 'the card is split across pages');
    assert.ok(!all.includes('Loading…'), 'a loading placeholder was printed');
  });
