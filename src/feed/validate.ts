import { IpwError } from './errors.js';
import { FEED, type ListName, type SpecNode } from './spec.js';
import type { Feed, FeedWarning } from './types.js';

/** A feed that passed validation, and what was dropped or questioned on the way. */
export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

const EXPECTED: Record<string, string> = {
  id: 'an id (a non-empty string of at most 200 characters)',
  str: 'a string',
  text: 'text: a string or a map like {"en": "…", "fr": "…"}',
  date: 'a date like 2024-10-07, 2024-10 or 2024',
  url: 'an https: or http: URL',
  country: 'a two-letter country code like CA',
  lang: 'a language tag like en or fr-CA',
  count: 'a whole number, 0 or more',
  qualifier: '"over", "nearly" or "about"',
  list: 'a list',
  object: 'an object',
};
const SINGULAR: Record<string, string> = { organizations: 'organization', topics: 'topic' };
const QUALIFIERS = ['over', 'nearly', 'about'];
const DATE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/;
// C0 and C1 controls: browsers drop some of them inside URLs, which is how `java\tscript:` tricks work.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Longest string kept; longer ones are dropped with a warning. */
export const MAX_STRING = 10_000;

class Fail {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

interface Ctx {
  path: (string | number)[];
  warnings: FeedWarning[];
  ids: Partial<Record<ListName, Set<string>>>;
  base: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `programs[3].title.fr`, with odd keys quoted: `programs[0]["two words"]`. */
export const formatPath = (path: readonly (string | number)[]) =>
  path
    .map((p, i) =>
      typeof p === 'number' ? `[${p}]` : /^[\w$]+$/.test(p) ? (i ? '.' : '') + p : `[${JSON.stringify(p)}]`,
    )
    .join('');

/** A short, safe rendering of a value for messages; never walks into objects. */
export const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
    : Array.isArray(v)
      ? 'a list'
      : v === null || typeof v !== 'object'
        ? String(v)
        : 'an object';

const fail = (c: Ctx, message: string) => new Fail(formatPath(c.path), message);
const expected = (c: Ctx, what: string, v: unknown) => fail(c, `expected ${EXPECTED[what]}, got ${show(v)}`);
const warn = (c: Ctx, f: Fail) => c.warnings.push({ path: f.path, message: f.message });

/** A real calendar date, full or partial. */
export const isDate = (v: unknown): v is string => {
  const m = typeof v === 'string' && DATE.exec(v);
  if (!m) return false;
  const [, y, mo = '1', d = '1'] = m;
  const date = new Date(0);
  date.setUTCFullYear(+y, +mo - 1, +d);
  return date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d;
};

/**
 * The absolute `https:` or `http:` form of a link or image address, resolved
 * against `base`; `undefined` for anything else (`javascript:`, `data:`…).
 */
export const safeUrl = (v: unknown, base: string): string | undefined => {
  if (typeof v !== 'string' || v.length > 2048 || CONTROL.test(v)) return undefined;
  try {
    const url = new URL(v.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

// A feed repeats the same few tags thousands of times, and Intl's check is slow: ask it once per tag.
const tags = new Map<string, boolean>();
const isLanguageTag = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  let ok = tags.get(v);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(v).length === 1;
    } catch {
      ok = false;
    }
    if (tags.size < 1000) tags.set(v, ok);
  }
  return ok;
};

const string = (c: Ctx, v: unknown, what: string) =>
  typeof v !== 'string'
    ? expected(c, what, v)
    : v.length > MAX_STRING
      ? fail(c, `expected at most 10,000 characters, got ${v.length.toLocaleString('en')}`)
      : v;

function text(c: Ctx, v: unknown): unknown {
  if (!isObject(v)) return string(c, v, 'text');
  const out: Record<string, string> = {};
  let some = false;
  for (const lang in v) {
    if (lang[0] === '$') continue;
    c.path.push(lang);
    const r = isLanguageTag(lang)
      ? string(c, v[lang], 'str')
      : fail(c, `expected a language tag like en or fr-CA as key, got ${show(lang)}`);
    c.path.pop();
    if (r instanceof Fail) warn(c, new Fail(r.path, r.message + '; ignored'));
    else {
      out[lang] = r as string;
      some = true;
    }
  }
  return some ? out : expected(c, 'text', v);
}

function primitive(kind: string, v: unknown, c: Ctx): unknown {
  switch (kind) {
    case 'id':
      return typeof v === 'string' && v.trim() && v.length <= 200 ? v : expected(c, kind, v);
    case 'str':
      return string(c, v, kind);
    case 'text':
      return text(c, v);
    case 'date':
      return isDate(v) ? v : expected(c, kind, v);
    case 'url':
      return safeUrl(v, c.base) ?? expected(c, kind, v);
    case 'country':
      return typeof v === 'string' && /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : expected(c, kind, v);
    case 'lang':
      return isLanguageTag(v) ? v : expected(c, kind, v);
    case 'count':
      // + 0 turns -0 (valid JSON) into 0.
      return Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) + 0 : expected(c, kind, v);
    case 'qualifier':
      return QUALIFIERS.includes(v as string) ? v : expected(c, kind, v);
  }
  // ref:<list>
  const list = kind.slice(4) as ListName;
  const known = c.ids[list]!;
  if (typeof v === 'string' && known.has(v)) return v;
  const ids = [...known].slice(0, 10).join(', ') || 'none';
  return fail(c, `unknown ${SINGULAR[list]} ${show(v)}; known ids: ${ids}`);
}

function list(item: SpecNode, v: unknown, c: Ctx, ids?: Set<string>): unknown {
  if (!Array.isArray(v)) return expected(c, 'list', v);
  const out = [];
  for (let i = 0; i < v.length; i++) {
    c.path.push(i);
    let r = check(item, v[i], c);
    if (ids && !(r instanceof Fail)) {
      const id = (r as { id: string }).id;
      if (ids.has(id)) r = fail(c, `duplicate id ${show(id)}, already used by an earlier record`);
      else ids.add(id);
    }
    if (r instanceof Fail) {
      const here = formatPath(c.path);
      warn(c, new Fail(r.path, r.message + (r.path === here ? '; left out' : `; ${here} left out`)));
    } else out.push(r);
    c.path.pop();
  }
  return out;
}

/** Edit distance, for "did you mean" on unknown keys. */
const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
};

type Fields = { fields: [name: string, node: SpecNode, optional: boolean][]; names: Set<string> };
// An object spec read once into its fields: a feed has thousands of objects of a few kinds.
const compiled = new WeakMap<object, Fields>();
const fieldsOf = (spec: Record<string, SpecNode>): Fields => {
  let f = compiled.get(spec);
  if (!f) {
    const fields = Object.entries(spec).map(([key, node]): Fields['fields'][number] =>
      key.endsWith('?') ? [key.slice(0, -1), node, true] : [key, node, false],
    );
    compiled.set(spec, (f = { fields, names: new Set(fields.map(([name]) => name)) }));
  }
  return f;
};

function unknownKeys(spec: Record<string, SpecNode>, v: Json, c: Ctx) {
  const { names } = fieldsOf(spec);
  for (const key in v) {
    if (names.has(key) || key[0] === '$') continue;
    const near = key.length > 2 && [...names].find((n) => distance(n, key.toLowerCase()) <= 2);
    c.path.push(key);
    warn(c, fail(c, `unknown key, ignored${near ? `; did you mean "${near}"?` : ''}`));
    c.path.pop();
  }
}

function object(spec: Record<string, SpecNode>, v: unknown, c: Ctx): unknown {
  if (!isObject(v)) return expected(c, 'object', v);
  const out: Json = {};
  for (const [name, node, optional] of fieldsOf(spec).fields) {
    const value = Object.hasOwn(v, name) ? v[name] : undefined;
    c.path.push(name);
    // `null` stands for "none" in many CMS exports: an absent optional field.
    const r =
      value === undefined || (value === null && optional)
        ? optional || fail(c, `missing: expected ${describe(node)}`)
        : check(node, value, c);
    c.path.pop();
    if (r === true) continue;
    if (!(r instanceof Fail)) out[name] = r;
    else if (!optional) {
      // A misspelt key is often why a required one is missing: say both.
      unknownKeys(spec, v, c);
      return r;
    } else {
      // An optional field that fails is dropped, and the message says so.
      const here = formatPath([...c.path, name]);
      warn(c, new Fail(r.path, r.message + (r.path === here ? '; ignored' : `; ${here} left out`)));
    }
  }
  const start = (out.start ?? out.date) as string | undefined;
  const end = out.end as string | undefined;
  if (start && end && end.slice(0, start.length) < start.slice(0, end.length)) {
    c.path.push('end');
    warn(c, fail(c, `expected a date on or after ${start}, got "${end}"; ignored`));
    c.path.pop();
    delete out.end;
  }
  unknownKeys(spec, v, c);
  return out;
}

const describe = (node: SpecNode) =>
  typeof node === 'string' ? (EXPECTED[node] ?? 'an id') : Array.isArray(node) ? EXPECTED.list : EXPECTED.object;

function check(node: SpecNode, v: unknown, c: Ctx): unknown {
  return typeof node === 'string'
    ? primitive(node, v, c)
    : Array.isArray(node)
      ? list(node[0], v, c)
      : object(node as Record<string, SpecNode>, v, c);
}

const LISTS: readonly ListName[] = ['organizations', 'topics', 'programs', 'agreements', 'stats'];

/**
 * Checks a feed once, at the boundary. Invalid records and fields are dropped
 * with a warning that names their JSON path; the valid rest is returned.
 * Throws `IpwError('invalid-feed')` only when nothing can be used.
 *
 * @param base resolves relative URLs: the feed's own URL, or the page's.
 */
export function validateFeed(value: unknown, base = globalThis.document?.baseURI ?? 'https://invalid/'): ParsedFeed {
  if (!isObject(value))
    throw new IpwError('invalid-feed', `expected the feed to be an object like {"version": 1, …}, got ${show(value)}`);
  if (value.version !== 1)
    throw new IpwError(
      'invalid-feed',
      value.version === undefined
        ? 'version: missing; add "version": 1 at the top of the feed'
        : `version: expected 1, got ${show(value.version)}; this library reads feed format version 1`,
    );
  const c: Ctx = { path: [], warnings: [], ids: {}, base };
  const feed = { version: 1, language: 'en' } as Json;
  if (value.language != null) {
    c.path.push('language');
    const r = primitive('lang', value.language, c);
    c.path.pop();
    if (r instanceof Fail) warn(c, r);
    else feed.language = r;
  }
  for (const name of LISTS) {
    const ids = (c.ids[name] = new Set());
    c.path.push(name);
    const r = value[name] == null ? [] : list((FEED[`${name}?`] as readonly [SpecNode])[0], value[name], c, ids);
    c.path.pop();
    if (r instanceof Fail) warn(c, r);
    feed[name] = r instanceof Fail ? [] : r;
  }
  unknownKeys(FEED, value, c);
  return { feed: feed as unknown as Feed, warnings: c.warnings };
}

/** Reads feed text (a byte-order mark is allowed) and validates it. */
export function parseFeed(text: string, base?: string): ParsedFeed {
  // trimStart() also drops a byte-order mark, even after the indentation of an inline script.
  const body = text.trimStart();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const start = body.trimStart();
    throw new IpwError(
      'invalid-json',
      !start
        ? 'the feed is empty'
        : start[0] === '<'
          ? 'the feed is HTML, not JSON: check its address (is it an error page?)'
          : `the feed is not valid JSON: ${(e as Error).message}`,
    );
  }
  return validateFeed(json, base);
}
