// npm run check:package: the package as npm would publish it (packed from the dist/ there is: build first), checked
// by publint (what package.json promises and what the tarball holds) and by Are the Types Wrong (each entry point's
// types, as TypeScript resolves them in Node 16+ ESM and in bundlers; the package is ESM only, so the CommonJS and
// node10 resolutions are out of scope). Each must report nothing; the exit code is 1 otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ipw-check-package-'));
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
let failed;
try {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const tarball = join(dir, JSON.parse(pack.stdout)[0].filename);
  const bin = (name) => join('node_modules', '.bin', name);
  failed = run(bin('publint'), ['run', tarball, '--strict']).status !== 0;
  failed = run(bin('attw'), [tarball, '--profile', 'esm-only']).status !== 0 || failed;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  failed ? 'check:package: publint or attw found a problem (above)' : 'check:package: publint and attw report nothing',
);
process.exitCode = failed ? 1 : 0;
