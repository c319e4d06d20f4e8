// Where a warning's JSON path (`programs[3].start`, `programs[0]["two words"]`, `title.fr`) is in a feed's text, as
// line:column. Lines end at CRLF, LF or a lone CR; columns count UTF-16 code units from 1 (a tab is one, an emoji
// two), as VS Code, TypeScript and ESLint count them, so that a location opens where it points; a byte-order mark is
// not counted.
//
// One pass over the text reads it as JSON (RFC 8259, strictly, as JSON.parse does) and notes the offsets of the
// values and keys on the paths asked for, nothing else: on a feed of 2,000 programs with a warning in each, it takes
// a few tens of milliseconds, where building a whole syntax tree (jsonc-parser's parseTree) took near a second
// (bench/cli.mjs). The same pass finds where a text stops being JSON.

export interface Position {
  line: number;
  column: number;
}

type Key = string | number;

/** `programs[3].title["fr-CA"]` as its keys: ['programs', 3, 'title', 'fr-CA'] (formatPath, read back). */
export const keysOf = (path: string): Key[] =>
  [...path.matchAll(/\.?([\w$]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, word, index, quoted]) =>
    index !== undefined ? Number(index) : (word ?? (JSON.parse(quoted) as string)),
  );

/** A node of the paths asked for: where its value (and its key) were found. */
interface Wanted {
  children: Map<Key, Wanted>;
  value?: number;
  key?: number;
}

const wanted = (): Wanted => ({ children: new Map() });

/** The text is not JSON from this offset on. */
class SyntaxAt {
  constructor(readonly offset: number) {}
}

/**
 * Reads JSON text and notes, on the way, the offsets of the nodes of `root`. For an object with the same key twice,
 * the last one counts, as in JSON.parse.
 */
function scan(text: string, root: Wanted) {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(Math.min(i, text.length));
  };
  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  // A whole string, in one regular expression: far faster than a loop over its characters.
  // eslint-disable-next-line no-control-regex
  const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[\da-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;
  /** A string at i (a quote): its value when `keep`, and i after it. */
  const string = (keep: boolean): string | undefined => {
    const start = i;
    STRING.lastIndex = i;
    if (!STRING.test(text)) {
      // Where it goes wrong: the first character that cannot be there.
      for (i++; i < text.length && text[i] !== '"' && text.charCodeAt(i) >= 32; i += text[i] === '\\' ? 2 : 1);
      fail();
    }
    i = STRING.lastIndex;
    if (!keep) return undefined;
    const raw = text.slice(start + 1, i - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  /** A string, true, false, null or a number at i. */
  const scalar = () => {
    if (text[i] === '"') return void string(false);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  /** An object's key and its colon, after spaces: where the key starts, and its name when `keep`. */
  const key = (keep: boolean) => {
    space();
    if (text[i] !== '"') fail();
    const at = i;
    const name = string(keep);
    space();
    expect(':');
    return { at, name };
  };
  /**
   * A value that no wanted path goes into, read without recursion: a feed may nest lists as deep as it likes (JSON.parse
   * copes with any depth), and a call per level would overflow the stack. `closers` holds the brackets and braces
   * still open, innermost last; the checks are the same, in the same order, as `value`'s, so a syntax error is found
   * at the same offset.
   */
  const skip = () => {
    const closers: string[] = [];
    for (;;) {
      space();
      const c = text[i];
      if (c === '{' || c === '[') {
        const closer = c === '{' ? '}' : ']';
        i++;
        space();
        if (text[i] !== closer) {
          closers.push(closer);
          if (c === '{') key(false);
          continue;
        }
        i++;
      } else scalar();
      // After a value: close what ends here, until a comma starts the next value.
      for (;;) {
        const closer = closers.at(-1);
        if (!closer) return;
        space();
        if (text[i] === ',') {
          i++;
          if (closer === '}') key(false);
          break;
        }
        expect(closer);
        closers.pop();
      }
    }
  };
  /** A value, its offset noted when a path wants it; recursive only along the wanted paths, which are short. */
  const value = (node: Wanted | undefined) => {
    space();
    if (node) node.value = i;
    if (!node?.children.size) return skip();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        const { at, name } = key(true);
        const child = node.children.get(name!);
        if (child) child.key = at;
        value(child);
        space();
        if (text[i] === ',') i++;
        else return void expect('}');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        value(node.children.get(index));
        space();
        if (text[i] === ',') i++;
        else return void expect(']');
      }
    }
    scalar();
  };
  value(root);
  space();
  if (i < text.length) fail();
}

export class Locator {
  /** The text without its byte-order mark: what offsets count in. */
  private body: string;
  private lineStarts?: number[];

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
   * Where each path's value is, in one pass: at its key when `key` says so (an unknown key, a bad language tag);
   * the closest enclosing value when the path goes where the text has nothing (a missing field: the record that
   * lacks it).
   */
  paths(paths: { path: string; key?: boolean }[]): Position[] {
    const root = wanted();
    const ends = paths.map(({ path }) => {
      let node = root;
      const chain = [node];
      for (const k of keysOf(path)) {
        let child = node.children.get(k);
        if (!child) node.children.set(k, (child = wanted()));
        chain.push((node = child));
      }
      return chain;
    });
    try {
      scan(this.body, root);
    } catch (e) {
      if (!(e instanceof SyntaxAt)) throw e;
    }
    return ends.map((chain, n) => {
      const last = chain.findLast((w) => w.value !== undefined);
      const at = last === chain.at(-1) && paths[n].key && last?.key !== undefined ? last.key : (last?.value ?? 0);
      return this.at(at);
    });
  }

  /** Where the text stops being JSON, for a feed that is not; undefined if it is JSON. */
  syntaxError(): Position | undefined {
    try {
      scan(this.body, wanted());
      return undefined;
    } catch (e) {
      if (!(e instanceof SyntaxAt)) throw e;
      return this.at(e.offset);
    }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
