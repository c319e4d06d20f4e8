// `npm run release`, as the README gives it, on a clone that was never built (no dist/): `npm pack` builds first
// (prepack), so the tarball holds dist/ipw.js, and release/ holds the bundle, the files it loads beside it, the
// tarball and their Subresource Integrity hashes. The clone is the repository's files (`git ls-files`: tracked and
// new, not ignored) copied to a temporary folder, with the installed node_modules linked in: `npm ci` there would add
// minutes and test npm, not this package.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root, run } from './util.mjs';

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** What a page needs of the bundle: ipw.js and the files it loads from its own folder. */
const BUNDLE = [
  'ipw-ar.js',
  'ipw-describe.js',
  'ipw-es.js',
  'ipw-explain.js',
  'ipw-hints.js',
  'ipw-ru.js',
  'ipw-zh.js',
  'ipw.js',
];

describe('npm run release, on a clone that was never built', { timeout: 600_000 }, () => {
  let clone, printed, tarball, unpacked;
  before(
    async () => {
      clone = await mkdtemp(join(tmpdir(), 'ipw-clone-'));
      const listed = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root);
      for (const file of listed.split('\0').filter((f) => f && existsSync(join(root, f)))) {
        await mkdir(dirname(join(clone, file)), { recursive: true });
        await cp(join(root, file), join(clone, file));
      }
      await symlink(join(root, 'node_modules'), join(clone, 'node_modules'), 'junction');
      assert.equal(existsSync(join(clone, 'dist')), false, 'the clone has no dist/');
      printed = await run('npm', ['run', 'release'], clone);
      const { name, version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
      tarball = `${name}-${version}.tgz`;
      unpacked = join(clone, 'unpacked');
      await mkdir(unpacked);
      await run('tar', ['-xzf', join(clone, 'release', tarball), '-C', unpacked], clone);
    },
    { timeout: 600_000 },
  );
  after(() => clone && rm(clone, { recursive: true, force: true }));

  test('the tarball npm pack wrote holds the built bundle, its types and its manifest', async () => {
    const dist = await readdir(join(unpacked, 'package/dist'));
    for (const file of [...BUNDLE, 'index.js', 'index.d.ts', 'define.js', 'server'])
      assert.ok(dist.includes(file), `dist/${file} is in the tarball`);
    assert.ok(existsSync(join(unpacked, 'package/custom-elements.json')), 'custom-elements.json is in the tarball');
    assert.ok(existsSync(join(unpacked, 'package/feeds/images/wipo-cipo-2024.svg')), "the feed's image too");
  });

  test('release/ holds the tarball, the bundle files as packed, and their integrity hashes', async () => {
    const files = (await readdir(join(clone, 'release'))).sort();
    assert.deepEqual(files, [...BUNDLE, 'integrity.json', tarball].sort());
    const integrity = JSON.parse(await readFile(join(clone, 'release/integrity.json'), 'utf8'));
    assert.deepEqual(Object.keys(integrity).sort(), [...BUNDLE, tarball].sort());
    for (const file of BUNDLE) {
      const bytes = await readFile(join(clone, 'release', file));
      assert.ok(bytes.equals(await readFile(join(unpacked, 'package/dist', file))), `${file} is the packed one`);
      assert.equal(integrity[file], sha384(bytes), file);
    }
    assert.equal(integrity[tarball], sha384(await readFile(join(clone, 'release', tarball))));
    assert.ok(printed.includes(`integrity="${integrity['ipw.js']}"`), 'it prints the script tag with the hash');
  });
});
