// The trained part of the engine: one logistic regression per learned kind over the features of features.ts.
// The weights come from scripts/train.mjs (see docs/clauses.md); loading them builds one lookup table, once.

/** What each learned model predicts. `termination` is any termination right, for cause or not. */
export const MODEL_NAMES = [
  'termination_convenience',
  'termination',
  'notice',
  'renewal',
  'post_termination',
  'termination_fee',
  'liability_cap',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface ModelFile {
  /** How the weights were made: seed, folds, data; for people, never read by the engine. */
  trainedOn: string;
  features: string[];
  /**
   * `threshold`: the probability above which the model marks a unit, per language it was tuned in.
   * `languages`: the languages of the labelled clauses the model learned from.
   */
  models: { name: string; bias: number; threshold: Record<string, number>; languages: string[] }[];
  /** Weights in hundredths, one row per feature with one column per model, in the order of `models`. */
  weights: number[];
}

export class LinearModel {
  private readonly table = new Map<string, Float64Array>();
  private readonly bias = new Float64Array(MODEL_NAMES.length);
  private readonly thresholds: Record<string, number>[] = MODEL_NAMES.map(() => ({}));
  private readonly languages: string[][] = MODEL_NAMES.map(() => []);
  private readonly pairStarts = new Set<string>();

  constructor(file: ModelFile) {
    const columns = file.models.map((model) => MODEL_NAMES.indexOf(model.name as ModelName));
    file.models.forEach((model, column) => {
      const index = columns[column];
      if (index < 0) return;
      this.bias[index] = model.bias;
      this.thresholds[index] = model.threshold;
      this.languages[index] = model.languages;
    });
    file.features.forEach((feature, row) => {
      const weights = new Float64Array(MODEL_NAMES.length);
      let any = false;
      columns.forEach((index, column) => {
        const weight = file.weights[row * columns.length + column];
        if (index >= 0 && weight) {
          weights[index] = weight / 100;
          any = true;
        }
      });
      if (!any) return;
      this.table.set(feature, weights);
      const space = feature.indexOf(' ');
      if (space > 0) this.pairStarts.add(feature.slice(0, space));
    });
  }

  /** Whether any model weighs a word pair starting with this word; others need not be built. */
  readonly wantsPairAfter = (word: string): boolean => this.pairStarts.has(word);

  /** Whether the model saw labelled examples in this language; elsewhere only its cue features speak. */
  knows(name: ModelName, language: string): boolean {
    return this.languages[MODEL_NAMES.indexOf(name)].includes(language);
  }

  /** The threshold tuned for the language, or the English one for a language the model was not tuned in. */
  threshold(name: ModelName, language: string): number {
    const thresholds = this.thresholds[MODEL_NAMES.indexOf(name)];
    return thresholds[language] ?? thresholds.en ?? 1;
  }

  private readonly sums = new Float64Array(MODEL_NAMES.length);

  /** The probability of every model for one unit's features, indexed as MODEL_NAMES; the next call overwrites it. */
  score(features: readonly string[]): Float64Array {
    const sums = this.sums;
    sums.set(this.bias);
    for (const feature of features) {
      const row = this.table.get(feature);
      if (!row) continue;
      for (let i = 0; i < sums.length; i++) sums[i] += row[i];
    }
    for (let i = 0; i < sums.length; i++) sums[i] = 1 / (1 + Math.exp(-sums[i]));
    return sums;
  }

  /** The features with the largest positive weights for one model, to say why it fired. */
  topFeatures(name: ModelName, features: readonly string[], count = 3): string[] {
    const index = MODEL_NAMES.indexOf(name);
    return features
      .map((feature) => ({ feature, weight: this.table.get(feature)?.[index] ?? 0 }))
      .filter((f) => f.weight > 0 && !f.feature.startsWith('s:'))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, count)
      .map((f) => f.feature);
  }
}
