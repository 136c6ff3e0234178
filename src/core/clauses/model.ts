// The trained part of the engine: one logistic regression per learned kind over the features of features.ts.
// The weights come from scripts/train.mjs (see docs/clauses.md); loading them builds one lookup table, once.
import { WordTable } from '../wordTable';
import { CLAUSE_KINDS } from './types';

/** What each learned model predicts: every kind, and `termination`, any termination right, for cause or not. */
export const MODEL_NAMES = [CLAUSE_KINDS[0], 'termination', ...CLAUSE_KINDS.slice(1)] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/**
 * Short plain contracts (a freelancer's agreement, a quote, a statement of work) and long commercial ones word the
 * same kinds differently enough that one threshold serves both badly; each may have its own, and so may a clause on
 * its own (terms of service cut into single clauses, as FBK's are, or a passage pasted from a contract).
 */
export type DocumentStyle = 'clause' | 'short' | 'long';
/** Longer than this (about eight pages) a contract is a long one: longer than nearly every freelance contract. */
const LONG_CONTRACT_CHARS = 20_000;
/**
 * A single line up to this long (a long paragraph) is a clause on its own, not a contract: a passage pasted or picked
 * out of one, without the headings and lists around it. A short quote with headings is still a contract.
 */
const CLAUSE_CHARS = 1_500;

export function documentStyle(text: string): DocumentStyle {
  if (text.length > LONG_CONTRACT_CHARS) return 'long';
  return text.length > CLAUSE_CHARS || text.trim().includes('\n') ? 'short' : 'clause';
}

export interface ModelFile {
  /** How the weights were made: seed, folds, data; for people, never read by the engine. */
  trainedOn: string;
  features: string[];
  /**
   * `threshold`: the probability above which the model marks a unit, per language it was tuned in ("en"), and per
   * language and kind of document where the data allowed ("en:long", "en:short", "it:clause"; see `documentStyle`).
   * `languages`: the languages of the labelled clauses the model learned from.
   * `rulesLiftOnly`: the languages and kinds of document ("en:long") where the kind's decisive rules only lift the
   * model's score instead of marking on their own: there the labelled data marks the kind more narrowly than they read it.
   */
  models: { name: string; bias: number; threshold: Record<string, number>; languages: string[]; rulesLiftOnly?: string[] }[];
  /** Weights in hundredths, one row per feature with one column per model, in the order of `models`. */
  weights: number[];
}

/** A unit's features as the model sees them; see `unitParts` in features.ts. */
export interface ScoredParts {
  lower: string;
  stems: readonly number[];
  wordCount: number;
  otherFeatures: readonly string[];
}

/**
 * Rows of weighed word pairs by the ids of their two words: a Map from a number per pair cost a third of scoring.
 * Open addressing with linear probing over a table at most half full.
 */
class PairTable {
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  /** The row of the pair in each slot, or -1 for an empty slot. */
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(pairs: readonly { first: number; second: number; row: number }[]) {
    let size = 16;
    while (size < pairs.length * 2) size *= 2;
    this.firsts = new Int32Array(size);
    this.seconds = new Int32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const { first, second, row } of pairs) {
      let slot = PairTable.hash(first, second) & this.mask;
      while (this.rows[slot] >= 0) slot = (slot + 1) & this.mask;
      this.firsts[slot] = first;
      this.seconds[slot] = second;
      this.rows[slot] = row;
    }
  }

  private static hash(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
  }

  /** The row of the pair, or -1. */
  rowOf(first: number, second: number): number {
    for (let slot = PairTable.hash(first, second) & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.rows[slot];
      if (row < 0 || (this.firsts[slot] === first && this.seconds[slot] === second)) return row;
    }
  }
}

/** One unit's verdict: the probability of every model (indexed as MODEL_NAMES) and the weighed features it had. */
export interface UnitScore {
  /** Shared between calls: the next `score` overwrites it. */
  probabilities: Float64Array;
  /** The rows of the unit's weighed features, each once, in feature order: the first `rowCount` of a buffer shared
   * between calls, like `probabilities`. */
  rows: Int32Array;
  rowCount: number;
}

/**
 * Features are interned to rows once, at load, and words to ids, so a unit is scored without building a string for
 * every pair of adjacent words.
 */
export class LinearModel {
  private readonly featureNames: string[] = [];
  /** One row of MODEL_NAMES.length weights per weighed feature. */
  private readonly rowWeights: Float64Array;
  private readonly wordTable: WordTable;
  /** The id of "#", every number's feature. */
  private readonly numberId: number;
  /** The row of each word id's own feature, or -1 when only pairs weigh the word. */
  private readonly wordRows: Int32Array;
  /** Word pairs by the ids of their words: no string is built to look a pair up. */
  private readonly pairRows: PairTable;
  /** Whether a word id opens, or closes, some weighed pair: a pair whose words cannot is not looked up. */
  private readonly opensPair: Uint8Array;
  private readonly closesPair: Uint8Array;
  private readonly otherRows = new Map<string, number>();
  /** Marks the rows already counted for the current unit, so each feature counts once. */
  private readonly rowSeenAt: Uint32Array;
  private unitNumber = 0;
  /** The current unit's word ids and weighed rows; reused, as arrays per unit would keep the garbage collector busy. */
  private wordIdBuffer = new Int32Array(256);
  private rowBuffer = new Int32Array(512);
  private readonly bias = new Float64Array(MODEL_NAMES.length);
  private readonly thresholds: Record<string, number>[] = MODEL_NAMES.map(() => ({}));
  private readonly languages: string[][] = MODEL_NAMES.map(() => []);
  private readonly rulesLiftOnly: ReadonlySet<string>[] = MODEL_NAMES.map(() => new Set());

  constructor(file: ModelFile) {
    const columns = file.models.map((model) => MODEL_NAMES.indexOf(model.name as ModelName));
    file.models.forEach((model, column) => {
      const index = columns[column];
      if (index < 0) return;
      this.bias[index] = model.bias;
      this.thresholds[index] = model.threshold;
      this.languages[index] = model.languages;
      this.rulesLiftOnly[index] = new Set(model.rulesLiftOnly ?? []);
    });
    const weights: number[] = [];
    file.features.forEach((feature, row) => {
      const rowWeights = new Array<number>(MODEL_NAMES.length).fill(0);
      let any = false;
      columns.forEach((index, column) => {
        const weight = file.weights[row * columns.length + column];
        if (index >= 0 && weight) {
          rowWeights[index] = weight / 100;
          any = true;
        }
      });
      if (!any) return;
      this.featureNames.push(feature);
      weights.push(...rowWeights);
    });
    this.rowWeights = Float64Array.from(weights);
    this.rowSeenAt = new Uint32Array(this.featureNames.length);

    // Words, pairs ("word word") and the other features ("h:", "c:", "v:", "s:") are told apart by their spelling.
    const isPair = (feature: string): boolean => feature.includes(' ');
    const isWord = (feature: string): boolean => !isPair(feature) && !feature.includes(':');
    const wordIds = new Map<string, number>();
    const intern = (word: string): number => {
      let id = wordIds.get(word);
      if (id === undefined) {
        id = wordIds.size;
        wordIds.set(word, id);
      }
      return id;
    };
    for (const feature of this.featureNames) {
      if (isWord(feature)) intern(feature);
      else if (isPair(feature)) feature.split(' ').forEach(intern);
    }
    this.numberId = wordIds.get('#') ?? -1;
    this.wordTable = new WordTable(wordIds);
    this.wordRows = new Int32Array(wordIds.size).fill(-1);
    const pairs: { first: number; second: number; row: number }[] = [];
    this.featureNames.forEach((feature, row) => {
      if (isWord(feature)) this.wordRows[intern(feature)] = row;
      else if (isPair(feature)) {
        const [first, second] = feature.split(' ');
        pairs.push({ first: intern(first), second: intern(second), row });
      } else this.otherRows.set(feature, row);
    });
    this.pairRows = new PairTable(pairs);
    this.opensPair = new Uint8Array(wordIds.size);
    this.closesPair = new Uint8Array(wordIds.size);
    for (const { first, second } of pairs) {
      this.opensPair[first] = 1;
      this.closesPair[second] = 1;
    }
  }


  /** Whether the model saw labelled examples in this language; elsewhere only its cue features speak. */
  knows(name: ModelName, language: string): boolean {
    return this.languages[MODEL_NAMES.indexOf(name)].includes(language);
  }

  /**
   * The threshold tuned for the language and kind of document, else the English one for that kind of document, else the
   * one for the language, else the English one. An Italian quote is read more like an English quote than like the single
   * Italian clauses of terms of service that mostly set the Italian threshold.
   */
  threshold(name: ModelName, language: string, style: DocumentStyle): number {
    return this.judging(language, style).thresholds[MODEL_NAMES.indexOf(name)];
  }

  /**
   * Whether the kind's decisive rules mark a unit on their own in this language and kind of document. Chosen per
   * language: the rules' Italian wording was never judged by English documents, so where no Italian ones judged it (an
   * Italian quote read by the English threshold of quotes), the rules decide as written.
   */
  rulesDecide(name: ModelName, language: string, style: DocumentStyle): boolean {
    return this.judging(language, style).rulesDecide[MODEL_NAMES.indexOf(name)] === 1;
  }

  /** Every model's threshold and rules in one language and kind of document, worked out once: each unit asks. */
  private readonly judgingBy = new Map<string, Map<DocumentStyle, { thresholds: Float64Array; rulesDecide: Uint8Array }>>();
  private judging(language: string, style: DocumentStyle): { thresholds: Float64Array; rulesDecide: Uint8Array } {
    let byStyle = this.judgingBy.get(language);
    if (!byStyle) this.judgingBy.set(language, (byStyle = new Map()));
    let found = byStyle.get(style);
    if (!found) {
      found = { thresholds: new Float64Array(MODEL_NAMES.length), rulesDecide: new Uint8Array(MODEL_NAMES.length) };
      for (let i = 0; i < MODEL_NAMES.length; i++) {
        const thresholds = this.thresholds[i];
        const key = [`${language}:${style}`, `en:${style}`].find((k) => thresholds[k] !== undefined);
        found.thresholds[i] = thresholds[key ?? language] ?? thresholds.en ?? 1;
        found.rulesDecide[i] = this.rulesLiftOnly[i].has(`${language}:${style}`) ? 0 : 1;
      }
      byStyle.set(style, found);
    }
    return found;
  }

  private readonly sums = new Float64Array(MODEL_NAMES.length);

  /**
   * Scores one unit. Features are visited in the order of `analyseUnit` (words, pairs, others), so the sums are
   * added up in the same order as in training and every probability is exactly the one of the string features.
   */
  score(parts: ScoredParts): UnitScore {
    const unit = ++this.unitNumber;
    const seenAt = this.rowSeenAt;
    const { lower, stems, wordCount, otherFeatures } = parts;
    if (this.wordIdBuffer.length < wordCount) this.wordIdBuffer = new Int32Array(wordCount);
    const ids = this.wordIdBuffer;
    // At most one row per word, per pair and per other feature.
    const mostRows = 2 * wordCount + otherFeatures.length;
    if (this.rowBuffer.length < mostRows) this.rowBuffer = new Int32Array(mostRows);
    const rows = this.rowBuffer;
    let rowCount = 0;
    for (let i = 0; i < wordCount; i++) {
      const start = stems[2 * i];
      const id = start < 0 ? this.numberId : this.wordTable.valueAt(lower, start, stems[2 * i + 1]);
      ids[i] = id;
      const row = id >= 0 ? this.wordRows[id] : -1;
      if (row >= 0 && seenAt[row] !== unit) {
        seenAt[row] = unit;
        rows[rowCount++] = row;
      }
    }
    for (let i = 1; i < wordCount; i++) {
      const first = ids[i - 1];
      const second = ids[i];
      if (first < 0 || second < 0 || this.opensPair[first] === 0 || this.closesPair[second] === 0) continue;
      const row = this.pairRows.rowOf(first, second);
      if (row >= 0 && seenAt[row] !== unit) {
        seenAt[row] = unit;
        rows[rowCount++] = row;
      }
    }
    for (const feature of otherFeatures) {
      const row = this.otherRows.get(feature);
      if (row !== undefined && seenAt[row] !== unit) {
        seenAt[row] = unit;
        rows[rowCount++] = row;
      }
    }

    const sums = this.sums;
    const width = sums.length;
    const weights = this.rowWeights;
    sums.set(this.bias);
    for (let r = 0; r < rowCount; r++) {
      const offset = rows[r] * width;
      for (let i = 0; i < width; i++) sums[i] += weights[offset + i];
    }
    for (let i = 0; i < width; i++) sums[i] = 1 / (1 + Math.exp(-sums[i]));
    return { probabilities: sums, rows, rowCount };
  }

  /** The features with the largest positive weights for one model, to say why it fired; of equal weights, the first. */
  topFeatures(name: ModelName, unitScore: UnitScore, count = 3): string[] {
    const column = MODEL_NAMES.indexOf(name);
    const weightOf = (row: number): number => this.rowWeights[row * MODEL_NAMES.length + column];
    // Rows kept in order of weight, by insertion: a unit has a few dozen rows and only the top three matter.
    const top: number[] = [];
    for (let r = 0; r < unitScore.rowCount; r++) {
      const row = unitScore.rows[r];
      const weight = weightOf(row);
      if (weight <= 0 || this.featureNames[row].startsWith('s:')) continue;
      let at = top.length;
      while (at > 0 && weightOf(top[at - 1]) < weight) at--;
      if (at >= count) continue;
      top.splice(at, 0, row);
      if (top.length > count) top.pop();
    }
    const features: string[] = [];
    for (const row of top) features.push(this.featureNames[row]);
    return features;
  }
}
