// The README's CDN snippet (scripts/sri.mjs writes it): the version it names is the package's, its integrity hash is
// that of the dist/ipw.js there is, and a browser runs the file it names with that hash, and refuses a file that
// differs by one byte. The "CDN" is a second local origin that serves the file as jsDelivr does, with
// `access-control-allow-origin: *`, at the same path.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { root, serve } from './util.mjs';

const WAIT = { timeout: 20_000, polling: 100 };
const CDN = 'https://cdn.jsdelivr.net';

describe('the README’s CDN snippet', () => {
  let readme, pkg, bundle, snippet;
  before(async () => {
    readme = await readFile(join(root, 'README.md'), 'utf8');
    pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    bundle = await readFile(join(root, 'dist/ipw.js'));
    snippet = readme.match(
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/[^"]*" integrity="[^"]*"[^>]*><\/script>/,
    )?.[0];
  });

  test('names this version of the package, and the hash of the dist/ipw.js built from this source', () => {
    assert.ok(snippet, 'README.md has a script tag that loads ipw.js from jsDelivr with an integrity hash');
    const [, name, version, path] = snippet.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/(.+)@([^/]+)\/(\S+)"/);
    assert.deepEqual([name, version, path], [pkg.name, pkg.version, 'dist/ipw.js']);
    const hash = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
    assert.equal(
      snippet.match(/integrity="([^"]*)"/)[1],
      hash,
      'dist/ipw.js has changed: `node scripts/sri.mjs --write` puts its hash in README.md',
    );
    assert.match(snippet, /crossorigin="anonymous"/);
  });

  test('the files ipw.js loads from beside it are each named where the README says what to copy, and by the CDN', async () => {
    const { readdir } = await import('node:fs/promises');
    const lazy = (await readdir(join(root, 'dist'))).filter((f) => /^ipw-[\w-]+\.js$/.test(f));
    assert.ok(lazy.length >= 6, `the lazy files: ${lazy.join(', ')}`);
    const dropIn = readme.match(/^- \*\*Drop-in\*\*.*$/m)[0];
    const cdn = readme.match(/^ {2}The hash is that of.*$/m)[0];
    for (const file of lazy) {
      assert.ok(dropIn.includes(`\`${file}\``), `the Drop-in bullet names ${file}`);
      assert.ok(cdn.includes(`\`${file}\``), `the CDN paragraph names ${file}`);
    }
  });

  describe('in Chromium', { timeout: 120_000 }, () => {
    let tmp, cdn, site, browser;
    before(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'ipw-cdn-'));
      const files = join(tmp, 'cdn', 'npm', `${pkg.name}@${pkg.version}`, 'dist');
      await mkdir(files, { recursive: true });
      await writeFile(join(files, 'ipw.js'), bundle);
      cdn = await serve(join(tmp, 'cdn'), { 'access-control-allow-origin': '*' });
      const local = `http://127.0.0.1:${cdn.address().port}`;
      await mkdir(join(tmp, 'site'));
      await cp(join(root, 'feeds'), join(tmp, 'site'), { recursive: true });
      await writeFile(
        join(tmp, 'site', 'index.html'),
        `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>CDN</title>\n<link rel="icon" href="data:,">\n${snippet.replace(CDN, local)}\n` +
          '<ipw-feed src="wipo-cipo-2024.json"><ipw-participant-badge stat="alumni"></ipw-participant-badge></ipw-feed>\n',
      );
      site = await serve(join(tmp, 'site'));
      browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    });
    after(async () => {
      await browser?.close();
      for (const server of [cdn, site]) {
        server?.closeAllConnections();
        server?.close();
      }
      if (tmp) await rm(tmp, { recursive: true, force: true });
    });

    /** Opens the page; resolves with it and the console errors it gave. */
    async function open() {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${site.address().port}/`, { waitUntil: 'load' });
      return { page, errors };
    }

    test('runs the file the hash was made from: the widgets render', async () => {
      const { page, errors } = await open();
      try {
        await page.waitForFunction(
          () => document.querySelector('ipw-participant-badge')?.shadowRoot?.textContent.includes('200+'),
          WAIT,
        );
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    test('refuses a file that differs by one byte', async () => {
      const file = join(tmp, 'cdn', 'npm', `${pkg.name}@${pkg.version}`, 'dist', 'ipw.js');
      await writeFile(file, Buffer.concat([bundle, Buffer.from('\n')]));
      const { page, errors } = await open();
      try {
        // The browser says why on the console: wait for it, generously.
        for (const start = Date.now(); !errors.some((e) => /integrity/i.test(e)) && Date.now() - start < WAIT.timeout;)
          await new Promise((resolve) => setTimeout(resolve, WAIT.polling));
        assert.match(errors.join('\n'), /integrity/i);
        assert.equal(await page.evaluate(() => customElements.get('ipw-feed')), undefined);
      } finally {
        await page.close();
        await writeFile(file, bundle);
      }
    });
  });
});
