// Speed of the clause engine: node out/bench/clauses.bench.js (after node esbuild.js --tests).
// The first scan of every cuad-dev document is measured cold, in fresh processes: the process's whole CPU time from
// start-up, module and model load included, less only the reading of the data file. It is given as a ratio to a plain
// keyword pass over the same texts measured in this process (the machines are noisy; a ratio moves less), with the
// median of several processes. Re-scanning the largest contract after an edit, and adversarial input, are measured too.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanContract } from '../src/core/clauses/scan';

/** The folder with package.json above this file; builds outside the repository run from its root. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

const cpuMsOf = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1000;

function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  return cpuMsOf(process.cpuUsage(started));
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

const cuadPath = join(repoRoot(), '..', 'shared', 'data', 'cuad-dev.jsonl');
const readTexts = (): string[] => readFileSync(cuadPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const FIRST_SCAN_ONLY = '--first-scan-only';

if (process.argv.includes(FIRST_SCAN_ONLY)) {
  // A child of the run below: nothing has run the engine yet. Its CPU time since the process started, less reading the data.
  const beforeReading = process.cpuUsage();
  const texts = readTexts();
  const reading = cpuMsOf(process.cpuUsage(beforeReading));
  for (const text of texts) scanContract(text);
  console.log((cpuMsOf(process.cpuUsage()) - reading).toFixed(0));
  process.exit(0);
}

/**
 * The reference: a plain keyword highlighter, as the data's README describes its baseline. Each sentence (cut at a
 * stop, a semicolon or a line break) that one regular expression of termination, notice, renewal and liability words
 * matches is marked.
 */
const KEYWORDS = /\b(?:terminat|notice|renew|liabilit|expir|cancel|surviv|liquidated|recess|preavviso|rinnov|responsabilit)/i;
const SENTENCE_ENDS = /[.;!?]\s+|\n+/g;
function keywordPass(texts: readonly string[]): number {
  let marked = 0;
  for (const text of texts) {
    let start = 0;
    for (const end of text.matchAll(SENTENCE_ENDS)) {
      if (KEYWORDS.test(text.slice(start, end.index))) marked++;
      start = end.index + end[0].length;
    }
    if (KEYWORDS.test(text.slice(start))) marked++;
  }
  return marked;
}

const line = (name: string, figure: string, budget: string): void => console.log(`${name.padEnd(22)} ${figure}  (budget ${budget})`);
const FIRST_SCAN_PROCESSES = 5;
const texts = readTexts();
const keywordRuns: number[] = [];
const firstScans: number[] = [];
// Alternated, so a slow spell of the machine weighs on both alike.
for (let i = 0; i < FIRST_SCAN_PROCESSES; i++) {
  keywordRuns.push(cpuMs(() => keywordPass(texts)));
  firstScans.push(Number(execFileSync(process.execPath, [__filename, FIRST_SCAN_ONLY], { encoding: 'utf8' })));
}
const range = (values: number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;
const ratio = median(firstScans) / median(keywordRuns);
line(
  'clauses.cuadAllCold',
  `ratio=${ratio.toFixed(2)} (first scan in a fresh process, start-up and model load included: cpu_ms=${median(firstScans).toFixed(0)}, ${range(firstScans)}; keyword pass in this process: cpu_ms=${median(keywordRuns).toFixed(0)}, ${range(keywordRuns)}; medians of ${FIRST_SCAN_PROCESSES})`,
  'ratio 2.5',
);

// Re-scanning after an edit: one word in the middle changes each time, as while typing. Process CPU and wall time both:
// on a loaded machine the wall time counts the other processes' turns.
const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
scanContract(largest);
const middle = largest.indexOf(' ', largest.length >> 1);
const rescanCpu: number[] = [];
const rescanWall: number[] = [];
for (let i = 0; i < 25; i++) {
  const edited = `${largest.slice(0, middle)} edit${i}${largest.slice(middle)}`;
  const started = process.hrtime.bigint();
  rescanCpu.push(cpuMs(() => scanContract(edited)));
  rescanWall.push(Number(process.hrtime.bigint() - started) / 1e6);
}
line('clauses.rescanAfterEdit', `cpu_ms=${median(rescanCpu).toFixed(1)} wall_ms=${median(rescanWall).toFixed(1)} (medians of 25) chars=${largest.length}`, '30 ms');

const adversarial = adversarialInput();
line('clauses.adversarial1MB', `cpu_ms=${cpuMs(() => scanContract(adversarial)).toFixed(0)}`, '1000 ms');
