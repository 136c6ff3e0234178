// Ties each deliverable of clients.yaml to the contract passages that promise it: by a `ref` when there is one (a
// clause number or a quoted phrase), else by what the title says (its meaningful words and their stems, the numbers
// it gives the item) and by the due date. A match is claimed only when one passage stands out; several close
// candidates are reported as ambiguous and none as missing, never guessed.
import type { Deliverable, Language } from '../clients/schema';
import { detectLanguage } from '../language';
import { type Passage, PassageMemory } from './passages';
import { itemNumbers, keysOf } from './words';

export interface MatchOptions {
  /** The least score a passage needs to be called a match. */
  threshold: number;
  /** A runner-up this close to the best makes the match ambiguous. */
  margin: number;
}

/** Chosen on the development pairs (see `npm run eval`, which cross-validates them by contract). */
export const DEFAULT_MATCH_OPTIONS: MatchOptions = { threshold: 0.6, margin: 0.15 };

/** How much agreeing and disagreeing evidence moves a score whose base is the share of the title's words found. */
const DATE_AGREES = 0.35;
const MONTH_AGREES = 0.15;
const DATE_DIFFERS = -0.15;
const NUMBER_AGREES = 0.2;
const NUMBER_DIFFERS = -0.5;
/** The share of the passage's own words the title covers breaks ties towards short schedule lines. */
const DENSITY = 0.1;

export type MissingCause = 'no-passages' | 'no-words' | 'ref-not-found' | 'no-match' | 'other-language';

interface MatchBase {
  /** Position of the deliverable in the client's list. */
  index: number;
  title: string;
}

export type DeliverableMatch =
  | (MatchBase & {
      state: 'matched';
      passage: Passage;
      how: 'ref' | 'words';
      score: number;
      /** Other passages that speak of it too (a scope item beside its schedule line). */
      also: Passage[];
      /** Titles of other deliverables matched to the same passage. */
      sharedWith: string[];
    })
  | (MatchBase & { state: 'ambiguous'; candidates: Passage[]; how: 'ref' | 'words' })
  | (MatchBase & { state: 'missing'; cause: MissingCause; ref?: string; nearest?: Passage });

export interface ContractMatches {
  language: Language | 'other';
  passages: number;
  matches: DeliverableMatch[];
}

interface Scored {
  passage: Passage;
  score: number;
}

const REF_NUMBER = /^(?:(?:art(?:icolo|icle|\.)?|section|sezione|clausola|clause|§)\s*)?(\d+(?:\.\d+)*)\.?$/i;

function scorePassage(passage: Passage, title: Set<string>, numbers: Set<number>, due: string | undefined): number {
  let common = 0;
  for (const key of title) if (passage.keys.has(key)) common++;
  if (common === 0) return 0;
  let score = common / title.size + (DENSITY * common) / passage.keys.size;
  if (due !== undefined && passage.dates.size > 0) {
    if (passage.dates.has(due)) score += DATE_AGREES;
    else if (passage.dates.has(due.slice(0, 7))) score += MONTH_AGREES;
    else score += DATE_DIFFERS;
  }
  if (numbers.size > 0 && passage.itemNumbers.size > 0) {
    score += [...numbers].some((n) => passage.itemNumbers.has(n)) ? NUMBER_AGREES : NUMBER_DIFFERS;
  }
  return score;
}

/** The passages a clause number names, one per line, each spanning its whole line. */
export function byNumber(passages: readonly Passage[], number: string): Passage[] {
  const lines = new Map<number, Passage>();
  for (const p of passages) {
    if (p.number !== number) continue;
    const seen = lines.get(p.line);
    lines.set(p.line, seen ? { ...seen, end: p.end, keys: new Set([...seen.keys, ...p.keys]) } : p);
  }
  return [...lines.values()];
}

/** The passages holding a quoted phrase, whatever its case and spacing. */
export function byPhrase(text: string, passages: readonly Passage[], phrase: string): Passage[] {
  const words = phrase.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const found = new Set<Passage>();
  for (const occurrence of text.matchAll(pattern)) {
    const holder = passages.find((p) => p.start <= occurrence.index && occurrence.index < p.end);
    if (holder) found.add(holder);
  }
  return [...found];
}

function matchByRef(base: MatchBase, ref: string, text: string, passages: readonly Passage[]): DeliverableMatch {
  const number = REF_NUMBER.exec(ref.trim())?.[1];
  const found = number !== undefined ? byNumber(passages, number) : byPhrase(text, passages, ref);
  if (found.length === 0) return { ...base, state: 'missing', cause: 'ref-not-found', ref };
  if (found.length > 1) return { ...base, state: 'ambiguous', candidates: found, how: 'ref' };
  return { ...base, state: 'matched', passage: found[0], how: 'ref', score: 1, also: [], sharedWith: [] };
}

function matchByWords(
  base: MatchBase,
  deliverable: Deliverable,
  passages: readonly Passage[],
  options: MatchOptions,
  otherLanguage: boolean,
): DeliverableMatch {
  const title = keysOf(deliverable.title);
  const numbers = itemNumbers(deliverable.title);
  if (title.size === 0) return { ...base, state: 'missing', cause: 'no-words' };
  const scored: Scored[] = [];
  for (const passage of passages) {
    if (passage.heading) continue;
    const score = scorePassage(passage, title, numbers, deliverable.due);
    if (score > 0) scored.push({ passage, score });
  }
  scored.sort((a, b) => b.score - a.score || a.passage.start - b.passage.start);
  const best = scored[0];
  if (!best || best.score < options.threshold) {
    const nearest = best && best.score >= options.threshold / 2 ? best.passage : undefined;
    return { ...base, state: 'missing', cause: otherLanguage ? 'other-language' : 'no-match', ...(nearest ? { nearest } : {}) };
  }
  const strong = scored.filter((s) => s.score >= options.threshold);
  const rivals = strong.filter((s) => s !== best && s.score > best.score - options.margin);
  if (rivals.length > 0) return { ...base, state: 'ambiguous', candidates: [best, ...rivals].map((s) => s.passage), how: 'words' };
  const also = strong.slice(1).map((s) => s.passage);
  return { ...base, state: 'matched', passage: best.passage, how: 'words', score: Math.min(1, best.score), also, sharedWith: [] };
}

/** Matches a client's deliverables against its contract's text; keeps what it read of the text for the next call. */
export class DeliverableMatcher {
  private readonly memory = new PassageMemory();

  constructor(private readonly options: MatchOptions = DEFAULT_MATCH_OPTIONS) {}

  /** `titleLanguage`: the language the titles are written in (the client's), to explain a miss across languages. */
  match(text: string, deliverables: readonly Deliverable[], titleLanguage?: Language): ContractMatches {
    const passages = this.memory.passagesOf(text);
    const language = detectLanguage(text);
    const otherLanguage = titleLanguage !== undefined && language !== 'other' && language !== titleLanguage;
    const matches = deliverables.map((deliverable, index): DeliverableMatch => {
      const base = { index, title: deliverable.title };
      if (!passages.some((p) => !p.heading)) return { ...base, state: 'missing', cause: 'no-passages' };
      if (deliverable.ref !== undefined) return matchByRef(base, deliverable.ref, text, passages);
      return matchByWords(base, deliverable, passages, this.options, otherLanguage);
    });
    markShared(matches);
    return { language, passages: passages.length, matches };
  }
}

/** Deliverables matched to the same passage name each other, so neither is shown as the passage's only promise. */
function markShared(matches: DeliverableMatch[]): void {
  const byStart = new Map<number, DeliverableMatch[]>();
  for (const m of matches) {
    if (m.state !== 'matched') continue;
    byStart.set(m.passage.start, [...(byStart.get(m.passage.start) ?? []), m]);
  }
  for (const group of byStart.values()) {
    if (group.length < 2) continue;
    for (const m of group) if (m.state === 'matched') m.sharedWith = group.filter((o) => o !== m).map((o) => o.title);
  }
}
