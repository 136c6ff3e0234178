// Where things are in a text: line and column of a string index, and the words and sentences of a stretch of it.
import type { TextRange } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  words: number;
  /** Ends with a full stop, question or exclamation mark: greetings, sign-offs and list items do not. */
  punctuated: boolean;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  range(start: number, end: number): TextRange {
    const from = this.position(start);
    const to = this.position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}

// "2,400.00", "e-commerce", "2026-047" and an email address each count as one word.
const WORD = /[\p{L}\p{N}]+(?:[.,'’\-@/][\p{L}\p{N}]+)*/gu;

/** Calls `each` with every word between `from` and `to` (cut at `to`) and returns how many there are. */
function eachWord(text: string, from: number, to: number, each?: (start: number, end: number) => void): number {
  // Matched in a slice, so the search for a next word never runs past `to`; exec, as matchAll's arrays cost more.
  const stretch = text.slice(from, to);
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(stretch); m; m = WORD.exec(stretch)) {
    count++;
    each?.(from + m.index, from + m.index + m[0].length);
  }
  return count;
}

export function words(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  eachWord(text, from, to, (start, end) => spans.push({ start, end }));
  return spans;
}

// A sentence ends at terminal punctuation, a blank line, or the start of a list item; a single line break
// inside a paragraph (hard-wrapped mail) does not end one.
// A run of marks is tried from its first mark only: tried from each, a long run would make the search quadratic.
const SENTENCE_BREAK = /(?<![.!?…])[.!?…]+(?=\s|$)|\n[^\S\n]*\n\s*|\n(?=[^\S\n]*(?:[-*•]|\d+[.)])[^\S\n])/gu;
// Full stops that end an abbreviation or an initial rather than a sentence: "S.p.A.", "e.g.", "Mr.", "J."
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{L}|\p{L}+\.\p{L}+(?:\.\p{L}+)*|mr|mrs|ms|dr|prof|sig|sigg|dott|ing|avv|inc|ltd|co|etc|ecc|approx|nr)$/iu;
/**
 * How far back from a full stop ABBREVIATION looks. Every alternative but the dotted one is far shorter, and that one
 * matches the end of a longer run as well; reading the whole sentence so far at every stop would be quadratic.
 */
const ABBREVIATION_REACH = 64;

export function sentences(text: string, from = 0, to = text.length): Sentence[] {
  const result: Sentence[] = [];
  let start = from;
  const stretch = text.slice(from, to);
  const push = (end: number, punctuated: boolean) => {
    const count = eachWord(text, start, end);
    if (count > 0) result.push({ start, end, words: count, punctuated });
  };
  for (const m of stretch.matchAll(SENTENCE_BREAK)) {
    const at = from + m.index;
    const punctuated = !m[0].startsWith('\n');
    if (punctuated && m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, at - ABBREVIATION_REACH), at))) continue;
    push(punctuated ? at + m[0].length : at, punctuated);
    start = at + m[0].length;
  }
  push(to, false);
  return result;
}
