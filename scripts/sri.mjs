// Prints the CDN snippet for dist/ipw.js: its versioned address and its Subresource Integrity hash, which the
// browser checks before it runs the file. `npm run build` runs it last. Run `npm run build` first.
//
//   node scripts/sri.mjs           prints the snippet
//   node scripts/sri.mjs --write   also puts it in README.md, in place of the one there (after a change to the bundle)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** `sha384-…` of a file's bytes, as `integrity` takes it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The script tag a webmaster pastes, for this version's dist/ipw.js on jsDelivr (which serves every npm version). */
export const cdnSnippet = (integrity) =>
  `<script type="module" src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/ipw.js" integrity="${integrity}" crossorigin="anonymous"></script>`;

/** README's snippet: the first script tag that loads ipw.js from jsDelivr, with its integrity attribute. */
export const README_SNIPPET =
  /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]*\/dist\/ipw\.js" integrity="[^"]*" crossorigin="anonymous"><\/script>/;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snippet = cdnSnippet(integrityOf(readFileSync(new URL('dist/ipw.js', root))));
  console.log(`dist/ipw.js from a CDN, checked by the browser (Subresource Integrity):\n${snippet}`);
  if (process.argv.includes('--write')) {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    if (!README_SNIPPET.test(readme)) throw new Error('README.md has no CDN snippet to replace');
    writeFileSync(new URL('README.md', root), readme.replace(README_SNIPPET, snippet));
    console.log('README.md: CDN snippet written');
  }
}
