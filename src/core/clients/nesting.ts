// Where a YAML text nests too deeply. The `yaml` package composes documents recursively, and about 850 nested flow
// lists (a 1.7 KB file) overflow the stack; when that happens, this finds the place to show. It reads the text as a
// stream of the package's own tokens, which needs no recursion, so quotes, comments and block scalars are told apart
// from structure. It is not run on every file: the lexer alone takes about as long as parsing.
import { CST, Lexer } from 'yaml';

/** Far beyond the six levels clients.yaml uses, far below the depth at which parsing overflows the stack. */
export const MAX_NESTING = 100;

/** Whether an error is V8's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** More than MAX_NESTING block items opened on one line, after its indentation or a `key: `. */
const COMPACT_RUN = new RegExp(`(?:^|:[ \\t])[ \\t]*(?:[-?][ \\t]+){${MAX_NESTING + 1}}`, 'm');

/**
 * Where one line opens more than MAX_NESTING block items (`- - - …`, `? ? …`), or undefined. The yaml lexer slows
 * with the square of such a run (6,000 on one line: 3 s), so this cheap search runs before a file is parsed.
 */
export function compactNestingAt(text: string): number | undefined {
  const run = COMPACT_RUN.exec(text);
  return run ? run.index + run[0].trimEnd().length - 1 : undefined;
}

/**
 * Where flow lists or mappings nest more than MAX_NESTING deep, or undefined. Whether the parser overflows the stack
 * first depends on how much stack is left, so such a file is caught before parsing; the lexer runs only when the
 * text has more than MAX_NESTING opening brackets at all, which no real clients.yaml has.
 */
export function flowNestingAt(text: string): number | undefined {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x5b || c === 0x7b) && ++brackets > MAX_NESTING) return tooDeepAt(text);
  }
  return undefined;
}

/** Tokens the lexer inserts that are not in the text; after SCALAR_MARKER comes a scalar's source. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);
const SCALAR_MARKER = '\u001f';
/** Tokens that may start a node. */
const NODE_STARTS = new Set(['seq-item-ind', 'explicit-key-ind', 'single-quoted-scalar', 'double-quoted-scalar', 'anchor', 'tag', 'alias', 'flow-map-start', 'flow-seq-start', 'scalar']);
/** After these, on the same line, a node may start: an item's, a key's or a value's. */
const INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
const LAYOUT = new Set(['space', 'newline', 'comment']);

/**
 * The offset where the nesting of `text` first exceeds MAX_NESTING levels, or undefined. Block nesting is counted by
 * the columns nodes start at (each deeper column, or each `- ` on one line, is a level), flow nesting by brackets;
 * it may count a level more than YAML would, never fewer.
 */
export function tooDeepAt(text: string): number | undefined {
  const blockColumns: number[] = [];
  let flowDepth = 0;
  let offset = 0;
  let lineStart = 0;
  /** A block node can start here: first on its line, or right after a `- `, `? ` or `: `. */
  let canStartBlockNode = true;
  let scalarNext = false;
  let blockScalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      scalarNext = token === SCALAR_MARKER;
      continue;
    }
    const type = scalarNext ? (blockScalarNext ? 'block-scalar-body' : 'scalar') : (CST.tokenType(token) ?? 'other');
    if (scalarNext) blockScalarNext = false;
    scalarNext = false;
    if (type === 'block-scalar-header') blockScalarNext = true;
    if (type === 'flow-seq-end' || type === 'flow-map-end') flowDepth = Math.max(0, flowDepth - 1);
    if (flowDepth === 0 && canStartBlockNode && NODE_STARTS.has(type)) {
      const column = offset - lineStart;
      while (blockColumns.length > 0 && blockColumns[blockColumns.length - 1] >= column) blockColumns.pop();
      blockColumns.push(column);
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') flowDepth++;
    if (blockColumns.length + flowDepth > MAX_NESTING) return offset;
    if (!LAYOUT.has(type)) canStartBlockNode = INDICATORS.has(type);
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline >= 0) {
      lineStart = offset - token.length + newline + 1;
      canStartBlockNode = true;
    }
  }
  return undefined;
}
