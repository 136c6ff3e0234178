// Shared by train.mjs and eval.mjs: where the labelled data lives, and the clause engine bundled from src/ for Node.
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = resolve(repoRoot, '..', 'shared', 'data');
export const scorerPath = resolve(repoRoot, '..', 'shared', 'tools', 'score-clauses.mjs');
export const DATASETS = ['freelance-dev', 'cuad-dev', 'claudette-dev', 'fbk-it-dev'];

export function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

export function readDataset(name) {
  return readJsonl(join(dataDir, `${name}.jsonl`)).map((doc) => ({ ...doc, dataset: name }));
}

/** Bundles the engine's TypeScript (with whatever weights file exists) into a temporary CommonJS module and loads it. */
export async function loadEngine() {
  const result = await build({
    stdin: {
      contents: [
        "export { segmentText } from './src/core/clauses/segment';",
        "export { analyseUnit } from './src/core/clauses/features';",
        "export { applyRules } from './src/core/clauses/rules';",
        "export { scanWithModel, scanContract } from './src/core/clauses/scan';",
        "export { LinearModel, documentStyle } from './src/core/clauses/model';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'clean-break-engine-')), 'engine.cjs');
  writeFileSync(file, result.outputFiles[0].text);
  return createRequire(import.meta.url)(file);
}
