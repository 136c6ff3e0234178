// Speed of the tone linter on hostile drafts: node out/bench/lint.bench.js (after node esbuild.js --tests).
// Lints each shape of bench/lintFixture.ts at 1 MB in a fresh process (loading the linter included) and prints the
// median CPU time of three processes per shape, the worst shape against the 1 s budget of issue 13, and as a
// reference that moves with the machine, JSON.parse of 1 MB measured in this process.
import { lintText } from '../src/core/lint/engine';
import { adversarialDrafts } from './lintFixture';
import { caseToMeasure, coldMedians, cpuMs, median } from './measure';

const SIZE = 1_000_000;
const BUDGET_MS = 1000;

const shape = caseToMeasure();
if (shape !== undefined) {
  const text = adversarialDrafts(SIZE)[shape];
  console.log(cpuMs(() => lintText(text)).toFixed(0));
  process.exit(0);
}

const figures = coldMedians(__filename, Object.keys(adversarialDrafts(100)), 3);
const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
const json = JSON.stringify(Array.from({ length: SIZE / 50 }, (_, i) => ({ id: i, text: 'lorem ipsum dolor sit amet' })));
const reference = median(Array.from({ length: 5 }, () => cpuMs(() => JSON.parse(json))));
console.log(`lint.adversarial1MB  worst_cpu_ms=${worst.ms.toFixed(0)} (${worst.name})  reference json_parse_1MB_cpu_ms=${reference.toFixed(0)}  (budget ${BUDGET_MS})`);
for (const { name, ms } of figures) console.log(`  ${name.padEnd(28)} cpu_ms=${ms.toFixed(0)}`);
