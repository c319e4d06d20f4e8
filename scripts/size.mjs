// Prints the raw, gzip and brotli size of dist/ipw.js and of each element's
// own entry (the element and what it needs, Lit included), built with the
// drop-in bundle's own rollup plugins. Run `npm run build` first. 1 KB = 1,000 bytes.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const ELEMENTS = {
  'ipw-feed': ['IpwFeed', 'feed/ipw-feed'],
  'ipw-program-card': ['IpwProgramCard', 'program-card/program-card'],
  'ipw-program-list': ['IpwProgramList', 'program-list/program-list'],
  'ipw-topic-list': ['IpwTopicList', 'topic-list/topic-list'],
  'ipw-agreement-timeline': ['IpwAgreementTimeline', 'agreement-timeline/agreement-timeline'],
  'ipw-participant-badge': ['IpwParticipantBadge', 'participant-badge/participant-badge'],
};

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** One element, defined, bundled like dist/ipw.js. */
async function entry(tag, [name, path]) {
  const id = '\0size-entry.ts';
  const virtual = {
    name: 'size-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id
        ? `import { ${name} } from '${process.cwd()}/src/components/${path}.ts';\ncustomElements.define('${tag}', ${name});`
        : null,
  };
  const bundle = await rollup({ input: id, plugins: [virtual, ...configs[0].plugins], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const rows = { 'dist/ipw.js (everything)': sizes(readFileSync('dist/ipw.js')) };
for (const [tag, spec] of Object.entries(ELEMENTS)) rows[`<${tag}> alone`] = sizes(await entry(tag, spec));
console.table(
  Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [k, { raw: kb(v.raw), gzip: kb(v.gzip), brotli: kb(v.brotli) }]),
  ),
);
