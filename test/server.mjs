// Test-only HTTP endpoints under /mock/, for the network tests: statuses,
// slow answers, bodies that are not JSON, a server that fails once, and how
// many requests each key received.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const feed = () => readFileSync(new URL('../feeds/wipo-cipo-2024.json', import.meta.url), 'utf8');
const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ```html blocks of a Markdown or MDX file that use the elements. */
export const snippetsOf = (doc) =>
  [...readFileSync(new URL(`../${doc}`, import.meta.url), 'utf8').matchAll(/^```html\n([^]*?)^```/gm)]
    .map((m) => m[1])
    .filter((code) => code.includes('<ipw-'));

/**
 * /snippet/: a blank page beside the built bundle and the default feed, as the
 * docs tell a webmaster to lay them out. /snippet/page?doc=README.md&n=0 is that
 * page with the doc's first snippet pasted in (and the script line the docs
 * give once, if the snippet has none).
 */
function snippetServer(ctx) {
  const file = ctx.path.slice('/snippet/'.length);
  if (file === 'page') {
    const code = snippetsOf(ctx.query.doc)[Number(ctx.query.n)];
    if (code === undefined) return (ctx.status = 404);
    const script = code.includes('ipw.js') ? '' : '<script type="module" src="ipw.js"></script>\n';
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Snippet</title>\n${script}${code}</html>\n`;
  } else if (/^ipw(-\w+)?\.js$/.test(file)) {
    // The bundle and the files it loads when it needs them (interface languages, structured data).
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../dist/${file}`, import.meta.url));
  } else if (file === 'wipo-cipo-2024.json' || file === 'images/wipo-cipo-2024.svg') {
    ctx.type = file.endsWith('.json') ? 'application/json' : 'image/svg+xml';
    ctx.body = readFileSync(new URL(`../feeds/${file}`, import.meta.url));
  } else ctx.status = 404;
}

/**
 * /ssr-page?html=…&lang=…&js=1: a page with `html`'s widgets rendered on the server (ip-program-widgets/server, the
 * built package) with the default feed, which it names relative to the page (`feeds/…`). With `js=1` it also loads
 * dist/ipw.js, after a recorder of console errors and layout shifts (window.__log, window.__shifts).
 */
async function ssrPage(ctx) {
  const { renderHtml } = await import('../dist/server/index.js');
  const { html = '', lang = 'en', js } = ctx.query;
  const base = new URL('../', import.meta.url);
  const body = await renderHtml(html, { feed: fileURLToPath(new URL('feeds/wipo-cipo-2024.json', base)), base, lang });
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const scripts =
    js === '1'
      ? '<script src="/test/fixtures/page-recorder.js"></script><script src="/test/fixtures/shift-recorder.js"></script>' +
        '<script type="module" src="/dist/ipw.js"></script>'
      : '';
  ctx.type = 'html';
  ctx.body = `<!doctype html>\n<html lang="${lang}" dir="${dir}">\n<head><meta charset="utf-8"><title>Server rendered</title>${scripts}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** The demo's news page as `npm start` serves it: its widgets rendered on the server. */
async function newsPage(ctx) {
  const { renderNewsPage } = await import('../scripts/serve.mjs');
  ctx.type = 'html';
  ctx.body = await renderNewsPage(ctx.query.lang);
}

/** Requests for a language file held back by /lazy/held-<key>/, each answered when /lazy/release?key=<key> comes. */
const held = new Map();

/**
 * /lazy/<mode>/: the built bundle and its language files, and at page?lang=… a page of every widget in that language
 * with the default feed inline (so that the feed is never what it waits for; with `broken=1`, one of its programs
 * invalid). Modes: `ok`; `missing`, where the language files and the words of warnings are not there (404), like a
 * copy of ipw.js alone; `held-<key>`, where they are sent only once
 * /lazy/release?key=<key> is asked for.
 */
async function lazyServer(ctx) {
  const [, mode, file] = /^\/lazy\/([\w-]+)\/?(.*)$/.exec(ctx.path) ?? [];
  if (mode === 'release') {
    held.get(ctx.query.key)?.forEach((go) => go());
    held.delete(ctx.query.key);
    return (ctx.status = 204);
  }
  ctx.set('cache-control', 'no-store');
  if (file === 'page') {
    const lang = String(ctx.query.lang ?? 'en');
    const data = JSON.parse(feed());
    // ?broken=1: one program with a start that is no date, for the words of its warning.
    if (ctx.query.broken) data.programs[1].start = 'soon';
    const inline = JSON.stringify(data).replaceAll('</', '<\\/');
    ctx.type = 'html';
    ctx.body = `<!doctype html>
<html lang="${lang}"><meta charset="utf-8"><title>Interface languages</title>
<script src="/test/fixtures/page-recorder.js"></script>
<script type="module" src="ipw.js"></script>
<ipw-feed><script type="application/json">${inline}</script>
<ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>
<ipw-program-list limit="1"></ipw-program-list>
<ipw-topic-list program="wipo-cipo-executive-2024"></ipw-topic-list>
<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>
<ipw-participant-badge stat="alumni"></ipw-participant-badge>
</ipw-feed></html>`;
    return;
  }
  if (!/^ipw(-\w+)?\.js$/.test(file)) return (ctx.status = 404);
  // What ipw.js loads only when a page needs it: a language's interface text, the words of feed warnings.
  const language = /^ipw-(ar|es|ru|zh|explain)\.js$/.test(file);
  if (language && mode === 'missing') return (ctx.status = 404);
  if (language && mode.startsWith('held-')) {
    const key = mode.slice('held-'.length);
    await new Promise((go) => held.set(key, [...(held.get(key) ?? []), go]));
  }
  ctx.type = 'text/javascript';
  ctx.body = readFileSync(new URL(`../dist/${file}`, import.meta.url));
}

export async function testServer(ctx, next) {
  if (ctx.path.startsWith('/snippet/')) return snippetServer(ctx);
  if (ctx.path.startsWith('/lazy/')) return lazyServer(ctx);
  if (ctx.path === '/ssr-page') return ssrPage(ctx);
  if (ctx.path === '/demo/' || ctx.path === '/demo/index.html') return newsPage(ctx);
  if (ctx.path.startsWith('/demo/')) {
    // The demo's other files as `npm start` serves them (the playground's images/ beside it).
    const { demoFile } = await import('../scripts/serve.mjs');
    ctx.path = demoFile(ctx.path);
    return next();
  }
  const match = /^\/mock\/([\w-]+)(?:\/(.*))?$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, arg] = match;
  const key = ctx.query.key ?? kind;
  const n = (hits.get(key) ?? 0) + 1;
  if (kind !== 'hits') hits.set(key, n);
  ctx.set('cache-control', 'no-store');
  const json = (body) => {
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (kind) {
    case 'feed':
      return json(feed());
    case 'snippets': // how many snippets a doc has
      return json(JSON.stringify({ count: snippetsOf(ctx.query.doc).length }));
    case 'hits':
      return json(JSON.stringify({ count: hits.get(arg) ?? 0 }));
    case 'status':
      ctx.status = Number(arg);
      ctx.body = 'Server error';
      return;
    case 'slow':
      await sleep(Number(ctx.query.ms ?? 3000));
      return json(feed());
    case 'flaky': // fails the first request of each key with a 503, then serves the feed
      if (n === 1) {
        ctx.status = 503;
        ctx.body = 'Busy';
        return;
      }
      return json(feed());
    case 'fail-after-first': // serves the feed once, then fails with 500
      if (n === 1) return json(feed());
      ctx.status = 500;
      ctx.body = 'Broken';
      return;
    case 'html':
      ctx.type = 'application/json';
      ctx.body = '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>';
      return;
    case 'body':
      return json(decodeURIComponent(arg ?? ''));
    // test/robustness/network.test.ts: the feed without CORS headers (`allow=1` adds them), for a page on
    // another origin (http://127.0.0.1:<port> when the tests run on http://localhost:<port>).
    case 'cors':
      if (ctx.query.allow === '1') ctx.set('access-control-allow-origin', '*');
      return json(feed());
    // A redirect to itself: the browser gives up after 20 redirects.
    case 'redirect-loop':
      ctx.status = 302;
      ctx.redirect(ctx.url);
      return;
    // test/robustness/strict-page.test.ts: a page under a strict Content Security Policy with Trusted Types.
    // Nothing is added to the policy the brief asked for: the built bundle needs nothing more (Lit's only
    // HTML sink goes through its own Trusted Types policy, `lit-html`; styles are constructed stylesheets,
    // which style-src does not govern; the feed and its image come from 'self').
    case 'csp-page':
      ctx.set(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
          "require-trusted-types-for 'script'; trusted-types lit-html",
      );
      ctx.type = 'html';
      ctx.body = readFileSync(new URL('./fixtures/csp-page.html', import.meta.url), 'utf8');
      return;
    // test/robustness/injection.test.ts: every source file, for a static scan of what the browser is served.
    case 'src-files':
      return json(
        JSON.stringify(
          readdirSync(new URL('../src/', import.meta.url), { recursive: true })
            .filter((f) => /\.ts$/.test(f))
            .map((f) => `/src/${f.replaceAll('\\', '/')}`)
            .sort(),
        ),
      );
  }
  return next();
}
