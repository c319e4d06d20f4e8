// Where a warning's JSON path (`programs[3].start`, `programs[0]["two words"]`, `title.fr`) is in a feed's text, as
// line:column. Lines end at CRLF, LF or a lone CR; columns count UTF-16 code units from 1 (a tab is one, an emoji
// two), as VS Code, TypeScript and ESLint count them, so that a location opens where it points; a byte-order mark is
// not counted. The text is parsed for positions (jsonc-parser, the parser of VS Code) only when there is something
// to locate.
import { parse, parseTree, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/** `programs[3].title["fr-CA"]` as its keys: ['programs', 3, 'title', 'fr-CA'] (formatPath, read back). */
export const keysOf = (path: string): (string | number)[] =>
  [...path.matchAll(/\.?([\w$]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, word, index, quoted]) =>
    index !== undefined ? Number(index) : (word ?? (JSON.parse(quoted) as string)),
  );

export class Locator {
  /** The text without its byte-order mark: what offsets count in. */
  private body: string;
  private lineStarts?: number[];
  private tree?: Node | null;

  constructor(text: string) {
    this.body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** The line and column of an offset in the text (without its byte-order mark). */
  at(offset: number): Position {
    const starts = (this.lineStarts ??= lineStarts(this.body));
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }

  /**
   * Where the value at `path` is; at its key when `key` (an unknown key, a bad language tag); the closest enclosing
   * value when the path goes where the text has nothing (a missing field: the record that lacks it).
   */
  path(path: string, key = false): Position {
    let node = (this.tree ??= parseTree(this.body, undefined, { disallowComments: true }) ?? null);
    if (!node) return { line: 1, column: 1 };
    let at = node.offset;
    for (const k of keysOf(path)) {
      const child = childOf(node, k);
      if (!child) break;
      node = child.value;
      at = key && child.key ? child.key.offset : child.value.offset;
    }
    return this.at(at);
  }

  /** Where the text stops being JSON, for a feed that is not: the first syntax error. */
  syntaxError(): Position | undefined {
    const errors: ParseError[] = [];
    parse(this.body.trimStart(), errors, { disallowComments: true, allowTrailingComma: false });
    if (!errors.length) return undefined;
    return this.at(errors[0].offset + (this.body.length - this.body.trimStart().length));
  }
}

/**
 * The child of an object or a list at `key`: for an object, the last property of that name (the one JSON.parse
 * keeps), with its key node.
 */
function childOf(node: Node, key: string | number): { value: Node; key?: Node } | undefined {
  if (node.type === 'array' && typeof key === 'number') {
    const value = node.children?.[key];
    return value && { value };
  }
  if (node.type !== 'object') return undefined;
  const property = node.children?.findLast((p) => p.children?.[0]?.value === String(key));
  const [name, value] = property?.children ?? [];
  return value ? { value, key: name } : name ? { value: name, key: name } : undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
