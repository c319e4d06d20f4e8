// The React, Vue and Svelte examples (examples/react, examples/vue, examples/svelte) as a front-end team gets them:
// the package packed with `npm pack`, the three examples copied out of the repository side by side, with one shared
// install of what their package.json files name (so three toolchains cost one install), then for each:
// - the README's snippet for it, added to it, and its type check passes; the check fails, with the errors a developer should get, once a file with three mistakes is
//   added (a misspelt tag, `program` given a number, a handler typed for another event);
// - `npm run build` (type check, then vite build; the three in parallel);
// - the built app opened in headless Chromium: the widgets render, the event handlers and the mount hook (which
//   comes after the feed may have loaded, and awaits the feed's `loaded`) see the feed, and the ids set as
//   properties show as attributes.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { installPacked, root, run, serve } from './util.mjs';

/** Generous: install, builds and the browser share the machine with whatever else runs. */
const WAIT = { timeout: 30_000, polling: 100 };

/**
 * Each example's file with three mistakes, and the errors its type check must give: for each mistake, the line of
 * the fixture that has it and the message. Svelte's own types accept any tag (svelte/elements.d.ts:
 * `[name: string]: { [name: string]: any }`), so a misspelt tag is no error there.
 */
const FRAMEWORKS = {
  react: {
    fixture: 'Broken.tsx',
    errors: {
      handler: [6, /error TS2322: [^]*Types of property ''onipw-feed-error'' are incompatible/],
      tag: [7, /error TS2339: Property 'ipw-program-crad' does not exist on type 'JSX\.IntrinsicElements'/],
      program: [8, /error TS2322: Type 'number' is not assignable to type 'string'/],
    },
  },
  vue: {
    fixture: 'Broken.vue',
    errors: {
      handler: [9, /error TS2322: Type '\(e: CustomEvent<ParsedFeed>\) => void' is not assignable/],
      tag: [10, /error TS2339: Property 'ipw-program-crad' does not exist/],
      program: [11, /error TS2322: Type 'number' is not assignable to type 'string'/],
    },
  },
  svelte: {
    fixture: 'Broken.svelte',
    errors: {
      handler: [8, /Error: Type '\(e: CustomEvent<ParsedFeed>\) => void' is not assignable/],
      program: [10, /Error: Type 'number' is not assignable to type 'string'/],
    },
  },
};
const NAMES = Object.keys(FRAMEWORKS);
/** Where the README's snippets of each framework go in its example, to be type-checked and built with it. */
const README_BLOCKS = { tsx: 'react/src/Readme.tsx', vue: 'vue/src/Readme.vue', svelte: 'svelte/src/Readme.svelte' };

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** Terminal colours: tools turn them on where `CI` is set (svelte-check does), as CI's own logs show them. */
const plain = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g'), '');

/** A command's output, whether it succeeds or fails, without colours. */
const outputOf = (command, args, cwd) =>
  run(command, args, cwd).then(
    (out) => ({ ok: true, out: plain(out) }),
    (error) => ({ ok: false, out: plain(error.message) }),
  );

describe(
  'the React, Vue and Svelte examples, packed, installed, type-checked, built and opened',
  { timeout: 900_000 },
  () => {
    let tmp, browser;
    const servers = [];
    const timings = {};
    const builds = {};
    const checks = {};

    before(
      async () => {
        assert.ok(existsSync(join(root, 'dist/types/react.d.ts')), 'dist/ is not built: run `npm run build` first');
        tmp = await mkdtemp(join(tmpdir(), 'ipw-frameworks-'));
        // One install for the three: the union of what their package.json files name (the same version where two
        // name one package), the package itself from its tarball.
        const wanted = new Map();
        for (const name of NAMES) {
          await cp(join(root, 'examples', name), join(tmp, name), {
            recursive: true,
            filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
          });
          const pkg = JSON.parse(await readFile(join(tmp, name, 'package.json'), 'utf8'));
          for (const [dep, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
            if (dep === 'ip-program-widgets') continue;
            assert.equal(wanted.get(dep) ?? version, version, `the examples name one version of ${dep}`);
            wanted.set(dep, version);
          }
        }
        const readme = await readFile(join(root, 'README.md'), 'utf8');
        for (const [language, file] of Object.entries(README_BLOCKS)) {
          const blocks = [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([^]*?)^\`\`\``, 'gm'))];
          assert.equal(blocks.length, 1, `README.md has one \`\`\`${language} block`);
          await writeFile(join(tmp, file), blocks[0][1]);
        }
        await writeFile(join(tmp, 'package.json'), '{ "private": true, "type": "module" }\n');
        let start = Date.now();
        await installPacked(tmp, ...[...wanted].map(([dep, version]) => `${dep}@${version}`));
        timings.install = Date.now() - start;
        start = Date.now();
        await Promise.all(
          NAMES.map(async (name) => (builds[name] = await outputOf('npm', ['run', 'build'], join(tmp, name)))),
        );
        timings.builds = Date.now() - start;
        start = Date.now();
        // Then each type check again, in parallel, with the file of mistakes added.
        await Promise.all(
          Object.entries(FRAMEWORKS).map(async ([name, { fixture }]) => {
            const file = join(tmp, name, 'src', fixture);
            await cp(join(root, 'test/fixtures/frameworks', fixture), file);
            checks[name] = await outputOf('npm', ['run', '--silent', 'typecheck'], join(tmp, name));
            await rm(file);
          }),
        );
        timings.checks = Date.now() - start;
      },
      { timeout: 900_000 },
    );
    after(async () => {
      console.log(
        `frameworks: install ${seconds(timings.install)}, three builds in parallel ${seconds(timings.builds)}, ` +
          `three type checks of mistakes in parallel ${seconds(timings.checks)}`,
      );
      await browser?.close();
      for (const server of servers) {
        server.closeAllConnections();
        server.close();
      }
      if (tmp) await rm(tmp, { recursive: true, force: true });
    });

    for (const name of NAMES)
      test(`${name}: npm run build type-checks and builds the example, with the README's snippet`, () => {
        assert.ok(builds[name].ok, builds[name].out);
        assert.ok(existsSync(join(tmp, name, 'dist/index.html')));
      });

    for (const [name, { fixture, errors }] of Object.entries(FRAMEWORKS))
      test(`${name}: the type check finds a ${Object.keys(errors).join(', a ')} mistake`, () => {
        const { ok, out } = checks[name];
        assert.equal(ok, false, `the type check passed:\n${out}`);
        // Each error where its mistake is (tsc and vue-tsc write `file(line,column)`, svelte-check `file:line:column`),
        // and none anywhere else.
        const at = (line) => `${fixture}(?:\\(${line},|:${line}:)`;
        for (const [mistake, [line, message]] of Object.entries(errors))
          assert.match(out, new RegExp(`${at(line)}[^]*?${message.source}`), `the ${mistake} mistake, line ${line}`);
        const lines = [...out.matchAll(new RegExp(`${fixture.replace('.', '\\.')}(?:\\((\\d+),|:(\\d+):)`, 'g'))];
        assert.deepEqual(
          [...new Set(lines.map((m) => Number(m[1] ?? m[2])))].sort((a, b) => a - b),
          Object.values(errors).map(([line]) => line),
          out,
        );
      });

    describe('in Chromium', () => {
      before(async () => {
        browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
      });

      /** Opens an example's built app, with every console error and page error recorded in `errors`. */
      async function open(name) {
        const server = await serve(join(tmp, name, 'dist'));
        servers.push(server);
        const page = await browser.newPage();
        const errors = [];
        // A built Vite app names no favicon, and Chromium asks for one: not an error of the page's.
        const favicon = (url = '') => url.endsWith('/favicon.ico');
        page.on('console', (m) => m.type() === 'error' && !favicon(m.location()?.url) && errors.push(m.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
        page.on('response', (r) => r.status() >= 400 && !favicon(r.url()) && errors.push(`${r.url()}: ${r.status()}`));
        await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
        return { page, errors };
      }
      /** The text a reader sees of each element of `selector`, shadow roots included. */
      const textsOf = (page, selector) =>
        page.$$eval(selector, (els) => els.map((el) => (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim()));

      for (const name of NAMES)
        test(`${name}: the widgets render, the handlers and the mount hook see the feed, ids show as attributes`, async () => {
          const { page, errors } = await open(name);
          try {
            await page.waitForFunction(
              () =>
                /^\d+ programs$/.test(document.getElementById('loaded').textContent) &&
                document.getElementById('mounted').textContent.startsWith('ready'),
              WAIT,
            );
            const loaded = await page.$eval('#loaded', (el) => el.textContent);
            assert.equal(await page.$eval('#mounted', (el) => el.textContent), `ready: ${loaded}`);
            await page.waitForFunction(() => document.getElementById('listed').textContent !== '', WAIT);
            assert.equal(await page.$eval('#listed', (el) => el.textContent), '2 programs listed');

            // Set as properties by the framework, shown as attributes.
            for (const selector of [
              'ipw-program-card[program="wipo-cipo-executive-2024"]',
              'ipw-participant-badge[stat="alumni"]',
              'ipw-program-list[organizer="cipo"]',
            ])
              assert.ok(await page.$(selector), selector);

            await page.waitForFunction(
              () =>
                [...document.querySelectorAll('ipw-program-card, ipw-participant-badge, ipw-program-list')].every(
                  (el) => el.shadowRoot?.querySelector('[part=base]:not([aria-busy])'),
                ),
              WAIT,
            );
            const [card] = await textsOf(page, 'ipw-program-card[program="wipo-cipo-executive-2024"]');
            assert.match(card, /WIPO–CIPO Executive Training Program/);
            assert.match(card, /October 7\s*–\s*11, 2024/);
            assert.match((await textsOf(page, 'ipw-participant-badge'))[0], /200\+ participants/);
            // The list: the feed object's CIPO programs, oldest first, each heading one level below the page's h2.
            const titles = await page.$eval('ipw-program-list', (el) =>
              [...el.shadowRoot.querySelectorAll('article h3')].map((h) => h.textContent.trim()),
            );
            assert.deepEqual(titles, ['Executive Program', 'Executive Training Program']);

            if (name === 'react') {
              // The React component, with its onFeedLoad prop.
              await page.waitForFunction(() => document.getElementById('wrapped').textContent !== '', WAIT);
              assert.equal(await page.$eval('#wrapped', (el) => el.textContent), "2 programs in the component's feed");
              assert.match(
                (await textsOf(page, 'ipw-program-card[program="etp-2024"]'))[0],
                /Executive Training Program/,
              );
            }
            assert.deepEqual(errors, []);
          } finally {
            await page.close();
          }
        });
    });
  },
);
