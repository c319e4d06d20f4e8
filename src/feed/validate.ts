import { IpwError } from './errors.js';
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

type Path = readonly (string | number)[];
class Fail {
  constructor(
    /** Where, if a careful check failed: a quick one does not say. */
    readonly path?: Path,
    readonly message?: string,
  ) {}
}
/** How a quick check fails: the careful one then says why. */
const NO = new Fail();

interface Ctx {
  warnings: FeedWarning[];
  /** The ids of each list so far, by the `ref:<list>` that names them. */
  ids: Record<string, Set<unknown>>;
  base: string;
  /**
   * The caller's own feed: never changed, every record copied. JSON.parse's objects are nobody else's: records
   * that pass the quick check are kept in place, and only the others are copied.
   */
  copy: boolean;
}

type Json = Record<string, unknown>;
/** The value at `p` to keep, or a Fail. */
type Check = (v: unknown, c: Ctx, p?: Path) => unknown;
/**
 * A spec node, compiled: the careful check, and the quick one, for JSON.parse's own objects. The quick one keeps
 * a valid value as it is, in place (but for its usual form: absolute URLs, upper-case countries); anything else
 * fails it without a word, and the careful one, run next, says why. Most records pass it.
 */
type Compiled = readonly [check: Check, quick: Check];
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

const expected = (p: Path | undefined, what: string, v: unknown) =>
  new Fail(p, `expected ${EXPECTED[what]}, got ${show(v)}`);
const warn = (c: Ctx, f: Fail, end = '') => c.warnings.push({ path: formatPath(f.path!), message: f.message + end });
/**
 * Warns that what failed at `r.path` is dropped: that value (`ignored`), or the item at `p`. A check that fails
 * at its own path returns the very array it was given, hence `===`.
 */
const drop = (c: Ctx, r: Fail, p: Path, ignored: string) =>
  warn(c, r, r.path === p ? ignored : `; ${formatPath(p)} left out`);

/** A real calendar date, full or partial. */
export const isDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  DATE.test(v) &&
  // Days 29 to 31 may not exist in that month: Date would move them on to the next one.
  (!LATE.test(v) || new Date(v).getUTCDate() === +v.slice(8));

/**
 * The absolute `https:` or `http:` form of a link or image address, resolved
 * against `base`; `undefined` for anything else (`javascript:`, `data:`…).
 */
export const safeUrl = (v: unknown, base: string): string | undefined => {
  if (typeof v !== 'string' || v.length > 2048) return undefined;
  if (PLAIN.test(v)) return v;
  if (CONTROL.test(v)) return undefined;
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
      ok = !!Intl.getCanonicalLocales(v);
    } catch {
      ok = false;
    }
    if (tags.size < 1000) tags.set(v, ok);
  }
  return ok;
};

const string = (v: unknown, p: Path | undefined, what: string) =>
  typeof v !== 'string'
    ? expected(p, what, v)
    : v.length > MAX_STRING
      ? new Fail(p, `expected at most 10,000 characters, got ${v.length.toLocaleString('en')}`)
      : v;

function text(v: unknown, c: Ctx, p?: Path): unknown {
  if (!isObject(v)) return string(v, p, 'text');
  const out: Json = {};
  let some = false;
  for (const lang in v) {
    const at = [...p!, lang];
    const r =
      lang[0] === '$' ||
      (isLanguageTag(lang)
        ? string(v[lang], at, 'str')
        : new Fail(at, `expected ${EXPECTED.lang} as key, got ${show(lang)}`));
    if (r instanceof Fail) drop(c, r, at, '; ignored');
    if (typeof r === 'string') {
      some = true;
      out[lang] = r;
    }
  }
  return some ? out : expected(p, 'text', v);
}

function quickText(v: unknown): unknown {
  if (!isObject(v)) return string(v, undefined, 'text');
  let some = false;
  for (const lang in v) {
    const s = v[lang];
    if (!isLanguageTag(lang) || typeof s !== 'string' || s.length > MAX_STRING) return NO;
    some = true;
  }
  return some ? v : NO;
}

/** A valid primitive in its usual form, or a Fail, or undefined for `expected …`. */
function primitive(kind: string, v: unknown, c: Ctx, p?: Path): unknown {
  switch (kind) {
    case 'id':
      return typeof v === 'string' && v.trim() && v.length <= 200 ? v : undefined;
    case 'str':
      return string(v, p, kind);
    case 'date':
      return isDate(v) ? v : undefined;
    case 'url':
      return safeUrl(v, c.base);
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
  return known.has(v)
    ? v
    : new Fail(
        p,
        `unknown ${kind.slice(4, -1)} ${show(v)}; known ids: ${[...known].slice(0, 10).join(', ') || 'none'}`,
      );
}

/** Checks a list's items; for a top-level list, also that its records' ids are unique. */
const list = ([check, quick]: Compiled, top?: string | false): Compiled => {
  const key = 'ref:' + top;
  const referred = JSON.stringify(FEED).includes(key);
  return [
    (v, c, p) => {
      if (!Array.isArray(v)) return expected(p, 'list', v);
      // A list's ids must be unique. Its Set also answers other lists' references (`ref:…`); a Set of thousands
      // of ids is otherwise worth building only when a sorted copy shows that some id repeats.
      const ids =
        top &&
        (referred ||
          v
            .map((x) => (typeof x?.id === 'string' ? x.id : undefined))
            .sort()
            .some((id, i, all) => id && id === all[i - 1])) &&
        (c.ids[key] = new Set());
      // Kept items move up in place, in JSON.parse's own lists.
      const out = c.copy ? [] : v;
      let n = 0;
      for (let i = 0; i < v.length; i++) {
        // The item's path, made only when there is something to say about it.
        let at;
        let r = c.copy ? NO : quick(v[i], c);
        if (r instanceof Fail) r = check(v[i], c, (at = [...p!, i]));
        if (ids && !(r instanceof Fail)) {
          const id = (r as { id: string }).id;
          if (ids.has(id))
            r = new Fail((at = [...p!, i]), `duplicate id ${show(id)}, already used by an earlier record`);
          else ids.add(id);
        }
        if (r instanceof Fail) drop(c, r, at!, '; left out');
        else out[n++] = r;
      }
      out.length = n;
      return out;
    },
    (v, c) => {
      if (!Array.isArray(v)) return NO;
      for (let i = 0; i < v.length; i++) if (quick(v[i], c) !== v[i]) return NO;
      return v;
    },
  ];
};

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

/** Warns about the keys of `v` that are not in `names`, but `$` notes. */
function unknownKeys(names: string[], v: Json, c: Ctx, p: Path) {
  for (const key in v) {
    if (names.includes(key) || key[0] === '$') continue;
    const near = key.length > 2 && names.find((n) => distance(n, key.toLowerCase()) <= 2);
    warn(c, new Fail([...p, key], `unknown key, ignored${near ? `; did you mean "${near}"?` : ''}`));
  }
}

/**
 * An object spec, read once into its fields: a feed has thousands of objects of a few kinds.
 * At the `top` of the feed, a field that fails is dropped without a word about it: its default stands.
 */
const object = (spec: Record<string, SpecNode>, top?: boolean): Compiled => {
  const fields = Object.entries(spec).map(([key, node]) => {
    const name = key.replace('?', '');
    // The top level's version was checked first; it may even be inherited.
    const optional = name !== key || node === 'version';
    const kind = typeof node === 'string' ? node : Array.isArray(node) ? 'list' : 'object';
    return [name, compile(node, top && name), optional, EXPECTED[kind] ?? 'an id'] as const;
  });
  const names = fields.map((f) => f[0]);
  const byName = new Map(fields.map((f) => [f[0], f]));
  const required = fields.filter((f) => !f[2]).length;
  // An end comes right after the field where its range starts (`start`, or an event's `date`).
  const start = names[names.indexOf('end') - 1];
  const endsEarly = (o: Json) => {
    const from = o[start] as string;
    const end = o.end as string | undefined;
    return start && end && end.slice(0, from.length) < from.slice(0, end.length);
  };
  return [
    (v, c, p = []) => {
      if (!isObject(v)) return expected(p, 'object', v);
      const out: Json = {};
      for (const [name, [check], optional, what] of fields) {
        const value = Object.hasOwn(v, name) ? v[name] : undefined;
        const at = [...p, name];
        // `null` stands for "none" in many CMS exports: an absent optional field.
        const r =
          value === undefined || (value === null && optional)
            ? optional || new Fail(at, `missing: expected ${what}`)
            : check(value, c, at);
        if (r instanceof Fail && !optional) {
          // A misspelt key is often why a required one is missing: say both.
          unknownKeys(names, v, c, p);
          return r;
        }
        // An optional field that fails is dropped, and the message says so.
        if (r instanceof Fail) drop(c, r, at, top ? '' : '; ignored');
        if (r !== true && !(r instanceof Fail)) out[name] = r;
      }
      if (endsEarly(out)) {
        warn(c, new Fail([...p, 'end'], `expected a date on or after ${out[start]}, got "${out.end}"; ignored`));
        delete out.end;
      }
      unknownKeys(names, v, c, p);
      return out;
    },
    (v, c) => {
      if (!isObject(v)) return NO;
      let n = 0;
      for (const key in v) {
        const f = byName.get(key);
        const value = v[key];
        const r = f ? f[1][1](value, c) : NO;
        if (r instanceof Fail) return NO;
        // A valid value in its usual form: an absolute URL, an upper-case country, 0 for -0.
        if (r !== value || r === 0) v[key] = r;
        n += +!f![2];
      }
      return n < required || endsEarly(v) ? NO : v;
    },
  ];
};

const compile = (node: SpecNode, top?: string | false): Compiled => {
  if (typeof node !== 'string')
    return Array.isArray(node) ? list(compile(node[0]), top) : object(node as Record<string, SpecNode>);
  const check: Check = node === 'text' ? text : (v, c, p) => primitive(node, v, c, p) ?? expected(p, node, v);
  return [check, node === 'text' ? quickText : check];
};

const [TOP] = object(FEED, true);

function validate(
  value: unknown,
  copy: boolean,
  base = globalThis.document?.baseURI ?? 'https://invalid/',
): ParsedFeed {
  if (!isObject(value))
    throw new IpwError('invalid-feed', `expected the feed to be an object like {"version": 1, …}, got ${show(value)}`);
  if (value.version !== 1)
    throw new IpwError(
      'invalid-feed',
      value.version === undefined
        ? 'version: missing; add "version": 1 at the top of the feed'
        : `version: expected 1, got ${show(value.version)}; this library reads feed format version 1`,
    );
  const c: Ctx = { warnings: [], ids: {}, base, copy };
  const feed = {
    version: 1,
    language: 'en',
    organizations: [],
    topics: [],
    programs: [],
    agreements: [],
    stats: [],
    ...(TOP(value, c) as Json),
  };
  return { feed: feed as unknown as Feed, warnings: c.warnings };
}

/**
 * Checks a feed once, at the boundary. Invalid records and fields are dropped
 * with a warning that names their JSON path; the valid rest is returned.
 * Throws `IpwError('invalid-feed')` only when nothing can be used.
 *
 * @param base resolves relative URLs: the feed's own URL, or the page's.
 */
export const validateFeed = (value: unknown, base?: string): ParsedFeed => validate(value, true, base);

/** Reads feed text (a byte-order mark is allowed) and validates it. */
export function parseFeed(text: string, base?: string): ParsedFeed {
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
  return validate(json, false, base);
}
