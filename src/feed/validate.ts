import { IpwError, knownIds } from './errors.js';
import { FEED, type SpecNode } from './spec.js';
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
const QUALIFIERS = ['over', 'nearly', 'about'];
// 1997, 2024-10 or 2024-10-07, months 01 to 12 and days 01 to 31; LATE days may not be in their month.
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const LATE = /-(29|3.)$/;
const COUNTRY = /^[a-z]{2}$/i;
// C0 and C1 controls: browsers drop some of them inside URLs, which is how `java\tscript:` tricks work.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// What the URL parser returns as it is: a lower-case scheme and host (no port, IP or punycode), a path without
// dot segments, nothing to escape (so no control character either). Most links in a feed look like this; the
// others go through URL.
const PLAIN = /^(?!.*(xn--|\/\.))https?:\/\/([a-z\d-]+\.)*[a-z][a-z\d-]*\/[\w\-./?#=&]*$/;
/** Longest string kept; longer ones are dropped with a warning. */
export const MAX_STRING = 10_000;

type Key = string | number;
type Path = Key[];
class Fail {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

interface Ctx {
  warnings: FeedWarning[];
  /** The ids of each list so far, by the `ref:<list>` that names them. */
  ids: Record<string, Set<unknown>>;
  /** A link or image address in its usual form, or undefined when it is not safe to use. */
  url: (v: unknown) => string | undefined;
  /**
   * Where the check is: the path of the object or list being checked, one array grown and shrunk as it goes, read
   * only to say where something failed. A value's own key is handed to its check.
   */
  path: Path;
}

type Json = Record<string, unknown>;
/**
 * Checks a value in place: returns it, in its usual form (absolute URLs, upper-case countries), with what is
 * invalid inside it taken out and warned about; or a Fail, and the caller drops the value.
 */
type Check = (v: unknown, c: Ctx, key: Key) => unknown;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `programs[3].title.fr`, with odd keys quoted: `programs[0]["two words"]`. */
export const formatPath = (path: Path) =>
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

/** The value at `key` failed. */
const fail = (c: Ctx, key: Key, message: string) => new Fail(formatPath([...c.path, key]), message);
const expected = (c: Ctx, key: Key, what: string, v: unknown) =>
  fail(c, key, `expected ${EXPECTED[what]}, got ${show(v)}`);
const warn = (c: Ctx, f: Fail, end = '') => c.warnings.push({ path: f.path, message: f.message + end });
/** A failure already told, field by field. */
const TOLD = new Fail('', '');
/** Warns that the value at `key` is dropped: `ignored` when it failed itself, else it is left out with what failed. */
const drop = (c: Ctx, f: Fail, key: Key, ignored: string) => {
  const at = formatPath([...c.path, key]);
  if (f !== TOLD) warn(c, f, f.path === at ? ignored : `; ${at} left out`);
};
/** A real calendar date, full or partial. */
export const isDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  DATE.test(v) &&
  // Days 29 to 31 may not exist in that month: Date would move them on to the next one.
  (!LATE.test(v) || new Date(v).getUTCDate() === +v.slice(8));

/**
 * The absolute `https:` or `http:` form of a link or image address, resolved
 * against `base`; `undefined` for anything else (`javascript:`, `data:`…).
 * Without a base (a server render of a `.feed` object), a relative address stays relative.
 */
export const safeUrl = (v: unknown, base?: string): string | undefined => {
  if (typeof v !== 'string' || v.length > 2048) return undefined;
  if (PLAIN.test(v)) return v;
  if (CONTROL.test(v)) return undefined;
  const t = v.trim();
  try {
    const url = new URL(t, base ?? 'https://relative.invalid/');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return base || /^[a-z][\w+.-]*:/i.test(t) ? url.href : t;
  } catch {
    return undefined;
  }
};

/** How a feed's relative addresses are read: against a base URL, or by a function (the server's). */
export type UrlBase = string | ((url: unknown) => string | undefined);

// A feed repeats the same few tags thousands of times, and Intl's check is slow: ask it once per tag.
const tags = new Map<string, boolean>();
const isLanguageTag = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  let ok = tags.get(v);
  if (ok === undefined) {
    try {
      ok = !!Intl.getCanonicalLocales(v);
    } catch {
      ok = false;
    }
    if (tags.size < 1000) tags.set(v, ok);
  }
  return ok;
};

const string = (v: unknown, c: Ctx, key: Key, what: string) =>
  typeof v !== 'string'
    ? expected(c, key, what, v)
    : v.length > MAX_STRING
      ? fail(c, key, `expected at most 10,000 characters, got ${v.length.toLocaleString('en')}`)
      : v;

function text(v: unknown, c: Ctx, key: Key): unknown {
  if (!isObject(v)) return string(v, c, key, 'text');
  let some = false;
  for (const lang in v) {
    const s = v[lang];
    if (typeof s === 'string' && s.length <= MAX_STRING && isLanguageTag(lang)) {
      some = true;
      continue;
    }
    // Not a tag (`$` notes are not), or not a string: left out.
    if (lang[0] !== '$') {
      c.path.push(key);
      const f = isLanguageTag(lang)
        ? (string(s, c, lang, 'str') as Fail)
        : fail(c, lang, `expected ${EXPECTED.lang} as key, got ${show(lang)}`);
      c.path.pop();
      warn(c, f, '; ignored');
    }
    delete v[lang];
  }
  return some ? v : expected(c, key, 'text', v);
}

/** A valid primitive in its usual form, or a Fail, or undefined for `expected …`. */
function primitive(kind: string, v: unknown, c: Ctx, key: Key): unknown {
  switch (kind) {
    case 'id':
      return typeof v === 'string' && v.trim() && v.length <= 200 ? v : undefined;
    case 'str':
      return string(v, c, key, kind);
    case 'date':
      return isDate(v) ? v : undefined;
    case 'url':
      return c.url(v);
    case 'country':
      return typeof v === 'string' && COUNTRY.test(v) ? v.toUpperCase() : undefined;
    case 'lang':
      return isLanguageTag(v) ? v : undefined;
    case 'count':
      // + 0 turns -0 (valid JSON) into 0.
      return Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) + 0 : undefined;
    case 'qualifier':
      return QUALIFIERS.includes(v as string) ? v : undefined;
    case 'version':
      return v;
  }
  // ref:<list>; `ref:topics` is a topic.
  const known = (c.ids[kind] ??= new Set());
  return known.has(v) ? v : fail(c, key, `unknown ${kind.slice(4, -1)} ${show(v)}; ${knownIds(known)}`);
}

/** Checks a list's items, keeping the valid ones; for a top-level list, also that its records' ids are unique. */
const list = (check: Check, top?: string | false): Check => {
  const ref = 'ref:' + top;
  return (v, c, key) => {
    if (!Array.isArray(v)) return expected(c, key, 'list', v);
    // A top-level list's ids must be unique; its Set also answers other lists' references (`ref:…`).
    const ids = top && (c.ids[ref] = new Set());
    c.path.push(key);
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      let r = check(v[i], c, i);
      if (ids && !(r instanceof Fail)) {
        const id = (r as { id: string }).id;
        if (ids.has(id)) r = fail(c, i, `duplicate id ${show(id)}, already used by an earlier record`);
        else ids.add(id);
      }
      // Kept items move up, in place.
      if (r instanceof Fail) drop(c, r, i, '; left out');
      else v[n++] = r;
    }
    c.path.pop();
    if (n < v.length) v.length = n;
    return v;
  };
};

/** A required field failed: warns that its record, at `c.path`, is left out. */
const leftOut = (c: Ctx, f: Fail) => {
  if (f !== TOLD) warn(c, f, `; ${formatPath(c.path)} left out`);
  return true;
};

/**
 * Drops the field `name` of `v`, which failed: an optional one with a warning that says so (none at the `top` of
 * the feed: its default stands); a required one takes its record with it. Whether it did.
 */
const dropField = (v: Json, c: Ctx, name: string, f: Fail, optional: boolean, top?: boolean) => {
  if (!optional) return leftOut(c, f);
  drop(c, f, name, top ? '' : '; ignored');
  delete v[name];
  return false;
};

/** Takes out a key the spec does not have, with a warning (and a likely one), but for `$` notes. */
function unknownKey(v: Json, c: Ctx, name: string, names: string[]) {
  delete v[name];
  const near = name.length > 2 && names.find((n) => distance(n, name.toLowerCase()) <= 2);
  if (name[0] !== '$') warn(c, fail(c, name, `unknown key, ignored${near ? `; did you mean "${near}"?` : ''}`));
}

/** Edit distance, for "did you mean" on unknown keys. */
const distance = (a: string, b: string): number => {
  let prev = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + +(a[i - 1] !== b[j - 1]));
    prev = row;
  }
  return prev[b.length];
};

/**
 * An object spec, read once into its fields: a feed has thousands of objects of a few kinds.
 * At the `top` of the feed, a field that fails is dropped without a word about it: its default stands.
 */
const object = (spec: Record<string, SpecNode>, top?: boolean): Check => {
  const fields = Object.entries(spec).map(([key, node]) => {
    const name = key.replace('?', '');
    // The top level's version was checked first; it may even be inherited.
    const optional = name !== key || node === 'version';
    const kind = typeof node === 'string' ? node : Array.isArray(node) ? 'list' : 'object';
    return [name, compile(node, top && name), optional, EXPECTED[kind] ?? 'an id'] as const;
  });
  const names = fields.map((f) => f[0]);
  const byName = new Map(fields.map((f) => [f[0], f]));
  const required = fields.filter((f) => !f[2]);
  // An end comes right after the field where its range starts (`start`, or an event's `date`).
  const start = names[names.indexOf('end') - 1];
  /** After its fields: what `v` lacks, or an end before its start. Whether it is left out. */
  const finish = (v: Json, c: Ctx, failed: boolean, seen: number) => {
    if (seen < required.length)
      for (const [name, , , what] of required)
        if (!Object.hasOwn(v, name)) failed = leftOut(c, fail(c, name, `missing: expected ${what}`));
    const from = v[start] as string;
    const end = v.end as string;
    if (!failed && start && end && end.slice(0, from.length) < from.slice(0, end.length)) {
      warn(c, fail(c, 'end', `expected a date on or after ${from}, got "${end}"; ignored`));
      delete v.end;
    }
    return failed;
  };
  // The rare cases live in functions of their own: the loop below runs for every key of a feed, mostly before the
  // JIT has optimized it, and a short function is optimized sooner.
  return (v, c, key) => {
    if (!isObject(v)) return expected(c, key, 'object', v);
    // The feed itself has no key.
    if (!top) c.path.push(key);
    // Its fields in the order the feed has them, so that warnings follow the text a webmaster reads; and every
    // problem, even in a record that is left out, so that one reading shows every fix.
    let failed = false;
    let seen = 0;
    for (const name in v) {
      const field = byName.get(name);
      const value = v[name];
      if (!field) unknownKey(v, c, name, names);
      // `null` stands for "none" in many CMS exports: an absent optional field.
      else if (value == null && (field[2] || value === undefined)) delete v[name];
      else {
        const r = field[1](value, c, name);
        if (r instanceof Fail) failed = dropField(v, c, name, r, field[2], top) || failed;
        else {
          seen += +!field[2];
          // A valid value in its usual form: an absolute URL, an upper-case country, 0 for -0.
          if (r !== value || r === 0) v[name] = r;
        }
      }
    }
    if (seen < required.length || v.end !== undefined) failed = finish(v, c, failed, seen);
    if (!top) c.path.pop();
    return failed ? TOLD : v;
  };
};

const compile = (node: SpecNode, top?: string | false): Check =>
  typeof node !== 'string'
    ? Array.isArray(node)
      ? list(compile(node[0]), top)
      : object(node as Record<string, SpecNode>)
    : node === 'text'
      ? text
      : (v, c, key) => primitive(node, v, c, key) ?? expected(c, key, node, v);

const TOP = object(FEED, true);
/**
 * What a feed without a top-level field, or with a wrong one, has: in the spec's order, which `ref:` needs.
 * `{...defaults(), ...feed}` keeps that order, whatever the feed's.
 */
const defaults = () => ({
  version: 1,
  language: 'en',
  organizations: [],
  topics: [],
  programs: [],
  agreements: [],
  stats: [],
});

/**
 * A copy of the plain data in a caller's feed object, which checking in place must not change. Deep enough for
 * every level the spec has; below that, nothing is changed, nor followed (a cycle ends there).
 */
function copy(v: unknown, depth = 9): unknown {
  if (!depth || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return Array.from(v, (x) => copy(x, depth - 1));
  // Own keys, as JSON.parse makes them: a `__proto__` key is a key (an unknown one, to warn about and delete), not
  // the object's prototype.
  const out: Json = {};
  for (const key of Object.keys(v)) {
    const value = copy((v as Json)[key], depth - 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** Checks a feed in place: JSON.parse's own objects, or a copy of a caller's. */
function validate(value: unknown, base: UrlBase | undefined = globalThis.document?.baseURI): ParsedFeed {
  if (!isObject(value))
    throw new IpwError('invalid-feed', `expected the feed to be an object like {"version": 1, …}, got ${show(value)}`);
  if (value.version !== 1)
    throw new IpwError(
      'invalid-feed',
      value.version === undefined
        ? 'version: missing; add "version": 1 at the top of the feed'
        : `version: expected 1, got ${show(value.version)}; this library reads feed format version 1`,
    );
  const c: Ctx = { warnings: [], ids: {}, url: typeof base == 'function' ? base : (v) => safeUrl(v, base), path: [] };
  const feed = { ...defaults(), ...(TOP({ ...defaults(), ...value }, c, '') as Json) };
  return { feed: feed as unknown as Feed, warnings: c.warnings };
}

/**
 * Checks a feed once, at the boundary. Invalid records and fields are dropped
 * with a warning that names their JSON path; the valid rest is returned.
 * Throws `IpwError('invalid-feed')` only when nothing can be used.
 *
 * @param base resolves relative URLs: the feed's own URL, or the page's (the default in a browser).
 */
export const validateFeed = (value: unknown, base?: UrlBase): ParsedFeed => validate(copy(value), base);

/** Reads feed text (a byte-order mark is allowed) and validates it. */
export function parseFeed(text: string, base?: UrlBase): ParsedFeed {
  // trimStart() also drops a byte-order mark, even after the indentation of an inline script.
  const body = text.trimStart();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new IpwError(
      'invalid-json',
      !body
        ? 'the feed is empty'
        : body[0] === '<'
          ? 'the feed is HTML, not JSON: check its address (is it an error page?)'
          : `the feed is not valid JSON: ${(e as Error).message}`,
    );
  }
  // Nobody else holds JSON.parse's objects: they are checked in place, not copied.
  return validate(json, base);
}
