// Regenerates schema/feed.schema.json from the spec, src/feed/spec.ts, and its words, src/feed/words.ts, read from
// the source itself: a build keeps only what the library uses of them, and the schema also says what only the
// validator checks (BEYOND_JSON_SCHEMA).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from './json-schema.js';

const { outputFiles } = await build({
  stdin: {
    contents: "export * from './spec.ts'; export * from './words.ts';",
    resolveDir: fileURLToPath(new URL('../src/feed/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const format = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const { AGREEMENT, EVENT, ORGANIZATION, PROGRAM, STAT, TOPIC } = format;
const schema = toJsonSchema(format, {
  organization: ORGANIZATION,
  topic: TOPIC,
  program: PROGRAM,
  agreement: AGREEMENT,
  event: EVENT,
  stat: STAT,
});
mkdirSync(new URL('../schema', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
