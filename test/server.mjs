// Test-only HTTP endpoints under /mock/, for the network tests: statuses,
// slow answers, bodies that are not JSON, a server that fails once, and how
// many requests each key received.
import { readFileSync } from 'node:fs';

const feed = () => readFileSync(new URL('../feeds/wipo-cipo-2024.json', import.meta.url), 'utf8');
const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServer(ctx, next) {
  const match = /^\/mock\/([\w-]+)(?:\/(.*))?$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, arg] = match;
  const key = ctx.query.key ?? kind;
  const n = (hits.get(key) ?? 0) + 1;
  if (kind !== 'hits') hits.set(key, n);
  ctx.set('cache-control', 'no-store');
  const json = (body) => {
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (kind) {
    case 'feed':
      return json(feed());
    case 'hits':
      return json(JSON.stringify({ count: hits.get(arg) ?? 0 }));
    case 'status':
      ctx.status = Number(arg);
      ctx.body = 'Server error';
      return;
    case 'slow':
      await sleep(Number(ctx.query.ms ?? 3000));
      return json(feed());
    case 'flaky': // fails the first request of each key with a 503, then serves the feed
      if (n === 1) {
        ctx.status = 503;
        ctx.body = 'Busy';
        return;
      }
      return json(feed());
    case 'fail-after-first': // serves the feed once, then fails with 500
      if (n === 1) return json(feed());
      ctx.status = 500;
      ctx.body = 'Broken';
      return;
    case 'html':
      ctx.type = 'application/json';
      ctx.body = '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>';
      return;
    case 'body':
      return json(decodeURIComponent(arg ?? ''));
  }
  return next();
}
