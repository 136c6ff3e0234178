// Finds where a finding's path sits in the text, and turns it into a positioned Problem. Two locators answer the
// same question: one from the fast reader (a second, recording read: no Document needed, so a mistake in a 5 MB
// file is placed in well under a second) and one from the `yaml` Document for everything the fast reader declines.
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Problem } from '../problem';
import type { Finding, Path } from './finding';
import { readPlainYaml } from './plainYaml';

type Range = [number, number];

/** What a path leads to, in offsets. */
interface Located {
  /** The key holding the value, when it sits in a mapping. */
  key?: Range;
  value?: Range;
  /** The first key of the value, when it is a mapping (where "missing key" points for a list item). */
  firstKey?: Range;
  isScalar: boolean;
  /** Whether the whole path was found; otherwise the fields describe the deepest node reached. */
  complete: boolean;
}

export interface Span {
  start: number;
  end: number;
  /** The value as written, for a scalar at the path. */
  written?: string;
}

export interface Locator {
  span(finding: Finding): Span;
}

function chooseSpan(text: string, found: Located, target: Finding['target']): Span {
  let range: Range | undefined;
  let written: string | undefined;
  if (target === 'missing') {
    range = found.key ?? found.firstKey ?? found.value;
  } else if (target === 'key') {
    range = found.key;
  } else if (found.complete && found.isScalar && found.value && found.value[0] < found.value[1]) {
    range = found.value;
    written = text.slice(range[0], range[1]);
  } else {
    // An empty value or a whole mapping or list: point at its key, or at its first line when it has none.
    range = found.key ?? found.value;
  }
  const [start, end] = range ?? [0, 0];
  const lineEnd = text.indexOf('\n', start);
  return { start, end: lineEnd >= 0 && lineEnd < end ? lineEnd : end, written };
}

function rangeOf(node: Node | null | undefined): Range | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

function describeNode(node: Node | null, key: Node | undefined, complete: boolean): Located {
  return {
    key: rangeOf(key),
    value: rangeOf(node),
    firstKey: isMap(node) && node.items.length > 0 ? rangeOf(node.items[0].key as Node) : undefined,
    isScalar: isScalar(node),
    complete,
  };
}

export function documentLocator(doc: Document, text: string): Locator {
  const walk = (path: Path): Located => {
    let node = doc.contents as Node | null;
    let key: Node | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return describeNode(node, key, false);
        key = pair.key as Node;
        node = (pair.value as Node | null) ?? null;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        node = node.items[segment] as Node;
      } else {
        return describeNode(node, key, false);
      }
    }
    return describeNode(node, key, true);
  };
  return { span: (finding) => chooseSpan(text, walk(finding.path), finding.target) };
}

/** Per mapping or list of the recording read: key, key start, value start, value end, for each entry in turn. */
const ENTRIES = Symbol('entries');
type Recorded = { [ENTRIES]?: (string | number)[] };

interface Entry {
  key?: Range;
  value: Range;
}

function entryOf(owner: unknown, segment: string | number): Entry | undefined {
  const recorded = owner !== null && typeof owner === 'object' ? (owner as Recorded)[ENTRIES] : undefined;
  if (!recorded) return undefined;
  for (let i = 0; i < recorded.length; i += 4) {
    if (recorded[i] !== segment) continue;
    const keyStart = recorded[i + 1] as number;
    const key: Range | undefined = keyStart < 0 ? undefined : [keyStart, keyStart + String(segment).length];
    return { key, value: [recorded[i + 2] as number, recorded[i + 3] as number] };
  }
  return undefined;
}

/** A locator from a recording read of the fast reader, or undefined when that reader declines the text. */
export function plainLocator(text: string): Locator | undefined {
  const root = readPlainYaml(text, (owner, key, keyStart, valueStart, valueEnd) => {
    // The recording read's objects are its own, so the positions can ride on them.
    ((owner as Recorded)[ENTRIES] ??= []).push(key, keyStart, valueStart, valueEnd);
  });
  if (root === undefined) return undefined;
  const describe = (value: unknown, entry: Entry | undefined, complete: boolean): Located => {
    const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
    const recorded = isMapping ? (value as Recorded)[ENTRIES] : undefined;
    return {
      key: entry?.key,
      value: entry?.value,
      firstKey: recorded ? entryOf(value, recorded[0])?.key : undefined,
      isScalar: value === null || typeof value !== 'object',
      complete,
    };
  };
  const walk = (path: Path): Located => {
    let value: unknown = root;
    let entry: Entry | undefined;
    for (const segment of path) {
      const next = entryOf(value, segment);
      if (!next) return describe(value, entry, false);
      entry = next;
      value = (value as Record<string | number, unknown>)[segment];
    }
    return describe(value, entry, true);
  };
  return { span: (finding) => chooseSpan(text, walk(finding.path), finding.target) };
}

export function problemAt(
  file: string,
  lines: LineCounter,
  start: number,
  end: number,
  fields: Pick<Problem, 'severity' | 'message' | 'messages' | 'code'>,
): Problem {
  // linePos answers line 0 before the first recorded line start (an empty text); problems are 1-based.
  const from = lines.linePos(start);
  const to = lines.linePos(end);
  return { file, line: Math.max(1, from.line), column: Math.max(1, from.col), endLine: Math.max(1, to.line), endColumn: Math.max(1, to.col), ...fields };
}
