// Regenerates schema/feed.schema.json from the spec, src/feed/spec.ts, read from the source itself: a build keeps
// only what the library uses of it, and the schema also says what only the validator checks (BEYOND_JSON_SCHEMA).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from './json-schema.js';

const spec = fileURLToPath(new URL('../src/feed/spec.ts', import.meta.url));
const { outputFiles } = await build({
  entryPoints: [spec],
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
