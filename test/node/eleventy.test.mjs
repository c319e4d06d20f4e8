// The Eleventy example (examples/eleventy/) as a user gets it: the package packed with `npm pack`, the example
// copied out of the repository, installed from npm's cache (the registry only for what the cache lacks), built
// with `npm run build`. Its pages are then read twice: as files, the way a search engine reads them, and served
// to headless Chromium, where ipw.js takes the widgets over. The package is packed from the dist/ there is
// (`npm test` builds it first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { installPacked, root, run, serve, textOf, tight } from './util.mjs';

const PROGRAM = { en: 'WIPO–CIPO Executive Training Program', fr: 'Programme OMPI–OPIC de formation des cadres' };
/** The facts each page must give before any script runs. */
const FACTS = {
  en: [
    PROGRAM.en,
    'October 7–11, 2024',
    'CIPO headquarters, Gatineau, Canada',
    '9 participants from Africa, Asia, and Latin America',
    '200+ participants from nearly 90 countries since 1997',
    'Memorandum of understanding signed',
  ],
  fr: [
    PROGRAM.fr,
    '7–11 octobre 2024',
    'siège de l’OPIC, Gatineau, Canada',
    '9 participants (Afrique, Asie et Amérique latine)',
    'plus de 200 participants de près de 90 pays depuis 1997',
    'Signature du protocole d’entente',
  ],
};
const PAGES = { en: 'index.html', fr: 'fr/index.html' };
/** Generous: install, build and the browser share the machine with whatever else runs. */
const WAIT = { timeout: 20_000, polling: 100 };

describe('the Eleventy example, packed, installed and built', { timeout: 300_000 }, () => {
  let tmp, site, buildLog, server, origin, browser;

  before(
    async () => {
      assert.ok(existsSync(join(root, 'dist/server/index.js')), 'dist/ is not built: run `npm run build` first');
      tmp = await mkdtemp(join(tmpdir(), 'ipw-eleventy-'));
      site = join(tmp, 'site');
      await cp(join(root, 'examples/eleventy'), site, {
        recursive: true,
        filter: (path) => !/[\\/](node_modules|_site)$/.test(path),
      });
      await installPacked(site, '@11ty/eleventy@3.1.8');
      buildLog = await run('npm', ['run', 'build'], site);
    },
    { timeout: 300_000 },
  );
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test('the build renders every page without an error', () => {
    assert.match(buildLog, /Wrote 2 files/);
    assert.doesNotMatch(buildLog, /ipw-feed:|ip-program-widgets\/server:|\[ipw-render\]/);
  });

  test('the built site holds ipw.js, the feed and its image', () => {
    for (const file of ['ipw.js', 'feeds/wipo-cipo-2024.json', 'feeds/images/wipo-cipo-2024.svg'])
      assert.ok(existsSync(join(site, '_site', file)), `_site/${file}`);
  });

  for (const [lang, page] of Object.entries(PAGES)) {
    test(`${page}: the program's facts, in ${lang}, readable without JavaScript`, async () => {
      const html = await readFile(join(site, '_site', page), 'utf8');
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.match(html, /<template [^>]*shadowrootmode="open"/);
      const text = tight(textOf(html));
      for (const fact of FACTS[lang]) assert.ok(text.includes(tight(fact)), `${page} says "${fact}"`);

      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^]*?)<\/script>/g)];
      assert.equal(jsonLd.length, 1, 'one <script type="application/ld+json">');
      const events = JSON.parse(jsonLd[0][1])['@graph'].filter((item) => item['@type'] === 'EducationEvent');
      assert.deepEqual(
        events.map((e) => [e.name, e.startDate, e.endDate]),
        [[PROGRAM[lang], '2024-10-07', '2024-10-11']],
      );
    });
  }

  describe('in Chromium', () => {
    before(async () => {
      server = await serve(join(site, '_site'));
      origin = `http://127.0.0.1:${server.address().port}`;
      browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    });

    /** Opens a page of the site, with every console error and page error it gives recorded in `errors`. */
    async function open(path) {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(origin + path, { waitUntil: 'load' });
      return { page, errors };
    }

    /** True once every widget on the page is live: its styles adopted, no server <style>, one [part=base]. */
    const live = () => {
      const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ipw-'));
      return (
        widgets.length > 0 &&
        widgets.every((e) => {
          const root = e.shadowRoot;
          return (
            customElements.get(e.localName) &&
            root?.adoptedStyleSheets.length > 0 &&
            !root.querySelector('style') &&
            (e.localName === 'ipw-feed' || root.querySelectorAll('[part=base]').length === 1)
          );
        })
      );
    };
    /** Whether the program card's text holds each of `facts`, written as `tight()` writes them. */
    const cardSays = (...facts) => {
      const text = document
        .querySelector('ipw-program-card')
        .shadowRoot.textContent.replace(/\s+/g, ' ')
        .replace(/\s*–\s*/g, '–');
      return facts.every((fact) => text.includes(fact));
    };

    for (const [lang, page] of Object.entries(PAGES)) {
      test(`${page}: ipw.js takes the widgets over, without an error`, async () => {
        const { page: tab, errors } = await open(`/${page.replace('index.html', '')}`);
        try {
          await tab.waitForFunction(live, WAIT);
          await tab.waitForFunction(cardSays, WAIT, ...FACTS[lang].slice(0, 3));
          assert.deepEqual(errors, []);
        } finally {
          await tab.close();
        }
      });
    }

    test('on the English page, the card follows <html lang> to French', async () => {
      const { page, errors } = await open('/');
      try {
        await page.waitForFunction(live, WAIT);
        await page.evaluate(() => (document.documentElement.lang = 'fr'));
        await page.waitForFunction(cardSays, WAIT, PROGRAM.fr, FACTS.fr[1]);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  });
});
