// Every fenced code block of the docs, compiled as the language its fence names: a reader who pastes one into a file
// of that kind gets no syntax error, and the TypeScript type-checks against the built package (`npm test` builds
// first). `js`: esbuild; `ts`: tsc, strict, with the package found by its name as an installed package is; `json`:
// JSON.parse; `html`: parse5, every element closed and every end tag opened; `css`: esbuild; `sh`: bash -n. The
// framework blocks (`tsx`, `vue`, `svelte`) are type-checked and built in their example apps
// (test/node/frameworks.test.mjs); `text` and unlabelled blocks are output and headers, not code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { after, describe, test } from 'node:test';
import { transform } from 'esbuild';
import { load as loadYaml } from 'js-yaml';
import { parseFragment } from 'parse5';
import { root, run } from './util.mjs';

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'ARCHITECTURE.md',
  ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'stories'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `stories/${f}`),
  ...readdirSync(join(root, 'examples')).map((d) => `examples/${d}/README.md`),
].filter((doc) => {
  try {
    return readFileSync(join(root, doc));
  } catch {
    return false;
  }
});
const ELSEWHERE = new Set(['tsx', 'vue', 'svelte', 'text', '']);

/** A doc's fenced blocks: language, code and the line the block starts on. */
const blocksOf = (doc) =>
  [...readFileSync(join(root, doc), 'utf8').matchAll(/^( *)```(\w*)\n([^]*?)^\1```$/gm)].map((m) => ({
    language: m[2],
    code: m[3].replace(new RegExp(`^${m[1]}`, 'gm'), ''),
    line: readFileSync(join(root, doc), 'utf8').slice(0, m.index).split('\n').length,
  }));

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** What is wrong with an HTML snippet: the parser's errors, elements never closed, end tags never opened. */
function htmlProblems(code) {
  const problems = [];
  const fragment = parseFragment(code, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => problems.push(`${e.code} at line ${e.startLine}`),
  });
  let closed = 0;
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      const at = child.sourceCodeLocation;
      if (child.tagName && at && !VOID.has(child.tagName)) {
        if (at.endTag) closed++;
        else problems.push(`<${child.tagName}> at line ${at.startLine} is never closed`);
      }
      walk(child.content ?? child);
    }
  };
  walk(fragment);
  const ends = code.replace(/<script\b[^>]*>[^]*?<\/script>/g, '<script></script>').match(/<\/[a-z][\w-]*\s*>/gi);
  if ((ends?.length ?? 0) !== closed) problems.push(`${ends?.length ?? 0} end tags for ${closed} closed elements`);
  return problems;
}

const typescript = [];
const tmp = join(root, '.tmp', 'snippets');

describe('the docs’ code blocks, each compiled as the language its fence names', () => {
  after(() => rm(tmp, { recursive: true, force: true }));

  for (const doc of DOCS)
    test(doc, async () => {
      const problems = [];
      const fail = (where) => (e) => problems.push(`${where}: ${e.message}`);
      for (const { language, code, line } of blocksOf(doc)) {
        const where = `${doc}:${line} (\`\`\`${language})`;
        const compile = (loader) => transform(code, { loader, format: 'esm', logLevel: 'silent' }).catch(fail(where));
        switch (language) {
          case 'js':
            await compile('js');
            break;
          case 'ts':
            await compile('ts');
            typescript.push({ where, code });
            break;
          case 'css':
            await transform(code, { loader: 'css', logLevel: 'silent' }).catch(fail(where));
            break;
          case 'json':
            try {
              JSON.parse(code);
            } catch (e) {
              fail(where)(e);
            }
            break;
          case 'html':
            problems.push(...htmlProblems(code).map((p) => `${where}: ${p}`));
            break;
          case 'sh':
            await run('bash', ['-n', '-c', code], root).catch(fail(where));
            break;
          case 'yaml':
            try {
              loadYaml(code);
            } catch (e) {
              fail(where)(e);
            }
            break;
          default:
            if (!ELSEWHERE.has(language)) problems.push(`${where}: no check for \`\`\`${language} blocks`);
        }
      }
      assert.deepEqual(problems, []);
    });

  test('the TypeScript blocks type-check against the built package', async () => {
    assert.ok(typescript.length > 0, 'there are ```ts blocks');
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    // Each block is a module of its own (`export {}`: pasted into a module, as the imports say), checked in one
    // program: the package's global declarations (its tags, its events) come with its import, as in an app.
    const files = await Promise.all(
      typescript.map(async ({ where, code }, n) => {
        const file = join(tmp, `block-${n}.ts`);
        await writeFile(file, `// ${where}\n${code}\nexport {};\n`);
        return file;
      }),
    );
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2023', 'dom', 'dom.iterable'],
        types: [],
      },
      files,
    };
    await writeFile(join(tmp, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '-p', join(tmp, 'tsconfig.json')], root).catch((e) => assert.fail(e.message));
  });
});
