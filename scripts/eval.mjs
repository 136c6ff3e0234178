// Scores the deliverable matcher on test/core/deliverables/pairs.json (in-sample and cross-validated by contract),
// then scans the three development sets with `clean-break scan --jsonl` (run in-process from the sources) and scores
// them with ../shared/tools/score-clauses.mjs; then reads the PDF and Word fixtures (scripts/document-eval.mjs).
//   npm run eval [-- --json]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, repoRoot, scorerPath } from './clause-data.mjs';
import { evaluateDocuments } from './document-eval.mjs';

const RUNS = [
  { data: 'cuad-dev', args: [] },
  { data: 'claudette-dev', args: [] },
  { data: 'claudette-dev', args: ['--lang', 'it'] },
  { data: 'fbk-it-dev', args: [] },
];

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

const { main } = await loadBundle(['src', 'cli', 'main.ts']);
const outDir = join(repoRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const extra = process.argv.slice(2);
const predictions = new Map();
for (const { data, args } of RUNS) {
  const gold = join(dataDir, `${data}.jsonl`);
  let pred = predictions.get(data);
  if (!pred) {
    pred = join(outDir, `${data}.pred.jsonl`);
    const chunks = [];
    const started = process.cpuUsage();
    const code = await main(['scan', '--jsonl', gold], { stdout: (t) => chunks.push(t), stderr: (t) => process.stderr.write(t), env: process.env }, repoRoot);
    if (code !== 0) process.exit(code);
    const cpu = process.cpuUsage(started);
    writeFileSync(pred, chunks.join(''));
    predictions.set(data, pred);
    console.log(`\n${data}: scanned in ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, predictions in ${pred}`);
  }
  console.log(`\n== ${data}${args.length ? ` ${args.join(' ')}` : ''}`);
  const scored = spawnSync(process.execPath, [scorerPath, '--gold', gold, '--pred', pred, ...args, ...extra], { encoding: 'utf8' });
  process.stdout.write(scored.stdout);
  process.stderr.write(scored.stderr);
  if (scored.status !== 0) process.exit(scored.status ?? 1);
}
await evaluateDocuments();
