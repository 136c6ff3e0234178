// A fast reader for the plain block YAML people write in clients.yaml (block mappings and lists, one-line scalars,
// one-line flow mappings, comments). The `yaml` package builds a full Document at about 1.5 MB/s on this machine,
// seconds for a 5,000-client file against a 150 ms budget; this reader does the common case over ten times faster.
// It is deliberately narrow: at anything outside that subset (anchors, tags, block scalars, YAML-only escapes,
// multi-line scalars, duplicate keys, tabs, CR line ends, flow lists, odd indentation) it returns undefined and the
// loader uses the `yaml` package, which stays the authority. Where it answers, it answers exactly as `yaml` (core schema) does:
// test/core/clients/plainYaml.test.ts compares the two.

/** Thrown inside the reader when the text leaves the supported subset; never escapes this module. */
class OutsideSubset extends Error {}

function outside(): never {
  throw new OutsideSubset();
}

/** Characters that may not begin a plain scalar in this subset (indicators; quotes are read elsewhere). */
const UNSAFE_FIRST = '[]{}&*!|>%@`?:,#\'"';

/** Whether a plain scalar may not start at `start`: an indicator, or a `-` that would start a list item. */
function isUnsafeStart(text: string, start: number, end: number): boolean {
  const first = text[start];
  if (UNSAFE_FIRST.includes(first)) return true;
  return first === '-' && (start + 1 === end || text.charCodeAt(start + 1) === SPACE);
}
/** Every scalar the core schema reads as anything but text matches this; most values fail it at once. */
const MAYBE_NOT_TEXT =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?(?:[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)?$/;
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_TRUE = /^(?:[Tt]rue|TRUE)$/;
const CORE_FALSE = /^(?:[Ff]alse|FALSE)$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const CORE_EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Scalars the core schema reads as something this reader does not produce (hex, octal, infinities, NaN). */
const CORE_OTHER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** The core-schema value of a plain scalar, already trimmed. */
function resolvePlain(text: string): unknown {
  if (!MAYBE_NOT_TEXT.test(text)) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_TRUE.test(text)) return true;
  if (CORE_FALSE.test(text)) return false;
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_FLOAT.test(text) || CORE_EXP_FLOAT.test(text)) return parseFloat(text);
  if (CORE_OTHER.test(text)) outside();
  return text;
}

/** Everything after a closing quote must be blank or a comment. */
function requireEnd(rest: string): void {
  // Spaces only: YAML's white space is spaces and tabs (tabs are left to `yaml`), not every Unicode space.
  if (rest !== '' && !/^ +(#.*)?$/.test(rest)) outside();
}

/** A quoted scalar at the start of `text`; returns its value and where it ended. */
function readQuoted(text: string): { value: string; end: number } {
  const quote = text[0];
  if (quote === '"') {
    const plainClose = text.indexOf('"', 1);
    const firstEscape = text.indexOf('\\', 1);
    if (plainClose > 0 && (firstEscape < 0 || firstEscape > plainClose)) return { value: text.slice(1, plainClose), end: plainClose + 1 };
    let close = 1;
    while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
    if (close >= text.length) outside();
    const written = text.slice(0, close + 1);
    // JSON's escapes mean the same in YAML; YAML's others (\0, \x41, \N, ...) are left to `yaml`.
    for (const escape of written.matchAll(/\\(.)/g)) if (!'"\\/bfnrtu'.includes(escape[1])) outside();
    try {
      return { value: JSON.parse(written) as string, end: close + 1 };
    } catch {
      return outside();
    }
  }
  let value = '';
  let from = 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close < 0) outside();
    value += text.slice(from, close);
    if (text[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && text.charCodeAt(from) === SPACE) from++;
  return from;
}

function isKeyChar(code: number, first: boolean): boolean {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return first ? letter : letter || (code >= 48 && code <= 57) || code === DASH;
}

/** Whether `text` holds exactly `known` from `start` to `end`; for short strings, much quicker than `startsWith`. */
function isWrittenAt(text: string, start: number, end: number, known: string): boolean {
  if (known.length !== end - start) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== known.charCodeAt(i - start)) return false;
  return true;
}

/**
 * Works on offsets into the whole text, one content line at a time, rather than on line strings: a 6 MB file has
 * 200,000 lines, and a string per line (and per regular-expression match) made the garbage collector the main cost.
 */
class Reader {
  /** The current content line (blank and comment lines are skipped): its indent, where its content starts and ends. */
  private indent = 0;
  private start = 0;
  private end = 0;
  /** True once every line has been read. */
  private done = false;
  /** Where the line after the current one begins. */
  private next = 0;
  /** Keys already read, by first two characters and length (see `keyAt`). */
  private readonly keys = new Map<number, string>();
  /** Where the value the last `readInlineValue` read ends (before any comment), for the recorder. */
  private valueEnd = 0;

  constructor(
    private readonly text: string,
    private readonly record?: Recorder,
  ) {
    this.advance();
  }

  /** Moves to the next content line, or sets `done`. */
  private advance(): void {
    const text = this.text;
    while (this.next < text.length) {
      const lineStart = this.next;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      this.next = lineEnd + 1;
      let start = lineStart;
      while (text.charCodeAt(start) === SPACE) start++;
      if (start === lineEnd || text.charCodeAt(start) === HASH) continue;
      let end = lineEnd;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      const first = text.charCodeAt(start);
      if ((first === DASH && text.startsWith('---', start)) || (first === 46 && text.startsWith('...', start)) || first === 37) outside();
      this.indent = start - lineStart;
      this.start = start;
      this.end = end;
      return;
    }
    this.done = true;
  }

  readDocument(): Record<string, unknown> {
    if (this.done || this.indent !== 0) outside();
    const map = this.readMap(0);
    if (!this.done) outside();
    return map;
  }

  private isDashAt(start: number, end: number): boolean {
    return this.text.charCodeAt(start) === DASH && (start + 1 === end || this.text.charCodeAt(start + 1) === SPACE);
  }

  /** Whether the current line is at `indent` and is (or is not) a list item. */
  private at(indent: number, item: boolean): boolean {
    return !this.done && this.indent === indent && this.isDashAt(this.start, this.end) === item;
  }

  /** The length of `key:` plus the spaces after it at `start`, or 0 when no simple key starts there. */
  private keyLength(start: number, end: number): number {
    const text = this.text;
    let i = start;
    if (!isKeyChar(text.charCodeAt(i), true)) return 0;
    while (i < end && isKeyChar(text.charCodeAt(i), false)) i++;
    if (text.charCodeAt(i) !== COLON) return 0;
    i++;
    if (i < end && text.charCodeAt(i) !== SPACE) return 0;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    return i - start;
  }

  /**
   * The key written from `start` to `end`. The same few keys repeat on every client, so each is sliced out once and
   * reused: a fresh string per occurrence costs an allocation and a string-table lookup (about 12% of read and
   * validate together on the benchmark file).
   */
  private keyAt(start: number, end: number): string {
    const slot = (this.text.charCodeAt(start) * 128 + this.text.charCodeAt(start + 1)) * 64 + Math.min(end - start, 63);
    const known = this.keys.get(slot);
    if (known !== undefined && isWrittenAt(this.text, start, end, known)) return known;
    // A property key the engine has interned: lookups with a plain slice would intern it again on every use.
    const key = Object.keys({ [this.text.slice(start, end)]: true })[0];
    this.keys.set(slot, key);
    return key;
  }

  private readMap(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const text = this.text;
    while (this.at(indent, false)) {
      const { start, end } = this;
      const length = this.keyLength(start, end);
      if (length === 0) outside();
      const key = this.keyAt(start, text.indexOf(':', start));
      if (key === '__proto__' || key in map) outside();
      const valueStart = start + length;
      this.advance();
      let value: unknown;
      let valueEnd: number;
      if (valueStart === end || text.charCodeAt(valueStart) === HASH) {
        const nestedStart = this.done ? valueStart : this.start;
        value = this.readNested(indent);
        valueEnd = value === null ? valueStart : nestedStart;
      } else {
        value = this.readInlineValue(valueStart, end, indent);
        valueEnd = this.valueEnd;
      }
      map[key] = value;
      this.record?.(map, key, start, valueStart, valueEnd);
    }
    this.requireDedent(indent);
    return map;
  }

  private readList(indent: number): unknown[] {
    const list: unknown[] = [];
    const text = this.text;
    while (this.at(indent, true)) {
      const end = this.end;
      let start = this.start + 1;
      while (text.charCodeAt(start) === SPACE) start++;
      if (start === end || text.charCodeAt(start) === HASH || this.isDashAt(start, end)) outside();
      if (this.keyLength(start, end) > 0) {
        // A mapping that starts on the item's line: its keys line up with the first one.
        this.indent += start - this.start;
        this.start = start;
        list.push(this.readMap(this.indent));
        this.record?.(list, list.length - 1, -1, start, end);
      } else {
        this.advance();
        list.push(this.readInlineValue(start, end, indent));
        this.record?.(list, list.length - 1, -1, start, this.valueEnd);
      }
    }
    this.requireDedent(indent);
    // A list grown by push keeps spare room (V8 grows an array by half its length plus 16); a copy is its exact
    // size, which on a large file is megabytes less to keep and to move in each garbage collection. A recording
    // read keeps its own lists, as the positions ride on them.
    return this.record ? list : list.slice();
  }

  /** The block under `key:` with nothing after the colon: deeper lines, a list at the key's own indent, or null. */
  private readNested(keyIndent: number): unknown {
    if (this.done) return null;
    const indent = this.indent;
    const item = this.isDashAt(this.start, this.end);
    if (indent > keyIndent) return item ? this.readList(indent) : this.readMap(indent);
    if (indent === keyIndent && item) return this.readList(indent);
    return null;
  }

  /**
   * The value written from `start` to the line's `end` after `key: ` or `- `; sets `valueEnd`. A deeper line after
   * it would continue it, which this reader leaves to `yaml`. The common cases (plain text, text in double quotes
   * without escapes) are read in place, without first slicing out the rest of the line.
   */
  private readInlineValue(start: number, end: number, indent: number): unknown {
    const value = this.readInline(start, end);
    this.requireDedent(indent);
    return value;
  }

  private readInline(start: number, end: number): unknown {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === DOUBLE_QUOTE) {
      let close = start + 1;
      while (close < end && text.charCodeAt(close) !== DOUBLE_QUOTE && text.charCodeAt(close) !== BACKSLASH) close++;
      if (close < end && text.charCodeAt(close) === DOUBLE_QUOTE) {
        if (close + 1 < end) requireEnd(text.slice(close + 1, end));
        this.valueEnd = close + 1;
        return text.slice(start + 1, close);
      }
    }
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const rest = text.slice(start, end);
      const quoted = readQuoted(rest);
      requireEnd(rest.slice(quoted.end));
      this.valueEnd = start + quoted.end;
      return quoted.value;
    }
    if (first === OPEN_BRACE) return this.readFlowMap(start, end);
    if (isUnsafeStart(text, start, end)) outside();
    // The first " #" starts a comment (the value itself never starts with a space); ": " before it would make the
    // value a mapping, which this reader leaves to `yaml`.
    let plainEnd = end;
    for (let i = start + 1; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) {
        plainEnd = i - 1;
        break;
      }
      if (code === COLON && text.charCodeAt(i + 1) === SPACE && i + 1 < end) outside();
    }
    // Only spaces end a plain scalar, as in `yaml` (tabs are left to it): a no-break space is part of the value.
    while (text.charCodeAt(plainEnd - 1) === SPACE) plainEnd--;
    if (text.charCodeAt(plainEnd - 1) === COLON) outside();
    this.valueEnd = plainEnd;
    return resolvePlain(text.slice(start, plainEnd));
  }

  /**
   * `{ key: value, key: "value" }` from `start` to the line's `end`, with scalar values only; sets `valueEnd`. A
   * `}` inside a quoted value, or anything else unusual, is left to `yaml`.
   */
  private readFlowMap(start: number, end: number): Record<string, unknown> {
    const text = this.text;
    const close = text.indexOf('}', start);
    if (close < 0 || close >= end) outside();
    if (close + 1 < end) requireEnd(text.slice(close + 1, end));
    this.valueEnd = close + 1;
    const map: Record<string, unknown> = {};
    let at = skipSpaces(text, start + 1, close);
    while (at < close) {
      const length = this.keyLength(at, close);
      if (length === 0) outside();
      const key = this.keyAt(at, text.indexOf(':', at));
      if (key === '__proto__' || key in map) outside();
      const keyStart = at;
      const valueStart = at + length;
      let valueEnd: number;
      let value: unknown;
      const first = text.charCodeAt(valueStart);
      if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
        const quoted = readQuoted(text.slice(valueStart, close));
        value = quoted.value;
        valueEnd = valueStart + quoted.end;
        at = skipSpaces(text, valueEnd, close);
      } else {
        at = valueStart;
        while (at < close && text.charCodeAt(at) !== COMMA) {
          const code = text.charCodeAt(at);
          const next = at + 1 < close ? text.charCodeAt(at + 1) : SPACE;
          if (code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE) outside();
          if ((code === COLON && (next === SPACE || next === COMMA)) || (code === SPACE && next === HASH)) outside();
          at++;
        }
        valueEnd = at;
        while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
        if (valueEnd <= valueStart || isUnsafeStart(text, valueStart, valueEnd)) outside();
        value = resolvePlain(text.slice(valueStart, valueEnd));
      }
      map[key] = value;
      this.record?.(map, key, keyStart, valueStart, valueEnd);
      if (at === close) break;
      if (text.charCodeAt(at) !== COMMA) outside();
      at = skipSpaces(text, at + 1, close);
      if (at === close) outside();
    }
    return map;
  }

  private requireDedent(indent: number): void {
    if (!this.done && this.indent > indent) outside();
  }
}

/**
 * Told where each key and value read sits: `owner` is the mapping or list, `key` the key or index, `keyStart` the
 * key's offset (-1 for a list item; a key ends `key.length` later), then where the value starts and ends.
 * Plain numbers rather than objects: a recording read of a large file makes hundreds of thousands of calls.
 */
export type Recorder = (owner: object, key: string | number, keyStart: number, valueStart: number, valueEnd: number) => void;

/**
 * The plain JS value of `text`, exactly as `yaml` would give it, or undefined when the text is outside the subset.
 * With `record`, also reports where every key and value sits (the loader asks only when it has problems to place).
 */
export function readPlainYaml(text: string, record?: Recorder): Record<string, unknown> | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Reader(text, record).readDocument();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
