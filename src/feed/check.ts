/**
 * The feed's check: what to keep and what to drop, by the rules of spec.ts, without the words that explain it. Each
 * problem is recorded as what is wrong and where (`Problem`); `explain.ts` puts it into words, loaded only for a feed
 * that has problems, so that a page with a valid feed never downloads them. `validate.ts` is both, for callers who
 * want the words at once.
 */
import { IpwError } from './errors.js';
import type { Say } from './explain.js';
import {
  FEED,
  MAX_STRING,
  RANGES,
  REFERENCES,
  RULES,
  type ListName,
  type Primitive,
  type Rule,
  type SpecNode,
} from './spec.js';
import type { Feed, FeedIndex } from './types.js';

/**
 * One problem of a feed: what is wrong (`say`, which `explain.ts` puts into words), the key of the value at fault
 * inside the object or list at `at`, and what becomes of it.
 */
export interface Problem {
  at: readonly Key[];
  key: Key;
  say: Say;
  outcome?: Outcome;
}

/** A checked feed: what can be used, and the problems found on the way. */
export interface Checked {
  feed: Feed;
  problems: Problem[];
}

/** How a feed's relative addresses are read: against a base URL, or by a function (the server's). */
export type UrlBase = string | ((url: unknown) => string | undefined);

export type Key = string | number;
type Json = Record<string, unknown>;

/**
 * What becomes of a value that fails its check, which the end of its warning says: an optional field or a map entry
 * is `ignored`, a list item `left out`, a required field takes its record with it (`record left out`), and a
 * top-level field leaves its `default` standing.
 */
export type Outcome = 'ignored' | 'left out' | 'record left out' | 'default';

/** What belongs somewhere, for "expected …": a rule's kind, text, a list, an object, or a URL a browser can read. */
export type What = keyof typeof RULES | 'text' | 'list' | 'object' | 'readable';

interface Ctx {
  /**
   * Whether objects and lists are changed in place: JSON.parse's own are. A caller's are copied level by level as
   * they are checked, and stay as they were.
   */
  inPlace: boolean;
  problems: Problem[];
  /** The records kept so far, by list and id: what duplicates and references are checked against. */
  index: { [L in ListName]: Map<unknown, Json> };
  /** A link or image address in its usual form, or undefined when a browser cannot read it. */
  url: (v: unknown) => string | undefined;
  /**
   * Where the check is: the path of the object or list being checked, one array grown and shrunk as it goes, read
   * only to say where something failed. A value's own key is handed to its check.
   */
  path: Key[];
}

/**
 * Checks one value: returns it in its usual form (absolute URLs, upper-case countries), with what is invalid inside
 * it taken out and warned about (in place, or in a copy: see `Ctx.inPlace`). When the value itself is invalid, it
 * says why (`fail`) and returns undefined.
 */
type Check = (v: unknown, c: Ctx, key: Key, outcome: Outcome) => unknown;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `programs[3].title.fr`, with odd keys quoted: `programs[0]["two words"]`. */
export const formatPath = (path: readonly Key[]) =>
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

/** Records a problem of the value at `key`, and what becomes of it. */
function warn(c: Ctx, key: Key, say: Say, outcome?: Outcome) {
  c.problems.push({ at: [...c.path], key, say, outcome });
}

/** The value at `key` is invalid: records why, and gives the check's answer, undefined. */
function fail(c: Ctx, key: Key, say: Say, outcome: Outcome): undefined {
  warn(c, key, say, outcome);
  return undefined;
}

/** The length of a string as JSON Schema counts it, in code points. */
const characters = (s: string) => [...s].length;

/** Whether `s` has at most `max` characters; only a long string is counted. */
const fits = (s: string, max: number) => s.length <= max || (s.length <= 2 * max && characters(s) <= max);

/** A rule of spec.ts as a test of one value, keyword by keyword, as JSON Schema reads them. */
function test(rule: Rule): (v: unknown) => boolean {
  const { maxLength = Infinity, minimum = -Infinity, maximum = Infinity } = rule;
  const words: readonly unknown[] | undefined = rule.enum;
  if (words) return (v) => words.includes(v);
  if (rule.type === 'integer')
    return (v) => Number.isInteger(v) && (v as number) >= minimum && (v as number) <= maximum;
  const pattern = new RegExp(rule.pattern ?? '', 'u');
  // The length first, without a call: nearly every string is short enough.
  return (v) => typeof v === 'string' && (v.length <= maxLength || fits(v, maxLength)) && pattern.test(v);
}

/** A primitive's check: its rule, then maybe its usual form (which may still find it unusable). */
function ruled(kind: keyof typeof RULES, usual?: Check): Check {
  const holds = test(RULES[kind]);
  return (v, c, key, outcome) =>
    !holds(v) ? fail(c, key, ['expected', kind, v], outcome) : usual ? usual(v, c, key, outcome) : v;
}

// A feed repeats the same few tags thousands of times: each is tested once.
const tags = new Map<string, boolean>();
const isTag = test(RULES.lang);
const isLanguageTag = (tag: string) => {
  let ok = tags.get(tag);
  if (ok === undefined) tags.set(tag, (ok = isTag(tag)));
  return ok;
};
const isUrl = /* @__PURE__ */ test(RULES.url);

// What the URL parser returns as it is: a lower-case scheme and host (no port, IP or punycode), a path without
// dot segments, nothing to escape. Most links in a feed look like this; the others go through URL.
const PLAIN = /^(?!.*(xn--|\/\.))https?:\/\/([a-z\d-]+\.)*[a-z][a-z\d-]*\/[\w\-./?#=&]*$/;

/** The usual form of an address that meets the `url` rule, or undefined when a browser cannot read it. */
function resolve(v: string, base?: string): string | undefined {
  if (PLAIN.test(v)) return v;
  const t = v.trim();
  try {
    const url = new URL(t, base ?? 'https://relative.invalid/');
    // A base of another scheme (a page shown from a file:) would make a relative address one.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return base || /^[a-z][\w+.-]*:/i.test(t) ? url.href : t;
  } catch {
    return undefined;
  }
}

/**
 * The absolute `https:` or `http:` form of a link or image address, resolved
 * against `base`; `undefined` for anything else (`javascript:`, `data:`…).
 * Without a base (a server render of a `.feed` object), a relative address stays relative.
 */
export const safeUrl = (v: unknown, base?: string): string | undefined =>
  isUrl(v) ? resolve(v as string, base) : undefined;

const url = ruled('url', (v, c, key, outcome) => c.url(v) ?? fail(c, key, ['expected', 'readable', v], outcome));

/** A character a reader can see: the `str` rule's pattern. */
const visible = new RegExp(RULES.str.pattern, 'u');

/** A plain string, alone or in a language map: a warning counts the characters of one that is too long. */
function plainString(v: unknown, c: Ctx, key: Key, outcome: Outcome, what: What = 'str') {
  if (typeof v !== 'string') return fail(c, key, ['expected', what, v], outcome);
  if (!visible.test(v)) return fail(c, key, ['invisible', v], outcome);
  return fits(v, MAX_STRING) ? v : fail(c, key, ['too-long', characters(v)], outcome);
}

/**
 * Text: a plain string, or a map from language tags to plain strings with at least one entry kept. An entry that
 * is not both is left out with a warning; a `$` note, without one.
 */
function text(v: unknown, c: Ctx, key: Key, outcome: Outcome) {
  if (!isObject(v)) return plainString(v, c, key, outcome, 'text');
  const map = c.inPlace ? v : { ...v };
  let kept = 0;
  // Taken out once the walk is over, not during it.
  let dropped: string[] | undefined;
  for (const tag in v) {
    const entry = v[tag];
    // What nearly every entry is, tested first and at little cost: a feed has thousands of maps.
    if (
      (typeof entry === 'string' && entry.length <= MAX_STRING && visible.test(entry) && isLanguageTag(tag)) ||
      isEntry(v, tag, c, key)
    )
      kept++;
    else (dropped ??= []).push(tag);
  }
  if (dropped) for (const tag of dropped) delete map[tag];
  return kept ? map : fail(c, key, ['expected', 'text', v], outcome);
}

/** Whether `tag` is an entry of the language map at `key`: if not, warns why (a `$` note is no mistake). */
function isEntry(map: Json, tag: string, c: Ctx, key: Key) {
  c.path.push(key);
  let entry: unknown;
  if (isLanguageTag(tag)) entry = plainString(map[tag], c, tag, 'ignored');
  else if (tag[0] !== '$') warn(c, tag, ['bad-tag', tag], 'ignored');
  c.path.pop();
  return entry !== undefined;
}

/** An id that a record kept so far in its list has: lists that are referred to are checked first. */
function reference(kind: keyof typeof REFERENCES): Check {
  const { list } = REFERENCES[kind];
  return (v, c, key, outcome) => {
    const known = c.index[list];
    return known.has(v) ? v : fail(c, key, ['unknown-ref', kind, v, [...known.keys()]], outcome);
  };
}

const CHECKS: Record<Primitive, Check> = {
  id: ruled('id'),
  str: plainString,
  text,
  // "" is an image's way to say it is decorative, as alt="" is in HTML.
  alt: (v, c, key, outcome) => (v === '' ? v : text(v, c, key, outcome)),
  date: ruled('date'),
  url,
  country: ruled('country', (v) => (v as string).toUpperCase()),
  lang: ruled('lang'),
  // + 0 turns -0 (valid JSON) into 0.
  count: ruled('count', (v) => (v as number) + 0),
  qualifier: ruled('qualifier'),
  // Checked before anything else, by validate().
  version: (v) => v,
  'ref:organizations': reference('ref:organizations'),
  'ref:topics': reference('ref:topics'),
};

/** What belongs where a node is, for "missing: expected …". */
function describe(node: SpecNode): What {
  if (typeof node !== 'string') return Array.isArray(node) ? 'list' : 'object';
  if (node === 'text' || node === 'alt') return 'text';
  // A reference is an id (of a record that exists).
  return node in REFERENCES ? 'id' : (node as keyof typeof RULES);
}

/** A list whose invalid items are left out: the valid ones move up, in their order (in place, or in a copy). */
const list =
  (item: Check): Check =>
  (v, c, key, outcome) => {
    if (!Array.isArray(v)) return fail(c, key, ['expected', 'list', v], outcome);
    c.path.push(key);
    const items: unknown[] = c.inPlace ? v : [];
    let kept = 0;
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], c, i, 'left out');
      if (r !== undefined) items[kept++] = r;
    }
    items.length = kept;
    c.path.pop();
    return items;
  };

/** A record of a top-level list: indexed by its id, unless an earlier record has that id. */
const indexed =
  (record: Check, name: ListName): Check =>
  (v, c, key, outcome) => {
    const r = record(v, c, key, outcome) as Json | undefined;
    if (r === undefined) return undefined;
    const index = c.index[name];
    if (index.has(r.id)) return fail(c, key, ['duplicate', r.id], outcome);
    index.set(r.id, r);
    return r;
  };

interface Field {
  name: string;
  required: boolean;
  check: Check;
  /** What belongs there. */
  what: What;
}

/**
 * An object of the spec, read once into its fields: a feed has thousands of objects of a few kinds. Its keys are
 * checked in the feed's order, so that warnings follow the text a webmaster reads; and every problem is told,
 * even in a record that is left out, so that one reading shows every fix.
 */
function object(spec: Record<string, SpecNode>): Check {
  const fields = new Map<string, Field>();
  for (const [key, node] of Object.entries(spec)) {
    const name = key.replace(/\?$/, '');
    fields.set(name, { name, required: name === key, check: compile(node), what: describe(node) });
  }
  const names = [...fields.keys()];
  const required = [...fields.values()].filter((f) => f.required);
  const start = RANGES.find((r) => r.record === spec)?.start;
  return (v, c, key, outcome) => {
    if (!isObject(v)) return fail(c, key, ['expected', 'object', v], outcome);
    c.path.push(key);
    const record = c.inPlace ? v : { ...v };
    // The required fields that are valid, and the keys to take out once the walk is over (not during it).
    let found = 0;
    let dropped: string[] | undefined;
    for (const name in v) {
      const field = fields.get(name);
      const r = field ? checkField(field, v[name], c) : unknownKey(c, name, names);
      if (r === undefined) {
        // A required field that fails leaves its record out; any other key that fails is taken out of it.
        if (!field?.required) (dropped ??= []).push(name);
      } else {
        record[name] = r;
        if (field?.required) found++;
      }
    }
    if (dropped) for (const name of dropped) delete record[name];
    // Fewer than all: some were invalid, and said so, or are missing.
    const valid = found === required.length;
    if (!valid) warnMissing(v, c, required);
    else if (start && record.end !== undefined) checkRange(record, c, start);
    c.path.pop();
    return valid ? record : undefined;
  };
}

/** A field's value in its usual form, or undefined when it is absent or invalid. */
function checkField(field: Field, value: unknown, c: Ctx) {
  // `null` stands for "none" in many CMS exports: an absent optional field. `undefined` (in a caller's object) is
  // absent.
  if (value === undefined || (value === null && !field.required)) return undefined;
  return field.check(value, c, field.name, field.required ? 'record left out' : 'ignored');
}

/** Warns about each required field that `v` lacks (or has as undefined, in a caller's object). */
function warnMissing(v: Json, c: Ctx, required: Field[]) {
  for (const { name, what } of required)
    if (v[name] === undefined || !Object.hasOwn(v, name)) warn(c, name, ['missing', what], 'record left out');
}

/** An end before the start of its range is dropped; partial dates are compared at the precision both have. */
function checkRange(v: Json, c: Ctx, start: string) {
  const from = v[start] as string;
  const end = v.end as string;
  if (end.slice(0, from.length) >= from.slice(0, end.length)) return;
  warn(c, 'end', ['end-before', from, end], 'ignored');
  delete v.end;
}

/**
 * Records a key the spec does not have, with the keys it does (to name the one it likely meant); `$` notes are no
 * mistake. Its value is never kept.
 */
function unknownKey(c: Ctx, name: string, names: readonly string[]): undefined {
  if (name[0] !== '$') warn(c, name, ['unknown-key', names]);
}

function compile(node: SpecNode): Check {
  if (typeof node === 'string') return CHECKS[node];
  if (Array.isArray(node)) return list(compile(node[0]));
  return object(node as Record<string, SpecNode>);
}

/** The top level's fields, in the spec's order: lists that others refer to come first. Its lists index their records. */
const TOP = Object.entries(FEED).map(([key, node]) => {
  const name = key.replace(/\?$/, '');
  return { name, check: Array.isArray(node) ? list(indexed(compile(node[0]), name as ListName)) : compile(node) };
});
const TOP_NAMES = TOP.map((f) => f.name);

/** The top level: a field that is absent, null or invalid leaves its default. Then the keys the spec lacks. */
function checkFeed(raw: Json, c: Ctx): Feed {
  const feed: Json = {
    version: 1,
    language: 'en',
    organizations: [],
    topics: [],
    programs: [],
    agreements: [],
    stats: [],
  };
  for (const { name, check } of TOP) {
    const value = raw[name];
    if (value == null) continue;
    const r = check(value, c, name, 'default');
    if (r !== undefined) feed[name] = r;
  }
  for (const name in raw) if (!TOP_NAMES.includes(name)) unknownKey(c, name, TOP_NAMES);
  // Widgets find records by id here. Not enumerable: the feed stays plain JSON data to copy, compare or send.
  Object.defineProperty(feed, 'byId', { value: c.index as unknown as FeedIndex });
  return feed as unknown as Feed;
}

/** Checks a feed: JSON.parse's own objects in place, a caller's in a copy. */
function check(value: unknown, inPlace: boolean, base: UrlBase | undefined = globalThis.document?.baseURI): Checked {
  if (!isObject(value))
    throw new IpwError('invalid-feed', `expected the feed to be an object like {"version": 1, …}, got ${show(value)}`);
  if (value.version !== 1)
    throw new IpwError(
      'invalid-feed',
      value.version === undefined
        ? 'version: missing; add "version": 1 at the top of the feed'
        : `version: expected 1, got ${show(value.version)}; this library reads feed format version 1`,
    );
  const c: Ctx = {
    inPlace,
    problems: [],
    index: {
      organizations: new Map(),
      topics: new Map(),
      programs: new Map(),
      agreements: new Map(),
      stats: new Map(),
    },
    url: typeof base == 'function' ? base : (v) => resolve(v as string, base),
    path: [],
  };
  return { feed: checkFeed(value, c), problems: c.problems };
}

/**
 * Checks a feed object once, at the boundary, in a copy (the caller's stays as it was): what can be used, and the
 * problems of what was dropped. Throws `IpwError('invalid-feed')` only when nothing can be used.
 */
export const checkFeedValue = (value: unknown, base?: UrlBase): Checked => check(value, false, base);

/** Reads feed text (a byte-order mark is allowed) and checks it, in place. */
export function checkFeedText(text: string, base?: UrlBase): Checked {
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
  return check(json, true, base);
}
