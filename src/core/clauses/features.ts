// Turns a clause-sized unit into the sparse binary features the linear model scores.
// The training script and the engine share this file, so a trained model always sees the features it was trained on.
import { type Cue, cuesIn } from './cues';
import { findAmount, findPeriods } from './values';

/** Words are cut to this many letters, so "terminate", "terminated" and "termination" share one feature. */
const STEM_LETTERS = 7;
const MAX_WORDS = 160;
const MAX_HEADING_WORDS = 12;

// Latin letters with accents cover English and Italian; a plain class is much faster than \p{L}.
const WORD = /[a-z\u00df-\u024f]+|\d+/g;

function words(lowerText: string, limit: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lowerText); match && out.length < limit; match = WORD.exec(lowerText)) {
    const word = match[0];
    out.push(word.charCodeAt(0) <= 57 ? '#' : word.length > STEM_LETTERS ? word.slice(0, STEM_LETTERS) : word);
  }
  return out;
}

// Units under one heading share its features; they are worked out once per heading list.
const headingFeatureCache = new WeakMap<readonly string[], string[]>();

function headingFeatures(headings: readonly string[]): string[] {
  let cached = headingFeatureCache.get(headings);
  if (!cached) {
    const joined = headings.join(' ');
    const lower = joined.toLowerCase();
    cached = [...new Set([...words(lower, MAX_HEADING_WORDS * 2).map((w) => `h:${w}`), ...[...cuesIn(lower)].map((c) => `hc:${c}`)])];
    headingFeatureCache.set(headings, cached);
  }
  return cached;
}

/** What a unit's features are made of; the model scores these directly, without building word-pair strings. */
export interface UnitParts {
  /** The unit's words, cut to STEM_LETTERS, in order (the first MAX_WORDS). */
  words: string[];
  /** The features that are neither words nor word pairs (headings, cues, values, shape), each once, in order. */
  otherFeatures: string[];
  cues: Set<Cue>;
}

export function unitParts(unit: string, headings: readonly string[]): UnitParts {
  const lower = unit.toLowerCase();
  const unitWords = words(lower, MAX_WORDS);
  const otherFeatures = [...headingFeatures(headings)];
  const cues = cuesIn(lower);
  for (const cue of cues) otherFeatures.push(`c:${cue}`);
  if (findPeriods(unit).length) otherFeatures.push('v:period');
  if ((cues.has('fee') || cues.has('payment') || cues.has('liability')) && findAmount(unit)) otherFeatures.push('v:amount');
  if (unitWords.length > 3 && unit === unit.toUpperCase() && lower !== unit) otherFeatures.push('s:capitals');
  otherFeatures.push(`s:len${Math.min(6, Math.floor(Math.log2(1 + unitWords.length)))}`);
  return { words: unitWords, otherFeatures, cues };
}

export interface UnitAnalysis {
  features: string[];
  cues: Set<Cue>;
}

/**
 * Every feature of the unit as a string, each once: words, then word pairs, then the other features.
 * Training uses this; the engine scores the same features from `unitParts`, in the same order.
 */
export function analyseUnit(unit: string, headings: readonly string[]): UnitAnalysis {
  const { words: unitWords, otherFeatures, cues } = unitParts(unit, headings);
  // Presence, not counts: a long clause must not score high on repeated "the" and "to".
  const features = new Set<string>(unitWords);
  for (let i = 1; i < unitWords.length; i++) features.add(`${unitWords[i - 1]} ${unitWords[i]}`);
  for (const feature of otherFeatures) features.add(feature);
  return { features: [...features], cues };
}
