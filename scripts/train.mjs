// Trains the clause engine's models from the development data and writes src/core/clauses/weights.json.
//   npm run train [-- --folds 5 --seed 7]
// The procedure is clause-training.mjs's. Thresholds come from grouped cross-validation: every unit is scored by a
// model that never saw its group (source), and each threshold maximises held-out highlight F1. The shipped weights
// are then trained on all the data. Held-out figures of the whole procedure: `npm run eval`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASETS, loadEngine, readDataset, repoRoot } from './clause-data.mjs';
import { assignFolds, chooseThresholds, exportModels, probabilities, prepare, SETTINGS, trainAll } from './clause-training.mjs';

const { values: options } = parseArgs({ options: { folds: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' } } });
const FOLDS = Number(options.folds);
const SEED = Number(options.seed);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const engine = await loadEngine();
const docs = DATASETS.flatMap(readDataset);
const units = prepare(engine, docs);
console.log(`${docs.length} documents, ${units.length} units (${elapsed()})`);

const foldOf = assignFolds(docs, FOLDS, SEED);
for (let fold = 0; fold < FOLDS; fold++) {
  const trained = trainAll(units.filter((u) => foldOf.get(u.doc.id) !== fold), SEED + fold);
  for (const u of units) if (foldOf.get(u.doc.id) === fold) u.heldOut = probabilities(trained, u);
  console.log(`fold ${fold + 1}/${FOLDS} done (${elapsed()})`);
}
const choices = chooseThresholds(units, console.log);
const trained = trainAll(units, SEED);
const trainedOn = `${DATASETS.join(', ')}; ${units.length} units; seed ${SEED}; thresholds by ${FOLDS}-fold cross-validation grouped by source; ${SETTINGS.epochs} epochs`;
const file = exportModels(trained, choices, trainedOn);
const out = join(repoRoot, 'src', 'core', 'clauses', 'weights.json');
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB) in ${elapsed()}`);
