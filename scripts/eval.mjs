// `npm run eval [-- --folds 5 --seed 7 | --seeds 7,8,9 --json]`: quality figures, the clause engine's held out only.
// 1. The deliverable matcher on test/core/deliverables/pairs.json (in-sample and cross-validated by contract).
// 2. The clause engine, cross-validated by source (clause-training.mjs's groupOf: the freelance set by repository,
// FBK's identical texts together, CLAUDETTE's English/Italian translations together, CUAD by document). For each outer
// fold, models are trained on the other folds by the procedure of `npm run train`, with thresholds chosen inside those
// training folds by an inner cross-validation over the same groups. The whole engine (models and rules) then scans the
// fold's documents, which nothing of it has seen, and ../shared/tools/score-clauses.mjs scores each data set.
// 3. How much of the clause engine's result survives in the PDF and Word fixtures (scripts/document-eval.mjs).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { DATASETS, dataDir, loadEngine, readDataset, repoRoot, scorerPath } from './clause-data.mjs';
import { assignFolds, chooseThresholds, exportModels, groupOf, probabilities, prepare, trainAll } from './clause-training.mjs';
import { evaluateDocuments } from './document-eval.mjs';

const { values: options } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '7' },
    // Several dealings of the folds ("7,8,9"): each is evaluated in full, then each figure's mean and range.
    seeds: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const FOLDS = Number(options.folds);
const SEEDS = (options.seeds ?? options.seed).split(',').map(Number);
if (SEEDS.some((seed) => !Number.isInteger(seed))) {
  console.error(`--seed and --seeds take whole numbers ("7" or "7,8,9"), not "${options.seeds ?? options.seed}"`);
  process.exit(2);
}

async function loadBundle(entry) {
  const result = await build({
    entryPoints: [join(repoRoot, ...entry)],
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'clean-break-cli-')), 'cli.cjs');
  writeFileSync(file, result.outputFiles[0].text);
  return createRequire(import.meta.url)(file);
}

const pairs = await loadBundle(['test', 'core', 'deliverables', 'pairs.ts']);
const sources = pairs.loadPairs(repoRoot);
const percent = (x) => (x * 100).toFixed(1);
console.log(`== deliverables: ${sources.reduce((n, s) => n + s.pairs.length, 0)} pairs in ${sources.length} contracts`);
for (const [label, score] of [['in-sample (the word table was written looking at these pairs)', pairs.evaluate(sources)], ['held out (thresholds chosen on the other contracts)', pairs.crossValidate(sources)]]) {
  console.log(`${label}: precision ${percent(score.precision)}, recall ${percent(score.recall)} (${score.truePositives} right, ${score.falsePositives} wrong, ${score.falseNegatives} missed)`);
  for (const mistake of score.mistakes) console.log(`  ${mistake}`);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const engine = await loadEngine();
const docs = DATASETS.flatMap(readDataset);
const units = prepare(engine, docs);
console.log(`${docs.length} documents, ${units.length} units, ${FOLDS} folds grouped by source (${elapsed()})`);

// FBK repeats clauses (23 copies of "in qualsiasi momento" are one renewal label): scored once per group of identical
// texts as well, so one fragment does not move the figure by a dozen points.
const outDir = join(repoRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const firstOfGroup = new Set();
const onePerGroup = docs.filter((doc) => doc.dataset === 'fbk-it-dev' && !firstOfGroup.has(groupOf(doc)) && firstOfGroup.add(groupOf(doc)));
const dedupedGold = join(outDir, 'fbk-it-dev.one-per-group.gold.jsonl');
writeFileSync(dedupedGold, onePerGroup.map(({ dataset, gold, style, ...doc }) => JSON.stringify(doc)).join('\n') + '\n');

const RUNS = [
  { data: 'freelance-dev', args: [] },
  { data: 'cuad-dev', args: [] },
  { data: 'fbk-it-dev', args: [] },
  { data: 'fbk-it-dev', args: [], gold: dedupedGold, label: ' (each group of identical texts once)' },
  { data: 'claudette-dev', args: [] },
  { data: 'claudette-dev', args: ['--lang', 'it'] },
];
const runName = ({ data, args, label = '' }) => `${data}${args.length ? ` ${args.join(' ')}` : ''}${label}`;

/**
 * One dealing of the folds: models trained and thresholds chosen inside the training folds, the held-out documents
 * scanned, the predictions written to `predictions` and scored. Returns each run's figures, as the scorer's JSON, when
 * several dealings are to be summed up.
 */
async function evaluateSeed(seed, predictions) {
  const foldOf = assignFolds(docs, FOLDS, seed);
  // Inner scores: a model trained without folds a and b scores the units of both. Inside outer fold a's training data
  // (every fold but a), the units of fold b are then scored by a model that saw neither them nor fold a.
  for (const u of units) u.innerScores = new Array(FOLDS);
  for (let a = 0; a < FOLDS; a++) {
    for (let b = a + 1; b < FOLDS; b++) {
      const trained = trainAll(units.filter((u) => foldOf.get(u.doc.id) !== a && foldOf.get(u.doc.id) !== b), seed + 100 * (a + 1) + b);
      for (const u of units) {
        const fold = foldOf.get(u.doc.id);
        if (fold === a) u.innerScores[b] = probabilities(trained, u);
        else if (fold === b) u.innerScores[a] = probabilities(trained, u);
      }
    }
    console.log(`seed ${seed}: inner models without fold ${a + 1} trained (${elapsed()})`);
  }

  mkdirSync(predictions, { recursive: true });
  const lines = new Map(DATASETS.map((dataset) => [dataset, []]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = units.filter((u) => foldOf.get(u.doc.id) !== fold);
    for (const u of training) u.heldOut = u.innerScores[fold];
    const choices = chooseThresholds(training);
    const model = new engine.LinearModel(exportModels(trainAll(training, seed + fold), choices, `outer fold ${fold + 1}`));
    for (const doc of docs) {
      if (foldOf.get(doc.id) !== fold) continue;
      const { spans } = engine.scanWithModel(doc.text, model);
      lines.get(doc.dataset).push(JSON.stringify({ id: doc.id, spans: spans.map(({ kind, start, end, score, value }) => ({ kind, start, end, score, value })) }));
    }
    const liftOnly = Object.entries(choices.liftOnly).flatMap(([name, keys]) => keys.map((key) => `${name} ${key}`));
    console.log(`seed ${seed}, outer fold ${fold + 1}/${FOLDS}: trained, thresholds chosen inside it, its documents scanned (${elapsed()}); rules only lift: ${liftOnly.join(', ') || 'none'}`);
  }
  for (const [dataset, predicted] of lines) writeFileSync(join(predictions, `${dataset}.heldout.jsonl`), predicted.join('\n') + '\n');

  const figures = new Map();
  for (const run of RUNS) {
    const { data, args, gold = join(dataDir, `${data}.jsonl`) } = run;
    const pred = join(predictions, `${data}.heldout.jsonl`);
    const score = (json) => spawnSync(process.execPath, [scorerPath, '--gold', gold, '--pred', pred, ...args, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
    const shown = score(options.json);
    console.log(`\n== held out, seed ${seed}: ${runName(run)}`);
    process.stdout.write(shown.stdout);
    process.stderr.write(shown.stderr);
    if (shown.status !== 0) process.exit(shown.status ?? 1);
    // The summary over several dealings reads the figures as JSON; one dealing needs no second scoring.
    if (SEEDS.length > 1) figures.set(runName(run), JSON.parse(options.json ? shown.stdout : score(true).stdout));
  }
  return figures;
}

const bySeed = [];
for (const seed of SEEDS) {
  // One dealing writes its predictions where they always were; several each get a folder of their own.
  bySeed.push(await evaluateSeed(seed, SEEDS.length === 1 ? outDir : join(outDir, `seed-${seed}`)));
}
console.log(`\n${FOLDS}-fold cross-validation grouped by source, thresholds chosen inside the training folds, fold seeds ${SEEDS.join(', ')} (${elapsed()}); predictions in ${outDir}`);

if (SEEDS.length > 1) {
  // Mean and range over the dealings: one dealing of a few dozen documents moves a figure by about a point.
  const percent = (x) => (100 * x).toFixed(1);
  const spread = (values) => `${percent(values.reduce((a, b) => a + b, 0) / values.length)} (${percent(Math.min(...values))}-${percent(Math.max(...values))})`;
  console.log(`\n== held out over fold seeds ${SEEDS.join(', ')}: mean (range)`);
  for (const run of RUNS) {
    const all = bySeed.map((figures) => figures.get(runName(run)));
    const recall = (kind) => all.map((f) => f.kinds.find((k) => k.kind === kind)?.highlight.recall ?? 0);
    const lowest = all.map((f) => Math.min(...f.kinds.map((k) => k.highlight.f1)));
    console.log(`${runName(run).padEnd(58)} macro highlight F1 ${spread(all.map((f) => f.summary.macroF1Highlight))}; lowest kind ${spread(lowest)}`);
    if (run.data === 'cuad-dev') console.log(`${''.padEnd(58)} recall termination_convenience ${spread(recall('termination_convenience'))}; notice ${spread(recall('notice'))}`);
    if (run.args.includes('it')) console.log(`${''.padEnd(58)} recall termination ${spread(recall('termination'))}`);
  }
}
await evaluateDocuments();
