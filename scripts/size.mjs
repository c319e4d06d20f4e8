// Prints the raw, gzip and brotli size of dist/ipw.js, of the files it loads
// only when a page needs them, and of each element's own entry (the element
// and what it needs, Lit included), built with the drop-in bundle's own rollup
// plugins; then where the bytes of dist/ipw.js go, and the goals.
// Run `npm run build` first. 1 KB = 1,000 bytes.
//
//   node scripts/size.mjs            the tables
//   node scripts/size.mjs --check    the same, and exit 1 when dist/ipw.js is over its budget (CI runs this)
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs from '../rollup.config.mjs';

/**
 * The budget of dist/ipw.js, gzip -9: what a page in English or French with a valid feed downloads (every element,
 * Lit, @lit/context, validation, two languages). A feature that would break it pays for itself with a cut
 * elsewhere; lower it whenever the file shrinks. GOAL is the figure it is headed for (README, "Size").
 */
export const BUDGET = 19_900;
export const GOAL = 15_000;

const ELEMENTS = {
  'ipw-feed': ['IpwFeed', 'feed/ipw-feed'],
  'ipw-program-card': ['IpwProgramCard', 'program-card/program-card'],
  'ipw-program-list': ['IpwProgramList', 'program-list/program-list'],
  'ipw-topic-list': ['IpwTopicList', 'topic-list/topic-list'],
  'ipw-agreement-timeline': ['IpwAgreementTimeline', 'agreement-timeline/agreement-timeline'],
  'ipw-participant-badge': ['IpwParticipantBadge', 'participant-badge/participant-badge'],
};

/** Where the bytes go: each module of the bundle belongs to the first area whose pattern it matches. */
const AREAS = [
  [
    'Lit (lit-html, reactive-element, lit-element, css-tag)',
    /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//,
  ],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['feed validation, without its words (check.ts, spec.ts)', /src\/feed\/(check|spec)\.ts$/],
  ['feed loading and sharing (load, controller, <ipw-feed>)', /src\/feed\/|src\/components\/feed\//],
  ['interface text, English and French (messages.ts)', /src\/i18n\/messages\.ts$/],
  ['Intl formatting and language (format.ts, lang.ts)', /src\/i18n\//],
  ['shared CSS (styles.ts, program-card.styles.ts)', /styles\.ts$/],
  ['the widgets and their base class (with their own CSS)', /src\/(components|internal)\//],
  ['registration (define.ts)', /src\/define\.ts$/],
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzip(code),
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/**
 * A bundle like dist/ipw.js: of `source`, a virtual entry module, or else of
 * src/define.ts itself; `minified: false` keeps its modules apart.
 */
async function bundle(source, minified = true) {
  const id = '\0size-entry.ts';
  const virtual = {
    name: 'size-entry',
    resolveId: (s) => (s === id ? id : null),
    load: (s) => (s === id ? source : null),
  };
  const plugins = configs[0].plugins.filter((p) => minified || p.name !== 'terser');
  const input = source ? id : 'src/define.ts';
  const built = await rollup({
    input,
    plugins: [virtual, ...plugins],
    preserveEntrySignatures: configs[0].preserveEntrySignatures,
    logLevel: 'silent',
  });
  const { output } = await built.generate({ format: 'es' });
  await built.close();
  return output[0];
}

/**
 * Each area's share of dist/ipw.js's gzip size: the gzip size of every module,
 * each minified on its own, less that size without the area's modules. An
 * estimate (gzip shares repeated text between areas), good to see what costs what.
 */
async function shares() {
  const { modules } = await bundle(undefined, false);
  const minified = [];
  for (const [id, { code }] of Object.entries(modules)) {
    if (!code) continue;
    const { code: min = '' } = await minify(code, { compress: { passes: 2 }, format: { comments: false } });
    minified.push({ area: AREAS.find(([, pattern]) => pattern.test(id))?.[0] ?? id, min });
  }
  const all = gzip(minified.map((m) => m.min).join('\n'));
  const rows = {};
  for (const [area] of AREAS) {
    const rest = minified.filter((m) => m.area !== area);
    if (rest.length === minified.length) continue;
    rows[area] = { gzip: kb(all - gzip(rest.map((m) => m.min).join('\n'))) };
  }
  return rows;
}

const OURS = 'ip-program-widgets: <ipw-feed>, a card and a badge';
const PEER = 'Web Awesome: a card and a badge, and its default theme';

/** Where the library stands: Lit alone, and the peer's card and badge against a page of ours with the same two. */
async function baselines() {
  const src = (path) => `${process.cwd()}/src/components/${path}.ts`;
  const entries = {
    'Lit alone (one small element)': `import { LitElement, html, css } from 'lit';
      customElements.define('x-a', class extends LitElement {
        static styles = css\`:host { display: block }\`;
        render() { return html\`<p>\${this.title}</p>\`; }
      });`,
    'Lit + @lit/context (a provider and a consumer)': `import { LitElement, html } from 'lit';
      import { createContext, ContextProvider, ContextConsumer } from '@lit/context';
      const c = createContext('x');
      customElements.define('x-p', class extends LitElement { p = new ContextProvider(this, { context: c, initialValue: 1 }); });
      customElements.define('x-c', class extends LitElement {
        v = new ContextConsumer(this, { context: c, subscribe: true });
        render() { return html\`<p>\${this.v.value}</p>\`; }
      });`,
    [OURS]: `
      import { IpwFeed } from '${src('feed/ipw-feed')}';
      import { IpwProgramCard } from '${src('program-card/program-card')}';
      import { IpwParticipantBadge } from '${src('participant-badge/participant-badge')}';
      customElements.define('ipw-feed', IpwFeed);
      customElements.define('ipw-program-card', IpwProgramCard);
      customElements.define('ipw-participant-badge', IpwParticipantBadge);`,
  };
  const rows = {};
  for (const [name, source] of Object.entries(entries)) rows[name] = gzip((await bundle(source)).code);
  // The peer (a dev dependency of the benchmarks): its card and badge, which load, check and translate nothing.
  try {
    const wa = '@awesome.me/webawesome/dist';
    const js = gzip(
      (await bundle(`import '${wa}/components/card/card.js'; import '${wa}/components/badge/badge.js';`)).code,
    );
    const theme = gzip(readFileSync(`node_modules/${wa}/styles/themes/default.css`));
    rows['Web Awesome: a card and a badge'] = js;
    rows[PEER] = js + theme;
  } catch {
    // Not installed (npm ci installs it): the goal against it is not measured.
  }
  return rows;
}

const ipw = sizes(readFileSync('dist/ipw.js'));
const rows = { 'dist/ipw.js (a page in English or French)': ipw };
// What it fetches only when a page needs it: another interface language, the structured data writer.
const lazy = readdirSync('dist').filter((f) => /^ipw-[\w-]+\.js$/.test(f));
for (const file of lazy) rows[`dist/${file} (when needed)`] = sizes(readFileSync(`dist/${file}`));
const sum = (key) => Object.values(rows).reduce((n, r) => n + r[key], 0);
rows['everything (all of the above)'] = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
for (const [tag, [name, path]] of Object.entries(ELEMENTS)) {
  const source = `import { ${name} } from '${process.cwd()}/src/components/${path}.ts';\ncustomElements.define('${tag}', ${name});`;
  rows[`<${tag}> alone`] = sizes((await bundle(source)).code);
}
console.table(
  Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [k, { raw: kb(v.raw), gzip: kb(v.gzip), brotli: kb(v.brotli) }]),
  ),
);
console.log('\nWhere the gzip bytes of dist/ipw.js go (estimate: each area left out in turn):');
console.table(await shares());

console.log('\nBaselines, built the same way in this run (gzip):');
const base = await baselines();
console.table(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { gzip: kb(v) }])));

const bytes = (n) => `${n.toLocaleString('en')} bytes`;
const verdict = (figure, goal) =>
  figure <= goal ? `met (${bytes(goal - figure)} to spare)` : `missed by ${bytes(figure - goal)}`;
console.log('\nGoals (gzip):');
console.log(
  `- a page in English or French with a valid feed downloads ${bytes(ipw.gzip)}, goal ≤ ${bytes(GOAL)}: ${verdict(ipw.gzip, GOAL)}`,
);
if (base[PEER] !== undefined)
  console.log(
    `- <ipw-feed>, a card and a badge: ${bytes(base[OURS])}, goal ≤ Web Awesome's card, badge and theme, ` +
      `${bytes(base[PEER])}: ${verdict(base[OURS], base[PEER])}`,
  );
console.log(
  `- everything, every language and the structured data: ${bytes(rows['everything (all of the above)'].gzip)}`,
);
const over = ipw.gzip - BUDGET;
console.log(
  `\nBudget: dist/ipw.js ≤ ${bytes(BUDGET)} gzip. Now ${bytes(ipw.gzip)}: ` +
    (over > 0 ? `over by ${bytes(over)}.` : `${bytes(-over)} to spare.`) +
    '',
);
if (process.argv.includes('--check') && over > 0) {
  console.error(
    `size: dist/ipw.js is ${bytes(ipw.gzip)} gzip, over its budget of ${bytes(BUDGET)}: ` +
      'find the bytes elsewhere before raising it (README, "Size")',
  );
  process.exit(1);
}
