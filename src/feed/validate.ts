import { IpwError, knownIds } from './errors.js';
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
import type { Feed, FeedIndex, FeedWarning } from './types.js';

/** A feed that passed validation, and what was dropped or questioned on the way. */
export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

/** How a feed's relative addresses are read: against a base URL, or by a function (the server's). */
export type UrlBase = string | ((url: unknown) => string | undefined);

type Key = string | number;
type Json = Record<string, unknown>;

/**
 * What becomes of a value that fails its check, which the end of its warning says: an optional field or a map entry
 * is `ignored`, a list item `left out`, a required field takes its record with it (`record left out`), and a
 * top-level field leaves its `default` standing.
 */
type Outcome = 'ignored' | 'left out' | 'record left out' | 'default';

interface Ctx {
  /**
   * Whether objects and lists are changed in place: JSON.parse's own are. A caller's are copied level by level as
   * they are checked, and stay as they were.
   */
  inPlace: boolean;
  warnings: FeedWarning[];
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
export const formatPath = (path: Key[]) =>
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

const expected = (what: string, v: unknown) => `expected ${what}, got ${show(v)}`;

/** Warns about the value at `key`, and says what becomes of it. */
function warn(c: Ctx, key: Key, message: string, outcome?: Outcome) {
  const end =
    outcome === 'ignored' || outcome === 'left out'
      ? `; ${outcome}`
      : outcome === 'record left out'
        ? `; ${formatPath(c.path)} left out`
        : '';
  c.warnings.push({ path: formatPath([...c.path, key]), message: message + end });
}

/** The value at `key` is invalid: warns, and gives the check's answer, undefined. */
function fail(c: Ctx, key: Key, message: string, outcome: Outcome): undefined {
  warn(c, key, message, outcome);
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
function ruled(rule: Rule, usual?: Check): Check {
  const holds = test(rule);
  return (v, c, key, outcome) =>
    !holds(v) ? fail(c, key, expected(rule.description, v), outcome) : usual ? usual(v, c, key, outcome) : v;
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

const url = ruled(
  RULES.url,
  (v, c, key, outcome) => c.url(v) ?? fail(c, key, expected('a URL a browser can read', v), outcome),
);

const TEXT = 'text: a string or a map like {"en": "…", "fr": "…"}';

/** A plain string, alone or in a language map: a warning counts the characters of one that is too long. */
function plainString(v: unknown, c: Ctx, key: Key, outcome: Outcome, what: string = RULES.str.description) {
  if (typeof v !== 'string') return fail(c, key, expected(what, v), outcome);
  if (fits(v, MAX_STRING)) return v;
  const length = characters(v).toLocaleString('en');
  return fail(c, key, `expected at most ${MAX_STRING.toLocaleString('en')} characters, got ${length}`, outcome);
}

/**
 * Text: a plain string, or a map from language tags to plain strings with at least one entry kept. An entry that
 * is not both is left out with a warning; a `$` note, without one.
 */
function text(v: unknown, c: Ctx, key: Key, outcome: Outcome) {
  if (!isObject(v)) return plainString(v, c, key, outcome, TEXT);
  const map = c.inPlace ? v : { ...v };
  let kept = 0;
  // Taken out once the walk is over, not during it.
  let dropped: string[] | undefined;
  for (const tag in v) {
    const entry = v[tag];
    // What nearly every entry is, tested first and at little cost: a feed has thousands of maps.
    if ((typeof entry === 'string' && entry.length <= MAX_STRING && isLanguageTag(tag)) || isEntry(v, tag, c, key))
      kept++;
    else (dropped ??= []).push(tag);
  }
  if (dropped) for (const tag of dropped) delete map[tag];
  return kept ? map : fail(c, key, expected(TEXT, v), outcome);
}

/** Whether `tag` is an entry of the language map at `key`: if not, warns why (a `$` note is no mistake). */
function isEntry(map: Json, tag: string, c: Ctx, key: Key) {
  c.path.push(key);
  let entry: unknown;
  if (isLanguageTag(tag)) entry = plainString(map[tag], c, tag, 'ignored');
  else if (tag[0] !== '$') warn(c, tag, `expected ${RULES.lang.description} as key, got ${show(tag)}`, 'ignored');
  c.path.pop();
  return entry !== undefined;
}

/** An id that a record kept so far in its list has: lists that are referred to are checked first. */
function reference(kind: keyof typeof REFERENCES): Check {
  const { list, noun } = REFERENCES[kind];
  return (v, c, key, outcome) => {
    const known = c.index[list];
    return known.has(v) ? v : fail(c, key, `unknown ${noun} ${show(v)}; ${knownIds(known.keys())}`, outcome);
  };
}

const CHECKS: Record<Primitive, Check> = {
  id: ruled(RULES.id),
  str: plainString,
  text,
  date: ruled(RULES.date),
  url,
  country: ruled(RULES.country, (v) => (v as string).toUpperCase()),
  lang: ruled(RULES.lang),
  // + 0 turns -0 (valid JSON) into 0.
  count: ruled(RULES.count, (v) => (v as number) + 0),
  qualifier: ruled(RULES.qualifier),
  // Checked before anything else, by validate().
  version: (v) => v,
  'ref:organizations': reference('ref:organizations'),
  'ref:topics': reference('ref:topics'),
};

/** What belongs where a node is, for "missing: expected …". */
function describe(node: SpecNode): string {
  if (typeof node !== 'string') return Array.isArray(node) ? 'a list' : 'an object';
  if (node === 'text') return TEXT;
  // A reference is an id (of a record that exists).
  return RULES[node in REFERENCES ? 'id' : (node as keyof typeof RULES)].description;
}

/** A list whose invalid items are left out: the valid ones move up, in their order (in place, or in a copy). */
const list =
  (item: Check): Check =>
  (v, c, key, outcome) => {
    if (!Array.isArray(v)) return fail(c, key, expected('a list', v), outcome);
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
    if (index.has(r.id)) return fail(c, key, `duplicate id ${show(r.id)}, already used by an earlier record`, outcome);
    index.set(r.id, r);
    return r;
  };

interface Field {
  name: string;
  required: boolean;
  check: Check;
  /** What belongs there. */
  what: string;
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
    if (!isObject(v)) return fail(c, key, expected('an object', v), outcome);
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
    if (v[name] === undefined || !Object.hasOwn(v, name)) warn(c, name, `missing: expected ${what}`, 'record left out');
}

/** An end before the start of its range is dropped; partial dates are compared at the precision both have. */
function checkRange(v: Json, c: Ctx, start: string) {
  const from = v[start] as string;
  const end = v.end as string;
  if (end.slice(0, from.length) >= from.slice(0, end.length)) return;
  warn(c, 'end', `expected a date on or after ${from}, got "${end}"`, 'ignored');
  delete v.end;
}

/**
 * Warns about a key the spec does not have, and names the known one it likely meant; `$` notes are no mistake. Its
 * value is never kept.
 */
function unknownKey(c: Ctx, name: string, names: string[]): undefined {
  if (name[0] === '$') return;
  const near = name.length > 2 && names.find((n) => closeTo(n, name.toLowerCase(), 2));
  warn(c, name, `unknown key, ignored${near ? `; did you mean "${near}"?` : ''}`);
}

/**
 * Whether `a` becomes `b` in at most `edits` edits (a letter added, taken out or changed), for "did you mean".
 * Where the first letters match, matching them is never worse.
 */
export function closeTo(a: string, b: string, edits: number): boolean {
  if (!a || !b) return a.length + b.length <= edits;
  if (a[0] === b[0]) return closeTo(a.slice(1), b.slice(1), edits);
  const [restA, restB] = [a.slice(1), b.slice(1)];
  return (
    edits > 0 && (closeTo(restA, b, edits - 1) || closeTo(a, restB, edits - 1) || closeTo(restA, restB, edits - 1))
  );
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
function validate(
  value: unknown,
  inPlace: boolean,
  base: UrlBase | undefined = globalThis.document?.baseURI,
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
  const c: Ctx = {
    inPlace,
    warnings: [],
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
  return { feed: checkFeed(value, c), warnings: c.warnings };
}

/**
 * Checks a feed once, at the boundary. Invalid records and fields are dropped
 * with a warning that names their JSON path; the valid rest is returned, with
 * each list's records indexed by id in `feed.byId`.
 * Throws `IpwError('invalid-feed')` only when nothing can be used.
 *
 * @param base resolves relative URLs: the feed's own URL, or the page's (the default in a browser).
 */
export const validateFeed = (value: unknown, base?: UrlBase): ParsedFeed => validate(value, false, base);

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
  return validate(json, true, base);
}
