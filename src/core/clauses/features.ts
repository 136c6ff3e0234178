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

export interface UnitAnalysis {
  features: string[];
  cues: Set<Cue>;
}

/**
 * Word and word-pair features of the unit (each counted once), heading words, and which cues and values it contains.
 * `wantsPairAfter` lets the engine skip building word pairs no model weighs; training leaves it out and gets them all.
 */
export function analyseUnit(unit: string, headings: readonly string[], wantsPairAfter?: (word: string) => boolean): UnitAnalysis {
  const lower = unit.toLowerCase();
  const unitWords = words(lower, MAX_WORDS);
  // Presence, not counts: a long clause must not score high on repeated "the" and "to".
  const features = new Set<string>(unitWords);
  for (let i = 1; i < unitWords.length; i++) {
    if (!wantsPairAfter || wantsPairAfter(unitWords[i - 1])) features.add(`${unitWords[i - 1]} ${unitWords[i]}`);
  }
  for (const feature of headingFeatures(headings)) features.add(feature);
  const cues = cuesIn(lower);
  for (const cue of cues) features.add(`c:${cue}`);
  if (findPeriods(unit).length) features.add('v:period');
  if ((cues.has('fee') || cues.has('payment') || cues.has('liability')) && findAmount(unit)) features.add('v:amount');
  if (unitWords.length > 3 && unit === unit.toUpperCase() && lower !== unit) features.add('s:capitals');
  features.add(`s:len${Math.min(6, Math.floor(Math.log2(1 + unitWords.length)))}`);
  return { features: [...features], cues };
}
