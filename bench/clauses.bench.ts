// Speed of the clause engine: node out/bench/clauses.bench.js (after node esbuild.js --tests).
// Prints one line per figure with its budget from issue 4. A first scan of every cuad-dev document is measured in
// fresh processes, as it includes the optimiser's work, and the median of several is the figure: the machines are
// noisy. Scans of the same documents once the engine is warm are shown beside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanContract } from '../src/core/clauses/scan';

/** The folder with package.json above this file; builds outside the repository run from its root. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

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

/** 1 MB with no punctuation, very long lines and many near-matches of the cue words and periods. */
function adversarialInput(): string {
  const nearMisses = ['terminat', 'notic', 'thirty thirty (', 'days days', 'giorni preavviso', 'renew renew', 'liabilit', '((((', '1.1.1.1.1', '$$$ 9'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const part = `${nearMisses[i % nearMisses.length]} ${'a'.repeat(i % 37)} `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const line = (name: string, figure: string, budget: number): void => console.log(`${name.padEnd(22)} ${figure}  (budget ${budget})`);

const cuadPath = join(repoRoot(), '..', 'shared', 'data', 'cuad-dev.jsonl');
const texts: string[] = readFileSync(cuadPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);

const FIRST_SCAN_PROCESSES = 5;
const WARM_SCANS = 3;
const FIRST_SCAN_ONLY = '--first-scan-only';
const scanAll = (): number => cpuMs(() => texts.forEach((t) => scanContract(t)));

scanContract('Warm-up: either party may terminate on thirty days notice.');
if (process.argv.includes(FIRST_SCAN_ONLY)) {
  // A child of the run below: one first scan, its CPU time on stdout.
  console.log(scanAll().toFixed(0));
  process.exit(0);
}
const firstScans = Array.from({ length: FIRST_SCAN_PROCESSES }, () => Number(execFileSync(process.execPath, [__filename, FIRST_SCAN_ONLY], { encoding: 'utf8' })));
scanAll();
const warmScans = Array.from({ length: WARM_SCANS }, scanAll);
const range = (values: number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;
line(
  'clauses.cuadAll',
  `cpu_ms=${median(firstScans).toFixed(0)} (first scan, median of ${FIRST_SCAN_PROCESSES} processes, ${range(firstScans)}; warm ${median(warmScans).toFixed(0)})`,
  1500,
);

const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
const runs = Array.from({ length: 25 }, () => {
  const started = process.hrtime.bigint();
  scanContract(largest);
  return Number(process.hrtime.bigint() - started) / 1e6;
});
line('clauses.largestCuad', `median_ms=${median(runs).toFixed(1)} chars=${largest.length}`, 30);

const adversarial = adversarialInput();
line('clauses.adversarial1MB', `cpu_ms=${cpuMs(() => scanContract(adversarial)).toFixed(0)}`, 1000);
