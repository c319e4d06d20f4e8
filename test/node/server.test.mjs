// Server rendering in Node, on the built package (dist/): every element in en, fr and ar, the three ways
// <ipw-feed> gets its feed, any import order of Lit's DOM shim, relative links, failures that must not throw,
// and the `ipw` command. What a search engine reads: the HTML text, tags stripped.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import process from 'node:process';
import { promisify } from 'node:util';
import { renderHtml } from '../../dist/server/index.js';
import { root, textOf, tight } from './util.mjs';

const FEED = join(root, 'feeds/wipo-cipo-2024.json');
const feedText = readFileSync(FEED, 'utf8');
const PROGRAM = 'wipo-cipo-executive-2024';
const run = promisify(execFile);

const shadowRoots = (out) => out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;
/** Runs `fn` with console.error and console.warn recorded (and quiet); resolves with what it returned and what was said. */
async function quietly(fn) {
  const said = [];
  const { error, warn, groupCollapsed, groupEnd } = console;
  console.error = console.warn = console.groupCollapsed = (...args) => said.push(args.map(String).join(' '));
  console.groupEnd = () => {};
  try {
    return { value: await fn(), said };
  } finally {
    Object.assign(console, { error, warn, groupCollapsed, groupEnd });
  }
}

const WIDGETS = {
  'ipw-program-card': `<ipw-program-card program="${PROGRAM}"></ipw-program-card>`,
  'ipw-program-list': `<ipw-program-list limit="1"></ipw-program-list>`,
  'ipw-topic-list': `<ipw-topic-list program="${PROGRAM}"></ipw-topic-list>`,
  'ipw-agreement-timeline': `<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>`,
  'ipw-participant-badge': `<ipw-participant-badge stat="alumni"></ipw-participant-badge>`,
};
/** What each element shows, by language: facts of the default feed, in the words of the interface. */
const EXPECTED = {
  en: {
    'ipw-program-card': [
      'WIPO–CIPO Executive Training Program',
      'October 7–11,2024',
      'CIPO headquarters,Gatineau,Canada',
      '9 participants from Africa,Asia,and Latin America',
      'Organized by WIPO and CIPO',
    ],
    'ipw-program-list': ['WIPO–CIPO Executive Training Program', 'October 7–11,2024'],
    'ipw-topic-list': [
      'IP offices as catalysts for innovation',
      'IT modernization',
      'Economic research and IP analytics',
    ],
    'ipw-agreement-timeline': [
      '1997',
      'October 7,2024',
      'Memorandum of understanding signed',
      'Hasan Kleib',
      'Konstantinos Georgaras',
    ],
    'ipw-participant-badge': ['Over 200 participants from nearly 90 countries since 1997', '200+'],
  },
  fr: {
    'ipw-program-card': [
      'Programme OMPI–OPIC de formation des cadres',
      '7–11 octobre 2024',
      'siège de l’OPIC,Gatineau,Canada',
      'Organisé par OMPI et OPIC',
    ],
    'ipw-program-list': ['Programme OMPI–OPIC de formation des cadres', '7–11 octobre 2024'],
    'ipw-topic-list': ['Les offices de PI,catalyseurs de l’innovation', 'Modernisation des TI'],
    'ipw-agreement-timeline': ['Signature du protocole d’entente', '7 octobre 2024', 'Hasan Kleib'],
    'ipw-participant-badge': ['Plus de 200 participants de près de 90 pays depuis 1997'],
  },
  ar: {
    'ipw-program-card': ['التواريخ', '7–11 أكتوبر 2024', 'المشاركون', 'كندا'],
    'ipw-program-list': ['التواريخ', '7–11 أكتوبر 2024'],
    'ipw-topic-list': ['تحديث تكنولوجيا المعلومات'],
    'ipw-agreement-timeline': ['الأطراف', '7 أكتوبر 2024'],
    'ipw-participant-badge': ['أكثر من 200 مشارك من قرابة 90 دولة منذ 1997'],
  },
};

describe('renderHtml: each element, in English, French and Arabic', () => {
  for (const [lang, widgets] of Object.entries(EXPECTED))
    for (const [tag, facts] of Object.entries(widgets))
      test(`<${tag}> in ${lang}`, async () => {
        const out = await renderHtml(`<ipw-feed>${WIDGETS[tag]}</ipw-feed>`, { feed: FEED, lang });
        // <ipw-feed>'s own shadow root (a slot), and the widget's.
        assert.equal(shadowRoots(out), 2);
        const base = out.match(/<div part="base" lang="([^"]*)" dir="([^"]*)"\s*>/);
        assert.deepEqual(base?.slice(1), [lang, lang === 'ar' ? 'rtl' : 'ltr']);
        assert.doesNotMatch(out, /aria-busy|part="error"/);
        const text = tight(textOf(out));
        for (const fact of facts) assert.ok(text.includes(tight(fact)), `"${fact}" in: ${text.slice(0, 400)}…`);
      });
});

describe('<ipw-feed> gives its feed to the widgets inside it during a server render', () => {
  const card = `<ipw-program-card program="${PROGRAM}"></ipw-program-card>`;
  const shows = (out) => assert.ok(tight(textOf(out)).includes('October 7–11,2024'), textOf(out).slice(0, 300));

  test('from .feed, with Lit’s own render() and no DOM shim', () => {
    const feed = JSON.parse(feedText);
    const out = collectResultSync(
      render(html`<ipw-feed .feed=${feed}><ipw-program-card program=${PROGRAM}></ipw-program-card></ipw-feed>`),
    );
    shows(out);
    assert.equal(shadowRoots(out), 2);
  });

  test('from inline JSON, which stays for the browser', async () => {
    const out = await renderHtml(`<ipw-feed><script type="application/json">${feedText}</script>${card}</ipw-feed>`);
    shows(out);
    assert.equal(out.match(/<script type="application\/json">/g).length, 1);
  });

  test('from src, a file relative to the page; its image relative to the feed, and so to the page', async () => {
    const base = pathToFileURL(join(root, 'demo/index.html'));
    const out = await renderHtml(`<ipw-feed src="../feeds/wipo-cipo-2024.json">${card}</ipw-feed>`, { base });
    shows(out);
    assert.match(out, /<ipw-feed src="\.\.\/feeds\/wipo-cipo-2024\.json">/);
    assert.match(out, /<img part="image" src="\.\.\/feeds\/images\/wipo-cipo-2024\.svg"/);
  });

  describe('from src on a web server', () => {
    let server;
    let origin;
    const requests = [];
    before(async () => {
      server = createServer((req, res) => {
        requests.push(req.url);
        if (req.url === '/data/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(feedText);
        else if (req.url === '/slow.json') setTimeout(() => res.end(feedText), 5000);
        else res.writeHead(404).end('Not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.closeAllConnections() || server.close());

    test('fetched once per render, relative to the page; links resolved against the feed’s own URL', async () => {
      requests.length = 0;
      const out = await renderHtml(
        `<ipw-feed src="../data/feed.json">${card}</ipw-feed><ipw-participant-badge src="../data/feed.json" stat="alumni"></ipw-participant-badge>`,
        { base: `${origin}/news/page.html` },
      );
      shows(out);
      assert.deepEqual(requests, ['/data/feed.json']);
      assert.match(out, new RegExp(`<img part="image" src="${origin}/data/images/wipo-cipo-2024\\.svg"`));
      assert.ok(textOf(out).includes('Over 200 participants'));
    });

    test('a feed that is missing or too slow: told on the console, its widgets left loading for the browser', async () => {
      const { value: out, said } = await quietly(() =>
        renderHtml(`<ipw-feed src="/missing.json">${card}</ipw-feed><ipw-feed src="/slow.json">${card}</ipw-feed>`, {
          base: origin,
          timeout: 500,
        }),
      );
      assert.equal(out.match(/aria-busy="true"/g)?.length, 2);
      assert.equal(out.match(/part="skeleton"/g)?.length, 2);
      assert.ok(
        said.some((s) => s.includes(`the server answered 404 for ${origin}/missing.json`)),
        said.join('\n'),
      );
      assert.ok(
        said.some((s) => s.includes(`no answer from ${origin}/slow.json within 0.5 s`)),
        said.join('\n'),
      );
    });
  });
});

describe('whatever the order of Lit’s DOM shim', () => {
  const script = (first, second) =>
    `import ${JSON.stringify(first)}; import ${JSON.stringify(second)};` +
    `const { renderHtml } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/server/index.js')).href)});` +
    `process.stdout.write(await renderHtml('<ipw-feed><ipw-program-card program="${PROGRAM}"></ipw-program-card></ipw-feed>', { feed: ${JSON.stringify(FEED)} }));`;
  const SHIM = '@lit-labs/ssr/lib/install-global-dom-shim.js';
  const DEFINE = pathToFileURL(join(root, 'dist/define.js')).href;
  const cases = {
    'the shim first, as a module': [process.execPath, ['--input-type=module', '-e', script(SHIM, DEFINE)]],
    'the elements first, then the shim': [process.execPath, ['--input-type=module', '-e', script(DEFINE, SHIM)]],
    'node --import the shim': [
      process.execPath,
      ['--import', SHIM, '--input-type=module', '-e', script(DEFINE, DEFINE)],
    ],
  };
  for (const [name, [command, args]] of Object.entries(cases))
    test(name, async () => {
      const { stdout, stderr } = await run(command, args, { cwd: root });
      assert.equal(stderr, '');
      assert.equal(shadowRoots(stdout), 2);
      assert.ok(tight(textOf(stdout)).includes('October 7–11,2024'));
    });
});

describe('renderHtml keeps the page and the reader safe', () => {
  test('a whole page: only the widgets change, byte for byte; its <html lang> is the language', async () => {
    const page = `<!doctype html>\n<html lang="fr">\n<head><title>T</title></head>\n<body>\n<p>Avant &amp; après</p>\n<ipw-feed><ipw-participant-badge stat="alumni"></ipw-participant-badge></ipw-feed>\n<p>Fin</p>\n</body>\n</html>\n`;
    const out = await renderHtml(page, { feed: FEED });
    const start = page.indexOf('<ipw-feed>');
    assert.equal(out.slice(0, start), page.slice(0, start));
    assert.ok(out.endsWith(page.slice(page.indexOf('</ipw-feed>') + '</ipw-feed>'.length)));
    assert.ok(textOf(out).includes('Plus de 200 participants'));
  });

  test('a page rendered twice is the page rendered once', async () => {
    const page = `<!doctype html>\n<html lang="en">\n<body>\n<ipw-feed>${Object.values(WIDGETS).join('\n')}</ipw-feed>\n</body>\n</html>\n`;
    const once = await renderHtml(page, { feed: FEED });
    assert.equal(await renderHtml(once, { feed: FEED }), once);
    assert.equal(once.match(/ld\+json/g).length, 1);
    assert.doesNotMatch(once, /<!--lit-part [^>]*--><ipw-feed/);
  });

  test('a page without widgets is returned as it was', async () => {
    assert.equal(await renderHtml('<p>Nothing here</p>'), '<p>Nothing here</p>');
  });

  test('feed text is text, and unsafe links are dropped, in the HTML and in the JSON-LD', async () => {
    const feed = JSON.parse(feedText);
    const program = feed.programs.find((p) => p.id === PROGRAM);
    program.title = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
    program.url = 'javascript:alert(3)';
    const { value: out } = await quietly(() =>
      renderHtml(`<ipw-feed><ipw-program-card program="${PROGRAM}"></ipw-program-card></ipw-feed>`, { feed }),
    );
    assert.doesNotMatch(out, /<img src=x|<script>alert|javascript:/);
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;'));
    const json = out.match(/<script type="application\/ld\+json" data-ipw>([^]*?)<\/script>/)[1];
    assert.equal(JSON.parse(json)['@graph'][0].name, program.title);
    // The feed goes inline to the browser: it cannot end its script either.
    assert.equal(out.match(/<\/script>/g).length, 2);
  });

  test('a broken feed: told on the console, never thrown, left loading for the browser', async () => {
    const { value: out, said } = await quietly(() =>
      renderHtml(
        '<ipw-feed><script type="application/json">{"version": 1,</script><ipw-participant-badge stat="alumni"></ipw-participant-badge></ipw-feed>' +
          '<ipw-feed><ipw-program-card program="nope"></ipw-program-card></ipw-feed>',
        { feed: FEED },
      ),
    );
    assert.ok(
      said.some((s) => /the inline feed: the feed is not valid JSON/.test(s)),
      said.join('\n'),
    );
    assert.match(out, /part="skeleton"/);
    assert.ok(textOf(out).includes('program "nope" is not in the feed'));
  });

  test('the JSON-LD describes the programs shown, once, inside the first <ipw-feed>', async () => {
    const out = await renderHtml(
      `<ipw-feed><ipw-program-card program="${PROGRAM}"></ipw-program-card><ipw-topic-list program="wipo-academy-executive"></ipw-topic-list></ipw-feed>` +
        `<ipw-feed><ipw-program-list></ipw-program-list></ipw-feed>`,
      { feed: FEED },
    );
    const scripts = [...out.matchAll(/<script type="application\/ld\+json" data-ipw>([^]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].index < out.indexOf('</ipw-feed>'));
    const graph = JSON.parse(scripts[0][1])['@graph'];
    assert.deepEqual(
      graph.map((d) => [d['@type'], d.name]),
      [
        ['EducationEvent', 'WIPO–CIPO Executive Training Program'],
        ['Course', 'WIPO Academy Executive Training Program'],
      ],
    );
    const without = await renderHtml(`<ipw-feed><ipw-topic-list></ipw-topic-list></ipw-feed>`, { feed: FEED });
    assert.doesNotMatch(without, /ld\+json/);
  });

  test('a long list: its first page of cards, and no "Show more" button, which would do nothing without a script', async () => {
    const feed = JSON.parse(feedText);
    feed.programs = Array.from({ length: 30 }, (_, i) => ({ ...feed.programs[0], id: `p${i}`, start: `${2000 + i}` }));
    const out = await renderHtml(`<ipw-feed><ipw-program-list></ipw-program-list></ipw-feed>`, { feed });
    assert.equal(out.match(/<article /g).length, 24);
    assert.doesNotMatch(out, /<button/);
    const graph = JSON.parse(/<script type="application\/ld\+json" data-ipw>([^]*?)<\/script>/.exec(out)[1])['@graph'];
    assert.equal(graph.length, 24, 'the structured data describes the cards shown');
  });

  test('a widget outside any <ipw-feed> gets the feed given, and a feed for the browser', async () => {
    const out = await renderHtml(`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
      feed: FEED,
      base: pathToFileURL(join(root, 'page.html')),
    });
    assert.match(out, /^<ipw-feed src="feeds\/wipo-cipo-2024\.json">/);
    assert.ok(textOf(out).includes('Over 200 participants'));
    const object = await renderHtml(`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
      feed: JSON.parse(feedText),
    });
    assert.match(object, /^<ipw-feed><template[^]*?<\/template><script type="application\/json">\{"version":1/);
  });
});

describe('renderHtml, when what it is given is wrong', () => {
  /** A server on a free port for `handler`; resolves with its address and a way to close it. */
  const serve = (handler) =>
    new Promise((resolve) => {
      const server = createServer(handler).listen(0, '127.0.0.1', () =>
        resolve({
          url: `http://127.0.0.1:${server.address().port}/`,
          close: () => server.closeAllConnections() || server.close(),
        }),
      );
    });
  /** Renders `input`, recording the errors given to onError and what the console was told. */
  const rendering = async (input, options) => {
    const errors = [];
    const { value: out, said } = await quietly(() => renderHtml(input, { ...options, onError: (e) => errors.push(e) }));
    return { out, said, errors };
  };

  test('a language tag Intl cannot read (en_US): the widgets are drawn as in English', async () => {
    const { out, said, errors } = await rendering(
      '<ipw-feed><ipw-program-list sort="title"></ipw-program-list><ipw-participant-badge stat="alumni"></ipw-participant-badge></ipw-feed>',
      { feed: FEED, lang: 'en_US' },
    );
    assert.deepEqual([said, errors], [[], []]);
    assert.equal(shadowRoots(out), 3);
    assert.ok(textOf(out).includes('Over 200 participants'));
  });

  test('a server that sends its headers, then stalls: a timeout that names the feed', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version": 1,');
    });
    try {
      const src = `${server.url}feed.json`;
      const { out, errors } = await rendering(`<ipw-feed src="${src}">${WIDGETS['ipw-participant-badge']}</ipw-feed>`, {
        timeout: 300,
      });
      assert.deepEqual(
        errors.map((e) => [e.code, e.message]),
        [['timeout', `no answer from ${src} within 0.3 s`]],
      );
      assert.match(out, /part="skeleton"/);
    } finally {
      server.close();
    }
  });

  test('timeout: Infinity waits as long as a timer can, and the feed is read', async () => {
    const server = await serve((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(feedText));
    try {
      const { out, errors } = await rendering(
        `<ipw-feed src="${server.url}feed.json">${WIDGETS['ipw-participant-badge']}</ipw-feed>`,
        { timeout: Infinity },
      );
      assert.deepEqual(errors, []);
      assert.ok(textOf(out).includes('Over 200 participants'));
    } finally {
      server.close();
    }
  });

  test('a page on the web cannot have a file of this machine as its feed; a folder is no feed', async () => {
    const local = pathToFileURL(FEED).href;
    const web = await rendering(`<ipw-feed src="${local}">${WIDGETS['ipw-participant-badge']}</ipw-feed>`, {
      base: 'https://www.example.org/news/',
    });
    assert.deepEqual(
      web.errors.map((e) => [e.code, e.message]),
      [['network', `cannot read ${local} for a page at https://www.example.org/news/: a browser would not read it`]],
    );
    assert.doesNotMatch(web.said.join('\n'), /"version"/);
    const folder = await rendering(`<ipw-feed src="feeds/">${WIDGETS['ipw-participant-badge']}</ipw-feed>`, {
      base: pathToFileURL(join(root, 'page.html')),
    });
    assert.deepEqual(
      folder.errors.map((e) => [e.code, e.message]),
      [['network', `could not read ${join(root, 'feeds')}/: it is not a file`]],
    );
  });
});

describe('the ipw command', () => {
  const ipw = (args, options) => run(process.execPath, [join(root, 'dist/server/cli.js'), ...args], options);
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipw-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ipw render, as the README says, in French', async () => {
    writeFileSync(join(dir, 'snippet.html'), `<ipw-feed>\n  ${WIDGETS['ipw-program-card']}\n</ipw-feed>\n`);
    const { stdout } = await ipw(['render', join(dir, 'snippet.html'), '--feed', FEED, '--lang', 'fr'], { cwd: root });
    assert.ok(tight(textOf(stdout)).includes('7–11 octobre 2024'));
    assert.match(stdout, /<ipw-feed src="feeds\/wipo-cipo-2024\.json">/);
    assert.match(stdout, /"@type":"EducationEvent"/);
    const { stdout: bare } = await ipw(
      ['render', join(dir, 'snippet.html'), '--feed', FEED, '--no-structured-data', '-o', join(dir, 'out.html')],
      { cwd: root },
    );
    assert.equal(bare, '');
    assert.doesNotMatch(readFileSync(join(dir, 'out.html'), 'utf8'), /ld\+json/);
  });

  test('exit code 1 when a feed cannot be read: the HTML is written, its widgets left loading', async () => {
    writeFileSync(join(dir, 'missing.html'), `<ipw-feed src="nowhere.json">${WIDGETS['ipw-program-card']}</ipw-feed>`);
    const failed = await ipw(['render', join(dir, 'missing.html'), '--base', dir]).then(
      () => assert.fail('ipw render succeeded'),
      (e) => e,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /part="skeleton"/);
    assert.match(failed.stderr, /could not read .*nowhere\.json: no such file/);
    assert.match(failed.stderr, /ipw render: 1 feed could not be read; their widgets are left loading/);
  });

  test('--help, --version, and exit code 2 for what cannot be done', async () => {
    assert.match((await ipw(['--help'])).stdout, /Usage: ipw <command>/);
    assert.match((await ipw(['render', '--help'])).stdout, /--feed <path\|url>/);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal((await ipw(['--version'])).stdout.trim(), version);
    for (const args of [
      ['frobnicate'],
      ['render'],
      ['render', join(dir, 'none.html')],
      ['render', 'x.html', '--colour'],
    ]) {
      const failed = await ipw(args).then(
        () => assert.fail(`ipw ${args.join(' ')} succeeded`),
        (e) => e,
      );
      assert.equal(failed.code, 2, args.join(' '));
      assert.match(failed.stderr, /^ipw/);
    }
  });
});
