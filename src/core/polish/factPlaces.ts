// Facts in their place: which date belongs to which sentence, which amount to which invoice. A polish may reword a
// sentence, merge two or split one, but each fact must stay with the sentence the draft gave it. Sentences of the draft
// and of the polish are paired by the words and facts they share; a fact that leaves its sentence, or arrives in one
// whose counterpart in the draft does not have it, is moved.
import type { Fact } from './facts';
import { type PolishReason, reasons } from './reasons';

interface Sentence {
  text: string;
  facts: Fact[];
  keys: Set<string>;
  /** Word stems outside the facts, and the facts' keys: what a sentence is about. */
  tokens: Set<string>;
}

// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sig', 'sigg', 'sigra', 'dott', 'ing', 'avv', 'arch', 'geom', 'rag', 'spett', 'no', 'nr', 'n', 'ca', 'etc', 'vs']);
const STEM = 5;

/** The word (letters and full stops) that ends just before `at`. */
function wordBefore(line: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}.]/u.test(line[start - 1])) start--;
  return line.slice(start, at).toLowerCase().replace(/\./g, '');
}

/** Where sentences end in a line (after the mark), skipping marks inside facts and after abbreviations. */
function sentenceEnds(line: string, lineStart: number, inFact: (at: number) => boolean): number[] {
  const ends: number[] = [];
  for (const m of line.matchAll(/[.!?;](?=\s)/g)) {
    if (inFact(lineStart + m.index) || ABBREVIATIONS.has(wordBefore(line, m.index))) continue;
    ends.push(m.index + 1);
  }
  return ends;
}

/** The text's sentences: each line, cut at full stops, question and exclamation marks and semicolons. */
export function sentencesOf(text: string, facts: readonly Fact[]): Sentence[] {
  const factAt = new Uint8Array(text.length);
  for (const f of facts) factAt.fill(1, f.start, f.end);
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  let next = 0;
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const to of [...sentenceEnds(line, lineStart, (at) => factAt[at] === 1), line.length]) {
      const start = lineStart + from;
      const end = lineStart + to;
      const own: Fact[] = [];
      while (next < sorted.length && sorted[next].start < end) own.push(sorted[next++]);
      if (line.slice(from, to).trim()) {
        let words = '';
        let at = start;
        for (const f of own) {
          words += `${text.slice(at, f.start)} `;
          at = f.end;
        }
        words += text.slice(at, end);
        const stems = [...words.matchAll(/\p{L}{3,}/gu)].map((m) => m[0].toLowerCase().slice(0, STEM));
        const keys = new Set(own.map((f) => f.key));
        sentences.push({ text: text.slice(start, end), facts: own, keys, tokens: new Set([...stems, ...keys]) });
      }
      from = to;
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

// A word found in more sentences than this says little about which sentence is which; leaving it out of the pairing
// keeps a long text's pairing fast. Shorter texts, every real draft among them, are paired on every word.
const COMMON_IN = 64;

/**
 * For each sentence of `from` that has facts, the index of the most similar sentence of `to` (the first, on a tie),
 * by the Dice coefficient of their tokens; -1 for the others.
 */
function closest(from: readonly Sentence[], to: readonly Sentence[]): number[] {
  const holding = new Map<string, number[]>();
  for (const [index, sentence] of to.entries()) {
    for (const token of sentence.tokens) {
      const list = holding.get(token);
      if (list) list.push(index);
      else holding.set(token, [index]);
    }
  }
  return from.map((sentence) => {
    if (sentence.facts.length === 0) return -1;
    const shared = new Map<number, number>();
    for (const token of sentence.tokens) {
      const list = holding.get(token);
      if (list && list.length <= COMMON_IN) for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let best = 0;
    let bestScore = 0;
    for (const [index, count] of shared) {
      const score = (2 * count) / (sentence.tokens.size + to[index].tokens.size);
      if (score > bestScore || (score === bestScore && index < best)) [best, bestScore] = [index, score];
    }
    return best;
  });
}

/** For each sentence of `to`, the keys of the sentences of `from` paired with it: merged or split off. */
function keysPairedWith(from: readonly Sentence[], pairing: readonly number[], to: readonly Sentence[]): Set<string>[] {
  const keys = to.map(() => new Set<string>());
  for (const [index, paired] of pairing.entries()) if (paired >= 0) for (const key of from[index].keys) keys[paired].add(key);
  return keys;
}

function firstOutOfPlace(sentences: readonly Sentence[], pairing: readonly number[], counterparts: readonly Sentence[], pairedBack: Set<string>[]): [Fact, Sentence] | undefined {
  for (const [index, sentence] of sentences.entries()) {
    if (pairing[index] < 0) continue;
    const allowed = counterparts[pairing[index]].keys;
    const fact = sentence.facts.find((f) => !allowed.has(f.key) && !pairedBack[index].has(f.key));
    if (fact) return [fact, sentence];
  }
  return undefined;
}

/**
 * Undefined when every fact of the draft is in the polish's counterpart of its sentence (or in a sentence split from
 * it), and every fact of the polish in the draft's counterpart (or in a sentence merged into it); else the first that
 * is not.
 */
export function misplacedFact(draft: readonly Sentence[], polished: readonly Sentence[]): PolishReason | undefined {
  if (polished.length === 0 || draft.length === 0) return undefined;
  const forward = closest(draft, polished);
  const backward = closest(polished, draft);
  const moved = firstOutOfPlace(draft, forward, polished, keysPairedWith(polished, backward, draft));
  if (moved) return reasons.movedFact(moved[0], moved[1].text);
  const misplaced = firstOutOfPlace(polished, backward, draft, keysPairedWith(draft, forward, polished));
  return misplaced ? reasons.misplacedFact(misplaced[0], misplaced[1].text) : undefined;
}
