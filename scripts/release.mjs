// `npm run release`: what a release is made of, in one folder, release/, ready to attach to a release page or to
// upload to a CDN:
//
//   ip-program-widgets-<version>.tgz   the package (npm pack: it builds first), to `npm install ./…tgz` or unpack
//   ipw.js, ipw-*.js                   the drop-in bundle and the small files it loads from beside it when a page
//                                      needs them (interface languages, structured data), as in the tarball's dist/
//   integrity.json                     each file's Subresource Integrity hash (sha384), for `integrity="…"`
//
// It prints the CDN snippet for ipw.js. The folder is emptied first; it is not committed (.gitignore).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { integrityOf } from './sri.mjs';

const root = new URL('../', import.meta.url);
const out = new URL('release/', root);
/** The bundle and the files it loads from its own folder: what a page needs, and nothing else (no source maps). */
export const BUNDLE_FILES = /^ipw(-[a-z]+)?\.js$/;

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
// npm pack runs prepack (npm run build) first, so the files copied below are the ones in the tarball.
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const filename = `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
execFileSync('npm', ['pack', '--pack-destination', 'release'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (!existsSync(new URL(filename, out))) throw new Error(`npm pack did not write release/${filename}`);
if (!existsSync(new URL('dist/ipw.js', root)))
  throw new Error('npm pack did not build dist/ (prepack in package.json)');
const files = readdirSync(new URL('dist/', root)).filter((f) => BUNDLE_FILES.test(f));
for (const file of files) copyFileSync(new URL(`dist/${file}`, root), new URL(file, out));
const integrity = Object.fromEntries(
  [filename, ...files].map((file) => [file, integrityOf(readFileSync(new URL(file, out)))]),
);
writeFileSync(new URL('integrity.json', out), JSON.stringify(integrity, null, 2) + '\n');

console.log(`\nrelease/: ${[filename, ...files, 'integrity.json'].join(', ')}`);
console.log(`ipw.js from your CDN, checked by the browser (put your folder's address in src):`);
console.log(
  `<script type="module" src=".../ipw.js" integrity="${integrity['ipw.js']}" crossorigin="anonymous"></script>`,
);
