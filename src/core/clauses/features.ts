// Turns a clause-sized unit into the sparse binary features the linear model scores.
// The training script and the engine share this file, so a trained model always sees the features it was trained on.
import { type Cue, CUE_NAMES, cuesIn, scanCues } from './cues';
import type { DocumentStyle } from './model';
import { findAmount, findPeriods, type Period } from './values';

/** Words are cut to this many letters, so "terminate", "terminated" and "termination" share one feature. */
const STEM_LETTERS = 7;
const MAX_WORDS = 160;
const MAX_HEADING_WORDS = 12;

/** Latin letters with accents cover English and Italian (a-z and U+00DF to U+024F, as lower-cased text has them). */
const STEM_LETTERS_BELOW_0250 = Uint8Array.from({ length: 0x250 }, (_, code) => ((code >= 97 && code <= 122) || code >= 0xdf ? 1 : 0));

/** A table rather than two ranges: the optimiser then meets no untried comparison at the first accented letter. */
function isStemLetter(code: number): boolean {
  return code < 0x250 && STEM_LETTERS_BELOW_0250[code] === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Writes where the stems of the first `limit` words of lower-cased text lie into `stems`, start and end one after the
 * other from index 0, and returns how many numbers it wrote. A stem is the word's first STEM_LETTERS letters, or
 * (-1, -1) for a number, whose feature is "#"; a word is a run of letters or of digits. Offsets rather than strings:
 * the engine looks stems up in place, without a string per word.
 */
function readStems(lower: string, limit: number, stems: number[]): number {
  let written = 0;
  for (let i = 0; i < lower.length && written < 2 * limit; ) {
    const code = lower.charCodeAt(i);
    if (isStemLetter(code)) {
      const start = i;
      while (i < lower.length && isStemLetter(lower.charCodeAt(i))) i++;
      stems[written++] = start;
      stems[written++] = Math.min(i, start + STEM_LETTERS);
    } else if (isDigit(code)) {
      while (i < lower.length && isDigit(lower.charCodeAt(i))) i++;
      stems[written++] = -1;
      stems[written++] = -1;
    } else {
      i++;
    }
  }
  return written;
}

/** The feature of a stem `readStems` found. */
function stemText(lower: string, start: number, end: number): string {
  return start < 0 ? '#' : lower.slice(start, end);
}

function words(lowerText: string, limit: number): string[] {
  const stems: number[] = [];
  const written = readStems(lowerText, limit, stems);
  const out: string[] = [];
  for (let i = 0; i < written; i += 2) out.push(stemText(lowerText, stems[i], stems[i + 1]));
  return out;
}

// Units under one heading share its features; they are worked out once per heading list.
const headingFeatureCache = new WeakMap<readonly string[], string[]>();

function headingFeatures(headings: readonly string[]): string[] {
  let cached = headingFeatureCache.get(headings);
  if (!cached) {
    const joined = headings.join(' ');
    const lower = joined.toLowerCase();
    const features = new Set<string>();
    for (const word of words(lower, MAX_HEADING_WORDS * 2)) features.add(`h:${word}`);
    for (const cue of cuesIn(lower)) features.add(`hc:${cue}`);
    cached = Array.from(features);
    headingFeatureCache.set(headings, cached);
  }
  return cached;
}

// Units of one list share their lead-in's features; a few lists are remembered at a time.
const leadInFeatureCache = new Map<string, string[]>();
const LEAD_IN_CACHE_SIZE = 64;

/** The words and cues of the sentence that leads into a unit's list ("The Designer will deliver:"). */
function leadInFeatures(leadIn: string): string[] {
  let cached = leadInFeatureCache.get(leadIn);
  if (!cached) {
    const lower = leadIn.toLowerCase();
    const features = new Set<string>();
    for (const word of words(lower, MAX_HEADING_WORDS * 2)) features.add(`l:${word}`);
    for (const cue of cuesIn(lower)) features.add(`lc:${cue}`);
    cached = Array.from(features);
    if (leadInFeatureCache.size >= LEAD_IN_CACHE_SIZE) leadInFeatureCache.clear();
    leadInFeatureCache.set(leadIn, cached);
  }
  return cached;
}

/** Where a unit sits: the headings above it, and for a list item the list's lead-in. */
export interface UnitPlace {
  headings: readonly string[];
  leadIn: string;
  listItem: boolean;
}

const CUE_FEATURES = Object.fromEntries(CUE_NAMES.map((cue) => [cue, `c:${cue}`])) as Record<Cue, string>;
/** The length feature of a unit of 2^n words, for each n (capped at 6), built once. */
const LENGTH_FEATURES = Array.from({ length: 7 }, (_, bucket) => `s:len${bucket}`);

/** Whether upper-casing leaves the text as it is. Most units have a lower-case ASCII letter early on, which settles
 * it without an upper-cased copy of the unit. */
function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return text === text.toUpperCase();
}

/** What a unit's features are made of; the model scores these directly, without building word-pair strings. */
export interface UnitParts {
  /** The unit, lower-cased. */
  lower: string;
  /** Where the stems of the unit's words (the first MAX_WORDS) lie in `lower`, start and end one after the other as
   * `readStems` writes them, in the first 2 × `wordCount` places of an array shared between calls: the next
   * `unitParts` overwrites it. A copy per unit was the largest allocation of a scan. */
  stems: readonly number[];
  wordCount: number;
  /** The features that are neither words nor word pairs (headings, cues, values, shape), each once, in order. */
  otherFeatures: string[];
  cues: ReadonlySet<Cue>;
  /** The periods the unit states, read once for the features, the rules and the values. */
  periods: Period[];
}

const unitStems: number[] = new Array<number>(2 * MAX_WORDS).fill(0);

/**
 * The cue, heading, lead-in and value features again, marked with the kind of document: data sets of long commercial
 * contracts, short freelance ones and single clauses label the same cue differently (CUAD's notice is only notice to
 * stop a renewal), and a copy per kind of document lets the models learn where a cue means less or more.
 */
const STYLED_PREFIXES = ['c:', 'hc:', 'lc:', 'v:'];
const styledNames = new Map<string, Map<string, string>>();
function styledName(style: DocumentStyle, feature: string): string {
  let names = styledNames.get(style);
  if (!names) styledNames.set(style, (names = new Map()));
  let name = names.get(feature);
  if (name === undefined) names.set(feature, (name = `${style}|${feature}`));
  return name;
}

export function unitParts(unit: string, place: UnitPlace, style?: DocumentStyle): UnitParts {
  const lower = unit.toLowerCase();
  const wordCount = readStems(lower, MAX_WORDS, unitStems) / 2;
  const otherFeatures = headingFeatures(place.headings).slice();
  if (place.listItem) {
    otherFeatures.push('s:item');
    if (place.leadIn) for (const feature of leadInFeatures(place.leadIn)) otherFeatures.push(feature);
  }
  const { cues, namesTimeUnit } = scanCues(lower);
  for (const cue of cues) otherFeatures.push(CUE_FEATURES[cue]);
  const periods = namesTimeUnit ? findPeriods(unit) : [];
  if (periods.length) otherFeatures.push('v:period');
  if ((cues.has('fee') || cues.has('payment') || cues.has('liability')) && findAmount(unit)) otherFeatures.push('v:amount');
  if (wordCount > 3 && isAllCapitals(unit) && lower !== unit) otherFeatures.push('s:capitals');
  otherFeatures.push(LENGTH_FEATURES[Math.min(6, Math.floor(Math.log2(1 + wordCount)))]);
  if (style) {
    const general = otherFeatures.length;
    for (let i = 0; i < general; i++) {
      const feature = otherFeatures[i];
      if (STYLED_PREFIXES.some((prefix) => feature.startsWith(prefix))) otherFeatures.push(styledName(style, feature));
    }
  }
  return { lower, stems: unitStems, wordCount, otherFeatures, cues, periods };
}

export interface UnitAnalysis {
  features: string[];
  cues: Set<Cue>;
  /** The unit lower-cased, and the periods it states, as the rules read them. */
  lower: string;
  periods: Period[];
}

/**
 * Every feature of the unit as a string, each once: words, then word pairs, then the other features.
 * Training uses this; the engine scores the same features from `unitParts`, in the same order.
 */
export function analyseUnit(unit: string, place: UnitPlace, style?: DocumentStyle): UnitAnalysis {
  const { lower, stems, wordCount, otherFeatures, cues, periods } = unitParts(unit, place, style);
  const unitWords: string[] = [];
  for (let i = 0; i < 2 * wordCount; i += 2) unitWords.push(stemText(lower, stems[i], stems[i + 1]));
  // Presence, not counts: a long clause must not score high on repeated "the" and "to".
  const features = new Set<string>(unitWords);
  for (let i = 1; i < unitWords.length; i++) features.add(`${unitWords[i - 1]} ${unitWords[i]}`);
  for (const feature of otherFeatures) features.add(feature);
  // A set of its own: the scan's sets are shared between units with the same cues.
  return { features: [...features], cues: new Set(cues), lower, periods };
}
