// `npm run eval [-- --folds 5 --seed 7 --json]`: quality figures, the clause engine's held out only.
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
  options: { folds: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } },
});
const FOLDS = Number(options.folds);
const SEED = Number(options.seed);

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
const foldOf = assignFolds(docs, FOLDS, SEED);
console.log(`${docs.length} documents, ${units.length} units, ${FOLDS} folds grouped by source (${elapsed()})`);

// Inner scores: a model trained without folds a and b scores the units of both. Inside outer fold a's training data
// (every fold but a), the units of fold b are then scored by a model that saw neither them nor fold a.
for (const u of units) u.innerScores = new Array(FOLDS);
for (let a = 0; a < FOLDS; a++) {
  for (let b = a + 1; b < FOLDS; b++) {
    const trained = trainAll(units.filter((u) => foldOf.get(u.doc.id) !== a && foldOf.get(u.doc.id) !== b), SEED + 100 * (a + 1) + b);
    for (const u of units) {
      const fold = foldOf.get(u.doc.id);
      if (fold === a) u.innerScores[b] = probabilities(trained, u);
      else if (fold === b) u.innerScores[a] = probabilities(trained, u);
    }
  }
  console.log(`inner models without fold ${a + 1} trained (${elapsed()})`);
}

const outDir = join(repoRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const lines = new Map(DATASETS.map((dataset) => [dataset, []]));
for (let fold = 0; fold < FOLDS; fold++) {
  const training = units.filter((u) => foldOf.get(u.doc.id) !== fold);
  for (const u of training) u.heldOut = u.innerScores[fold];
  const choices = chooseThresholds(training);
  const model = new engine.LinearModel(exportModels(trainAll(training, SEED + fold), choices, `outer fold ${fold + 1}`));
  for (const doc of docs) {
    if (foldOf.get(doc.id) !== fold) continue;
    const { spans } = engine.scanWithModel(doc.text, model);
    lines.get(doc.dataset).push(JSON.stringify({ id: doc.id, spans: spans.map(({ kind, start, end, score, value }) => ({ kind, start, end, score, value })) }));
  }
  const liftOnly = Object.entries(choices.liftOnly).flatMap(([name, keys]) => keys.map((key) => `${name} ${key}`));
  console.log(`outer fold ${fold + 1}/${FOLDS}: trained, thresholds chosen inside it, its documents scanned (${elapsed()}); rules only lift: ${liftOnly.join(', ') || 'none'}`);
}

for (const [dataset, predicted] of lines) writeFileSync(join(outDir, `${dataset}.heldout.jsonl`), predicted.join('\n') + '\n');
// FBK repeats clauses (23 copies of "in qualsiasi momento" are one renewal label): scored once per group of identical
// texts as well, so one fragment does not move the figure by a dozen points.
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
for (const { data, args, gold = join(dataDir, `${data}.jsonl`), label = '' } of RUNS) {
  const pred = join(outDir, `${data}.heldout.jsonl`);
  const scored = spawnSync(process.execPath, [scorerPath, '--gold', gold, '--pred', pred, ...args, ...(options.json ? ['--json'] : [])], { encoding: 'utf8' });
  console.log(`\n== held out: ${data}${args.length ? ` ${args.join(' ')}` : ''}${label}`);
  process.stdout.write(scored.stdout);
  process.stderr.write(scored.stderr);
  if (scored.status !== 0) process.exit(scored.status ?? 1);
}
console.log(`\n${FOLDS}-fold cross-validation grouped by source, thresholds chosen inside the training folds (${elapsed()}); predictions in ${outDir}`);
await evaluateDocuments();
