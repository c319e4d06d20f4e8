// The feed as spreadsheets: one CSV file per list (organizations, topics, programs, agreements, events of agreements,
// stats) and feed.csv for the feed's own fields, one row per record and one column per field, derived from the
// format's spec (src/feed/spec.ts) so that every field has its column. The layout is documented in
// docs/spreadsheets.md; in short:
//
// - a nested field is a dotted column: `location.city`, `participants.countries.value`;
// - text is one column per language, `title.en`, `title.fr`, or one column `title` for a plain string;
// - a list of ids is one cell, its items separated by `|`: `wipo|cipo`;
// - a list of texts or of small records (regions, signatories) is one column per field, items separated by `|` and
//   matched by position: `signatories.name` = `Hasan Kleib|Konstantinos Georgaras`;
// - an empty cell is an absent field; a cell may hold JSON for what the plain form cannot say (`""` for empty text,
//   `[]` for an empty list, `{}` for an empty object, `["a|b"]` for an id with a `|` in it): `export` writes it only
//   then, so that import(export(feed)) is the feed, whatever it holds;
// - a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) is written after a `'`, which import
//   takes off.
import { parse as parseCsv } from 'csv-parse/sync';
import { AGREEMENT, EVENT, FEED, ORGANIZATION, PROGRAM, STAT, TOPIC, type SpecNode } from '../feed/spec.js';
import type { Feed } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { keysOf } from './locate.js';

/** The files of the layout, in the order they are read and written. */
export const SHEETS = ['feed', 'organizations', 'topics', 'programs', 'agreements', 'events', 'stats'] as const;
export type SheetName = (typeof SHEETS)[number];

/** The separator of the items of a list in one cell. */
export const ITEMS = '|';

type Shape =
  | { kind: 'scalar'; count: boolean }
  | { kind: 'text' }
  | { kind: 'list' }
  | { kind: 'parallel'; item: Fields | 'text' }
  | { kind: 'object'; fields: Fields };
interface Field {
  name: string;
  required: boolean;
  shape: Shape;
}
type Fields = Field[];

const isFlat = (node: SpecNode) =>
  typeof node === 'string' || (!Array.isArray(node) && Object.values(node).every((n) => typeof n === 'string'));

function shapeOf(node: SpecNode): Shape {
  if (typeof node === 'string')
    // An image's alt is text too (or "", decorative).
    return node === 'text' || node === 'alt'
      ? { kind: 'text' }
      : { kind: 'scalar', count: node === 'count' || node === 'version' };
  if (Array.isArray(node)) {
    const item = node[0] as SpecNode;
    if (typeof item === 'string') return item === 'text' ? { kind: 'parallel', item: 'text' } : { kind: 'list' };
    if (!isFlat(item)) throw new Error('a list of nested records needs a file of its own');
    return { kind: 'parallel', item: fieldsOf(item as Record<string, SpecNode>) };
  }
  return { kind: 'object', fields: fieldsOf(node as Record<string, SpecNode>) };
}

function fieldsOf(spec: Record<string, SpecNode>, leave: string[] = []): Fields {
  return Object.entries(spec)
    .map(([key, node]) => ({ name: key.replace(/\?$/, ''), required: !key.endsWith('?'), node }))
    .filter((f) => !leave.includes(f.name))
    .map(({ name, required, node }) => ({ name, required, shape: shapeOf(node) }));
}

/** Each file's fields; events carry the id of their agreement first. */
const LAYOUT: Record<SheetName, Fields> = {
  feed: fieldsOf(FEED as unknown as Record<string, SpecNode>, [
    'organizations',
    'topics',
    'programs',
    'agreements',
    'stats',
  ]),
  organizations: fieldsOf(ORGANIZATION),
  topics: fieldsOf(TOPIC),
  programs: fieldsOf(PROGRAM),
  agreements: fieldsOf(AGREEMENT, ['events']),
  events: [{ name: 'agreement', required: true, shape: { kind: 'scalar', count: false } }, ...fieldsOf(EVENT)],
  stats: fieldsOf(STAT),
};

// ---------------------------------------------------------------------------------------------------------------
// Cells.

type Cells = Map<string, string>;
type Json = Record<string, unknown>;

/** A cell that a spreadsheet would run as a formula gets a `'` in front; one more `'` for one that has it. */
const FORMULA = /^'*[=+\-@\t\r]/;
const guard = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
const unguard = (cell: string) => (FORMULA.test(cell) && cell[0] === "'" ? cell.slice(1) : cell);

/** A string as a cell: as it is, unless it is empty or starts with `"`, which are written in JSON. */
const stringCell = (s: string) => (s === '' || s[0] === '"' ? JSON.stringify(s) : s);
/** A cell as a string: a cell in JSON quotes is read as JSON when it is JSON, else taken as it is. */
function readString(cell: string): string {
  if (cell[0] === '"') {
    try {
      const v: unknown = JSON.parse(cell);
      if (typeof v === 'string') return v;
    } catch {
      // Text that happens to start with a quote.
    }
  }
  return cell;
}
/** A cell read as JSON, or undefined when it is not JSON. */
function readJson(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return undefined;
  }
}
/** An item of a list that needs no JSON: not empty, no `|`, no space at either end. */
const plainItem = (s: unknown): s is string =>
  typeof s === 'string' && s !== '' && !s.includes(ITEMS) && s.trim() === s;
const splitItems = (cell: string) => cell.split(ITEMS).map((s) => s.trim());

// ---------------------------------------------------------------------------------------------------------------
// From a feed to rows.

class Writer {
  /** The language tags of the feed's text, in the order first met: the order of the language columns. */
  langs: string[] = [];

  record(fields: Fields, record: Json, cells: Cells = new Map(), prefix = ''): Cells {
    for (const f of fields) if (record[f.name] !== undefined) this.field(f, prefix + f.name, record[f.name], cells);
    return cells;
  }

  private tag(tag: string) {
    if (!this.langs.includes(tag)) this.langs.push(tag);
  }

  private field({ shape, required }: Field, column: string, value: unknown, cells: Cells) {
    switch (shape.kind) {
      case 'scalar':
        cells.set(column, typeof value === 'number' ? String(value) : stringCell(value as string));
        return;
      case 'text':
        if (typeof value === 'string') cells.set(column, stringCell(value));
        else
          for (const [tag, s] of Object.entries(value as Record<string, string>)) {
            this.tag(tag);
            cells.set(`${column}.${tag}`, stringCell(s));
          }
        return;
      case 'list': {
        // A required list that is empty is an empty cell; an optional one, `[]` (an empty cell is no list).
        const items = value as string[];
        if (items.length && items.every(plainItem) && items[0][0] !== '[') cells.set(column, items.join(ITEMS));
        else if (items.length || !required) cells.set(column, JSON.stringify(items));
        return;
      }
      case 'parallel':
        if (!this.parallel(shape.item, column, value as unknown[], cells)) cells.set(column, JSON.stringify(value));
        return;
      case 'object': {
        const before = cells.size;
        this.record(shape.fields, value as Json, cells, `${column}.`);
        if (cells.size === before) cells.set(column, '{}');
      }
    }
  }

  /** Items as columns matched by position; false when one cannot be said so (then the list goes in JSON). */
  private parallel(item: Fields | 'text', column: string, items: unknown[], cells: Cells): boolean {
    if (!items.length) return false;
    const columns = new Map<string, string[]>();
    const put = (name: string, i: number, s: unknown) => {
      if (!plainItem(s)) return false;
      if (!columns.has(name)) columns.set(name, []);
      columns.get(name)![i] = s;
      return true;
    };
    const text = (name: string, i: number, value: unknown) =>
      typeof value === 'string'
        ? put(name, i, value)
        : Object.entries(value as Record<string, string>).every(
            ([tag, s]) => (this.tag(tag), put(`${name}.${tag}`, i, s)),
          );
    for (const [i, value] of items.entries()) {
      const ok =
        item === 'text'
          ? text(column, i, value)
          : item.every(({ name, shape }) => {
              const v = (value as Json)[name];
              return v === undefined || (shape.kind === 'text' ? text : put)(`${column}.${name}`, i, v);
            });
      if (!ok) return false;
    }
    const joined = [...columns].map(([name, values]) => {
      const cell = Array.from({ length: items.length }, (_, i) => values[i] ?? '').join(ITEMS);
      return [name, cell] as const;
    });
    // A plain column that would read as JSON.
    if (joined.some(([name, cell]) => name === column && cell[0] === '[')) return false;
    for (const [name, cell] of joined) cells.set(name, cell);
    return true;
  }
}

/** The columns a file can have, in the order they are written, for these languages. */
export function columnsOf(sheet: SheetName, langs: string[], { bases = true } = {}): string[] {
  const out: string[] = [];
  const walk = (fields: Fields, prefix: string) => {
    for (const f of fields) {
      const column = prefix + f.name;
      const s = f.shape;
      const texts = (name: string) => {
        if (bases) out.push(name);
        for (const tag of langs) out.push(`${name}.${tag}`);
      };
      if (s.kind === 'text' || (s.kind === 'parallel' && s.item === 'text')) texts(column);
      else if (s.kind === 'parallel') {
        if (bases) out.push(column);
        for (const g of s.item as Fields)
          if (g.shape.kind === 'text') texts(`${column}.${g.name}`);
          else out.push(`${column}.${g.name}`);
      } else if (s.kind === 'object') {
        if (bases) out.push(column);
        walk(s.fields, `${column}.`);
      } else out.push(column);
    }
  };
  walk(LAYOUT[sheet], '');
  return out;
}

/** The rows of each file, header first, for a valid feed. */
export function feedToSheets(feed: Feed): Record<SheetName, string[][]> {
  const writer = new Writer();
  const rows = (sheet: SheetName, records: Json[], extra?: (r: Json) => [string, string][]) =>
    records.map((r) => {
      const cells: Cells = new Map(extra?.(r));
      return writer.record(LAYOUT[sheet], r, cells);
    });
  const agreements = feed.agreements as unknown as Json[];
  const cells: Record<SheetName, Cells[]> = {
    feed: rows('feed', [{ version: feed.version, language: feed.language }]),
    organizations: rows('organizations', feed.organizations as unknown as Json[]),
    topics: rows('topics', feed.topics as unknown as Json[]),
    programs: rows('programs', feed.programs as unknown as Json[]),
    agreements: rows('agreements', agreements),
    events: agreements.flatMap((a) =>
      rows('events', a.events as Json[], () => [['agreement', stringCell(a.id as string)]]),
    ),
    stats: rows('stats', feed.stats as unknown as Json[]),
  };
  const out = {} as Record<SheetName, string[][]>;
  for (const sheet of SHEETS) {
    const langs = writer.langs.length ? writer.langs : [feed.language];
    const used = new Set(cells[sheet].flatMap((c) => [...c.keys()]));
    const columns = cells[sheet].length
      ? columnsOf(sheet, writer.langs).filter((c) => used.has(c))
      : columnsOf(sheet, langs, { bases: false });
    out[sheet] = [columns, ...cells[sheet].map((c) => columns.map((name) => guard(c.get(name) ?? '')))];
  }
  return out;
}

/** Rows as CSV (RFC 4180): CRLF line ends, quotes where needed, and a byte-order mark, by which Excel knows UTF-8. */
export function toCsv(rows: string[][], delimiter = ','): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return '\ufeff' + rows.map((row) => row.map(quote).join(delimiter) + '\r\n').join('');
}

// ---------------------------------------------------------------------------------------------------------------
// From rows to a feed.

/** A problem with a place in a file: `programs.csv:7:start: …`. */
export interface Problem {
  file: string;
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row?: number;
  column?: string;
  message: string;
}

export const describeProblem = (p: Problem) =>
  `${p.file}${p.row ? `:${p.row}` : ''}${p.column ? `:${p.column}` : ''}: ${p.message}`;

export interface Sheet {
  /** The file's name as given, for messages. */
  file: string;
  header: string[];
  /** Data rows with their row numbers (blank rows are left out). */
  rows: { row: number; cells: string[] }[];
}

/** Reads CSV text: UTF-8 with or without a byte-order mark, `,` or `;` (Excel's in French and other locales). */
export function readCsv(file: string, text: string): Sheet | Problem {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parseCsv(body, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { file, message: `${line ? `line ${line}: ` : ''}${(e as Error).message}` };
  }
  const [header = [], ...data] = records;
  return {
    file,
    header: header.map((h) => h.trim()),
    rows: data
      .map((cells, i) => ({ row: i + 2, cells: cells.map(unguard) }))
      .filter(({ cells }) => cells.some((c) => c !== '')),
  };
}

interface Origin {
  sheet: Sheet;
  row: number;
}

class Reader {
  problems: Problem[] = [];

  constructor(private sheet: Sheet) {}

  /** Checks the header against the layout's columns: every problem of it, once. */
  header(name: SheetName): Map<string, number> {
    const { header, file } = this.sheet;
    const index = new Map<string, number>();
    const known = columnsOf(name, ['en', 'fr']);
    header.forEach((column, i) => {
      if (column === '' || column[0] === '$') return;
      if (index.has(column)) this.problems.push({ file, row: 1, column, message: 'this column appears twice' });
      else if (!isColumn(LAYOUT[name], column.split('.')))
        this.problems.push({ file, row: 1, column, message: unknownColumn(column, known) });
      else index.set(column, i);
    });
    return index;
  }

  /** A record from a row: the fields its cells give. */
  record(fields: Fields, columns: Map<string, number>, cells: string[], row: number): Json {
    const get = (column: string) => {
      const i = columns.get(column);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const tagsOf = (column: string) =>
      [...columns.keys()].filter((c) => c.startsWith(`${column}.`) && !c.slice(column.length + 1).includes('.'));
    const problem = (column: string, message: string) =>
      this.problems.push({ file: this.sheet.file, row, column, message });
    cells.forEach((cell, i) => {
      if (cell !== '' && !this.sheet.header[i])
        problem(`column ${i + 1}`, `a value in a column without a name: ${JSON.stringify(cell.slice(0, 40))}`);
    });

    const text = (column: string, plain: string, entries: [string, string][]) => {
      const filled = entries.filter(([, s]) => s !== '');
      if (plain !== '' && filled.length) {
        problem(
          column,
          `give the text in ${column} or in ${filled.map(([t]) => `${column}.${t}`).join(', ')}, not both`,
        );
        return undefined;
      }
      if (plain !== '') return readString(plain);
      return filled.length ? Object.fromEntries(filled.map(([t, s]) => [t, readString(s)])) : undefined;
    };
    const object = (fields: Fields, prefix: string): Json => {
      const out: Json = {};
      for (const f of fields) {
        const v = field(f, prefix + f.name);
        if (v !== undefined) out[f.name] = v;
      }
      return out;
    };
    /** Whether any column under `column.` has a value. */
    const under = (column: string) => [...columns.keys()].some((c) => c.startsWith(`${column}.`) && get(c) !== '');
    const field = (f: Field, column: string): unknown => {
      const cell = get(column);
      const s = f.shape;
      switch (s.kind) {
        case 'scalar':
          if (cell === '') return undefined;
          return s.count && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell) ? Number(cell) : readString(cell);
        case 'text':
          return text(
            column,
            cell,
            tagsOf(column).map((c) => [c.slice(column.length + 1), get(c)]),
          );
        case 'list': {
          if (cell === '') return f.required ? [] : undefined;
          const json = cell[0] === '[' ? readJson(cell) : undefined;
          return Array.isArray(json) ? json : splitItems(cell).filter((s) => s !== '');
        }
        case 'object': {
          if (cell !== '') {
            if (under(column)) problem(column, `give ${column} in JSON or in its ${column}.… columns, not both`);
            return readJson(cell) ?? cell;
          }
          const value = object(s.fields, `${column}.`);
          return Object.keys(value).length ? value : undefined;
        }
        case 'parallel': {
          const json = cell[0] === '[' ? readJson(cell) : undefined;
          if (json !== undefined || (cell !== '' && s.item !== 'text')) {
            if (under(column)) problem(column, `give ${column} in JSON or in its ${column}.… columns, not both`);
            return json ?? cell;
          }
          return parallel(s.item, column);
        }
      }
    };
    const parallel = (item: Fields | 'text', column: string) => {
      const split = (c: string) => (get(c) === '' ? [] : splitItems(get(c)));
      const textColumns = (name: string) => ({
        plain: split(name),
        tags: tagsOf(name).map((c) => [c.slice(name.length + 1), split(c)] as const),
      });
      const parts =
        item === 'text'
          ? [{ name: '', kind: 'text' as const, ...textColumns(column) }]
          : item.map((f) =>
              f.shape.kind === 'text'
                ? { name: f.name, kind: 'text' as const, ...textColumns(`${column}.${f.name}`) }
                : { name: f.name, kind: 'scalar' as const, plain: split(`${column}.${f.name}`), tags: [] },
            );
      const length = Math.max(0, ...parts.flatMap((p) => [p.plain.length, ...p.tags.map(([, v]) => v.length)]));
      if (!length) return undefined;
      const items: unknown[] = [];
      for (let i = 0; i < length; i++) {
        const values = parts.map((p) => {
          const name = p.name ? `${column}.${p.name}` : column;
          return p.kind === 'text'
            ? text(
                name,
                p.plain[i] ?? '',
                p.tags.map(([t, v]) => [t, v[i] ?? '']),
              )
            : p.plain[i]
              ? readString(p.plain[i])
              : undefined;
        });
        if (values.every((v) => v === undefined)) continue;
        items.push(item === 'text' ? values[0] : Object.fromEntries(parts.map((p, j) => [p.name, values[j]])));
      }
      return items;
    };
    return object(fields, '');
  }
}

/** Whether `segments` name a column of these fields. */
function isColumn(fields: Fields, [name, ...rest]: string[]): boolean {
  const f = fields.find((g) => g.name === name);
  if (!f) return false;
  const s = f.shape;
  if (!rest.length) return true;
  if (s.kind === 'text' || (s.kind === 'parallel' && s.item === 'text')) return rest.length === 1 && rest[0] !== '';
  if (s.kind === 'object') return isColumn(s.fields, rest);
  if (s.kind === 'parallel') return isColumn(s.item as Fields, rest);
  return false;
}

function unknownColumn(column: string, known: string[]): string {
  // A language column is compared without its tag: `titel.de` is near `title.en`.
  const [stem, tag] = [column.replace(/\.[^.]*$/, ''), column.replace(/^.*\./, '')];
  const near =
    known.find((k) => distance(k, column) <= 2) ??
    known.find((k) => k.endsWith('.en') && distance(k.slice(0, -3), stem) <= 2)?.replace(/\.en$/, `.${tag}`);
  return `unknown column${near ? `; did you mean "${near}"?` : ''} (see the layout in the templates/ folder)`;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * A feed from the sheets of the layout (any may be missing), checked by the feed's validator. Every problem is
 * given with its file, row and column, in the validator's words; the feed only when there is none.
 */
export function sheetsToFeed(sheets: Partial<Record<SheetName, Sheet>>): { feed?: Feed; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: Json = { version: 1 };
  const origins = new Map<string, Origin>();
  const columnsBySheet = new Map<Sheet, Map<string, number>>();

  const read = (name: SheetName) => {
    const sheet = sheets[name];
    if (!sheet) return [];
    const reader = new Reader(sheet);
    const columns = reader.header(name);
    columnsBySheet.set(sheet, columns);
    const records = sheet.rows.map(({ row, cells }) => ({
      row,
      record: reader.record(LAYOUT[name], columns, cells, row),
    }));
    problems.push(...reader.problems);
    return records.map((r) => ({ ...r, sheet }));
  };

  const [settings, ...extra] = read('feed');
  if (settings) {
    Object.assign(raw, settings.record);
    origins.set('', { sheet: settings.sheet, row: settings.row });
  }
  for (const e of extra)
    problems.push({ file: e.sheet.file, row: e.row, message: 'feed.csv has one row of values, under its header' });

  for (const list of ['organizations', 'topics', 'programs', 'agreements', 'stats'] as const) {
    const records = read(list);
    raw[list] = records.map((r, i) => {
      origins.set(`${list}[${i}]`, { sheet: r.sheet, row: r.row });
      return r.record;
    });
  }
  const agreements = raw.agreements as Json[];
  for (const a of agreements) a.events = [];
  for (const e of read('events')) {
    const { agreement, ...event } = e.record;
    const at = agreement === undefined ? -1 : agreements.findIndex((a) => a.id === agreement);
    if (at < 0) {
      problems.push({
        file: e.sheet.file,
        row: e.row,
        column: 'agreement',
        message:
          agreement === undefined
            ? 'missing: the id of the event’s agreement'
            : `no agreement ${JSON.stringify(agreement)} in ${sheets.agreements?.file ?? 'agreements.csv'}`,
      });
      continue;
    }
    const events = agreements[at].events as Json[];
    origins.set(`agreements[${at}].events[${events.length}]`, { sheet: e.sheet, row: e.row });
    events.push(event);
  }

  let checked;
  try {
    // No base: relative links stay relative, as written.
    checked = validateFeed(raw);
  } catch (e) {
    const file = sheets.feed?.file ?? 'feed.csv';
    return { problems: [...problems, { file, row: settings?.row, column: 'version', message: (e as Error).message }] };
  }
  for (const { path, message } of checked.warnings) {
    const keys = keysOf(path);
    // The record: a list's item (an event is one of its own), or the feed's own row.
    const depth = keys[2] === 'events' && typeof keys[3] === 'number' ? 4 : typeof keys[1] === 'number' ? 2 : 0;
    const id = depth ? `${keys[0]}[${keys[1]}]${depth === 4 ? `.events[${keys[3]}]` : ''}` : '';
    const origin = origins.get(id);
    const rest = keys.slice(depth).filter((k): k is string => typeof k === 'string');
    const sheet = origin?.sheet ?? sheets.feed;
    problems.push({
      file: sheet?.file ?? 'feed.csv',
      row: origin?.row,
      column: sheet && columnFor(rest, columnsBySheet.get(sheet)),
      message: message.replace(/; (?:ignored|left out|[^;]* left out)$/, ''),
    });
  }
  return problems.length ? { problems } : { feed: checked.feed, problems };
}

/** The column a warning's path names: the longest path that is a column, or that starts columns. */
function columnFor(keys: string[], columns: Map<string, number> = new Map()): string | undefined {
  for (let n = keys.length; n > 0; n--) {
    const name = keys.slice(0, n).join('.');
    if (columns.has(name)) return name;
    const under = [...columns.keys()].find((c) => c.startsWith(`${name}.`));
    if (under) return under;
  }
  return keys.length ? keys.join('.') : undefined;
}
