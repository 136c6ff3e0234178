// Held-out figures of the clause engine: `npm run eval [-- --folds 5 --seed 7 --json]`.
// Cross-validation grouped by source (clause-training.mjs's groupOf: the freelance set by repository, FBK's identical
// texts together, CLAUDETTE's English/Italian translations together, CUAD by document). For each outer fold, models
// are trained on the other folds by the procedure of `npm run train`, with thresholds chosen inside those training
// folds by an inner cross-validation over the same groups. The whole engine (models and rules) then scans the fold's
// documents, which nothing of it has seen, and ../shared/tools/score-clauses.mjs scores each data set.
// No in-sample figure is printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASETS, dataDir, loadEngine, readDataset, repoRoot, scorerPath } from './clause-data.mjs';
import { assignFolds, chooseThresholds, exportModels, probabilities, prepare, trainAll } from './clause-training.mjs';

const { values: options } = parseArgs({
  options: { folds: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } },
});
const FOLDS = Number(options.folds);
const SEED = Number(options.seed);

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
  const thresholds = chooseThresholds(training);
  const model = new engine.LinearModel(exportModels(trainAll(training, SEED + fold), thresholds, `outer fold ${fold + 1}`));
  for (const doc of docs) {
    if (foldOf.get(doc.id) !== fold) continue;
    const { spans } = engine.scanWithModel(doc.text, model);
    lines.get(doc.dataset).push(JSON.stringify({ id: doc.id, spans: spans.map(({ kind, start, end, score, value }) => ({ kind, start, end, score, value })) }));
  }
  console.log(`outer fold ${fold + 1}/${FOLDS}: trained, thresholds chosen inside it, its documents scanned (${elapsed()})`);
}

const RUNS = [
  { data: 'freelance-dev', args: [] },
  { data: 'cuad-dev', args: [] },
  { data: 'fbk-it-dev', args: [] },
  { data: 'claudette-dev', args: [] },
  { data: 'claudette-dev', args: ['--lang', 'it'] },
];
for (const { data, args } of RUNS) {
  const pred = join(outDir, `${data}.heldout.jsonl`);
  writeFileSync(pred, lines.get(data).join('\n') + '\n');
  const scored = spawnSync(process.execPath, [scorerPath, '--gold', join(dataDir, `${data}.jsonl`), '--pred', pred, ...args, ...(options.json ? ['--json'] : [])], { encoding: 'utf8' });
  console.log(`\n== held out: ${data}${args.length ? ` ${args.join(' ')}` : ''}`);
  process.stdout.write(scored.stdout);
  process.stderr.write(scored.stderr);
  if (scored.status !== 0) process.exit(scored.status ?? 1);
}
console.log(`\n${FOLDS}-fold cross-validation grouped by source, thresholds chosen inside the training folds (${elapsed()}); predictions in ${outDir}`);
