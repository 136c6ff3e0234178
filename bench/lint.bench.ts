// Speed of the tone linter on hostile drafts: node out/bench/lint.bench.js (after node esbuild.js --tests).
// Lints each shape of bench/lintFixture.ts at 1 MB in a fresh process (loading the linter included) and prints the
// median CPU time of three processes per shape, the worst shape against the 1 s budget of issue 13, and as a
// reference that moves with the machine, JSON.parse of 1 MB measured in this process.
import { execFileSync } from 'node:child_process';
import { lintText } from '../src/core/lint/engine';
import { adversarialDrafts } from './lintFixture';

const SIZE = 1_000_000;
const PROCESSES = 3;
const BUDGET_MS = 1000;
const SHAPE_ARGUMENT = '--shape';

function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const shapeAt = process.argv.indexOf(SHAPE_ARGUMENT);
if (shapeAt > 0) {
  // A child of the run below: one cold lint of one shape, its CPU time on stdout.
  const text = adversarialDrafts(SIZE)[process.argv[shapeAt + 1]];
  console.log(cpuMs(() => lintText(text)).toFixed(0));
  process.exit(0);
}

const figures = Object.keys(adversarialDrafts(100)).map((shape) => {
  const runs = Array.from({ length: PROCESSES }, () => Number(execFileSync(process.execPath, [__filename, SHAPE_ARGUMENT, shape], { encoding: 'utf8' })));
  return { shape, ms: median(runs) };
});
const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
const json = JSON.stringify(Array.from({ length: SIZE / 50 }, (_, i) => ({ id: i, text: 'lorem ipsum dolor sit amet' })));
const reference = median(Array.from({ length: 5 }, () => cpuMs(() => JSON.parse(json))));
console.log(`lint.adversarial1MB  worst_cpu_ms=${worst.ms.toFixed(0)} (${worst.shape})  reference json_parse_1MB_cpu_ms=${reference.toFixed(0)}  (budget ${BUDGET_MS})`);
for (const { shape, ms } of figures) console.log(`  ${shape.padEnd(28)} cpu_ms=${ms.toFixed(0)}`);
