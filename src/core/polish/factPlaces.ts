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

function sentenceEnds(line: string, lineStart: number, facts: readonly Fact[]): number[] {
  const ends: number[] = [];
  for (const m of line.matchAll(/[.!?;](?=\s)/g)) {
    const at = lineStart + m.index;
    if (facts.some((f) => f.start <= at && at < f.end)) continue;
    const word = /([\p{L}.]+)$/u.exec(line.slice(0, m.index))?.[1].toLowerCase().replace(/\./g, '');
    if (word !== undefined && ABBREVIATIONS.has(word)) continue;
    ends.push(m.index + 1);
  }
  return ends;
}

/** The text's sentences: each line, cut at full stops, question and exclamation marks and semicolons. */
export function sentencesOf(text: string, facts: readonly Fact[]): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const to of [...sentenceEnds(line, lineStart, facts), line.length]) {
      const start = lineStart + from;
      const end = lineStart + to;
      const own = facts.filter((f) => f.start >= start && f.start < end);
      if (line.slice(from, to).trim()) {
        let words = text.slice(start, end);
        for (const f of [...own].reverse()) words = words.slice(0, f.start - start) + ' ' + words.slice(f.end - start);
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

function similarity(a: Sentence, b: Sentence): number {
  let shared = 0;
  for (const token of a.tokens) if (b.tokens.has(token)) shared++;
  return (2 * shared) / (a.tokens.size + b.tokens.size || 1);
}

/** For each sentence of `from`, the index of the most similar sentence of `to` (the first, on a tie). */
function closest(from: readonly Sentence[], to: readonly Sentence[]): number[] {
  return from.map((sentence) => {
    let best = 0;
    let bestScore = -1;
    for (const [index, candidate] of to.entries()) {
      const score = similarity(sentence, candidate);
      if (score > bestScore) [best, bestScore] = [index, score];
    }
    return best;
  });
}

/**
 * Undefined when every fact of the draft is in the polish's counterpart of its sentence (or in a sentence split from
 * it), and every fact of the polish in the draft's counterpart (or in a sentence merged into it); else the first that
 * is not.
 */
export function misplacedFact(draft: readonly Sentence[], polished: readonly Sentence[]): PolishReason | undefined {
  if (polished.length === 0) return undefined;
  const forward = closest(draft, polished);
  const backward = closest(polished, draft);
  const keysNear = (own: Set<string>, others: readonly Sentence[], pairedBack: number[], index: number) => {
    const keys = new Set(own);
    for (const [i, pairedIndex] of pairedBack.entries()) if (pairedIndex === index) for (const key of others[i].keys) keys.add(key);
    return keys;
  };
  for (const [index, sentence] of draft.entries()) {
    if (sentence.facts.length === 0) continue;
    const allowed = keysNear(polished[forward[index]].keys, polished, backward, index);
    const moved = sentence.facts.find((f) => !allowed.has(f.key));
    if (moved) return reasons.movedFact(moved, sentence.text);
  }
  for (const [index, sentence] of polished.entries()) {
    if (sentence.facts.length === 0) continue;
    const allowed = keysNear(draft[backward[index]].keys, draft, forward, index);
    const misplaced = sentence.facts.find((f) => !allowed.has(f.key));
    if (misplaced) return reasons.misplacedFact(misplaced, sentence.text);
  }
  return undefined;
}
