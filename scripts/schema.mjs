// Regenerates schema/feed.schema.json from the built spec (run after rollup).
import { mkdirSync, writeFileSync } from 'node:fs';
import { AGREEMENT, FEED, ORGANIZATION, PROGRAM, STAT, TOPIC } from '../dist/feed/spec.js';
import { toJsonSchema } from './json-schema.js';

const schema = toJsonSchema(FEED, {
  organization: ORGANIZATION,
  topic: TOPIC,
  program: PROGRAM,
  agreement: AGREEMENT,
  stat: STAT,
});
mkdirSync(new URL('../schema', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
