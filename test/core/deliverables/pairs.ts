// The deliverable-to-passage pairs of pairs.json, and how the matcher scores on them: precision and recall of the
// passages it claims, in-sample and cross-validated by contract (the thresholds chosen on the other contracts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deliverable, Language } from '../../../src/core/clients/schema';
import { DeliverableMatcher, type MatchOptions } from '../../../src/core/deliverables/match';

export interface PairSource {
  contract: string;
  titleLanguage: Language;
  text: string;
  pairs: { deliverable: Deliverable; passage: string | null }[];
}

export interface Score {
  pairs: number;
  /** Claimed matches on the right passage, claimed matches elsewhere (or where none is right), right passages not claimed. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  mistakes: string[];
}

export function loadPairs(root: string): PairSource[] {
  const file = JSON.parse(readFileSync(join(root, 'test', 'core', 'deliverables', 'pairs.json'), 'utf8')) as { sources: Omit<PairSource, 'text'>[] };
  return file.sources.map((source) => ({ ...source, text: readFileSync(join(root, source.contract), 'utf8') }));
}

export function evaluate(sources: readonly PairSource[], options?: MatchOptions): Score {
  const score: Score = { pairs: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, mistakes: [] };
  for (const source of sources) {
    const matcher = new DeliverableMatcher(options);
    // Each pair alone, as a client with one deliverable: pairs of one contract are not one client's list.
    for (const { deliverable, passage } of source.pairs) {
      const [match] = matcher.match(source.text, [deliverable], source.titleLanguage).matches;
      score.pairs++;
      const claimed = match.state === 'matched' ? source.text.slice(match.passage.start, match.passage.end) : undefined;
      const right = passage !== null && claimed?.includes(passage) === true;
      if (right) score.truePositives++;
      else if (claimed !== undefined || passage !== null) {
        if (claimed !== undefined) score.falsePositives++;
        if (passage !== null) score.falseNegatives++;
        score.mistakes.push(`${source.contract}: "${deliverable.title}" → ${claimed !== undefined ? `"${claimed.slice(0, 60)}"` : match.state} (expected ${passage === null ? 'no match' : `"${passage}"`})`);
      }
    }
  }
  return sum([score]);
}

/** The thresholds tried inside each training fold. */
const GRID: MatchOptions[] = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9].flatMap((threshold) => [0.05, 0.1, 0.15, 0.2, 0.3].map((margin) => ({ threshold, margin })));

function sum(scores: readonly Score[]): Score {
  const total: Score = { pairs: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, mistakes: [] };
  for (const scored of scores) {
    for (const key of ['pairs', 'truePositives', 'falsePositives', 'falseNegatives'] as const) total[key] += scored[key];
    total.mistakes.push(...scored.mistakes);
  }
  total.precision = total.truePositives / Math.max(1, total.truePositives + total.falsePositives);
  total.recall = total.truePositives / Math.max(1, total.truePositives + total.falseNegatives);
  return total;
}

const f1 = (s: Score) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

/** Leave one contract out: the thresholds are chosen on the others by F1, then scored on the contract left out. */
export function crossValidate(sources: readonly PairSource[]): Score {
  const scores = new Map(sources.map((source) => [source, GRID.map((options) => evaluate([source], options))]));
  return sum(
    sources.map((held) => {
      const training = sources.filter((s) => s !== held);
      const fold = GRID.map((_, i) => f1(sum(training.map((s) => scores.get(s)![i]))));
      const best = fold.indexOf(Math.max(...fold));
      return scores.get(held)![best];
    }),
  );
}
