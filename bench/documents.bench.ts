// Speed of reading a contract kept as a PDF: node out/bench/documents.bench.js (after node esbuild.js --tests).
// A 30-page text PDF (Chromium's print of a long CUAD contract, with running headers and page numbers) is read in
// fresh processes, loading pdf.js included: the median of several is the figure, as the machines are noisy. Reopening
// the same file, which finds its text by the file's hash, is shown beside it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { documentFixturePath } from '../test/core/documents/fixtures';
import { readDocument } from '../src/core/documents/read';

const COLD_PROCESSES = 5;
const ONCE = '--once';
const PDF = 'bench-30-pages.pdf';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function readOnce(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(documentFixturePath(PDF)));
  let started = performance.now();
  const cpuStarted = process.cpuUsage();
  const document = await readDocument(PDF, bytes);
  const cold = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpuStarted);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
  started = performance.now();
  await readDocument(PDF, bytes);
  const reopen = performance.now() - started;
  // A reference that moves with the machine's speed: V8 parsing the 14 MB of cuad-dev's JSON lines.
  const lines = readFileSync(join(dirname(documentFixturePath('')), '..', '..', '..', 'shared', 'data', 'cuad-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  started = performance.now();
  for (const line of lines) JSON.parse(line);
  const reference = performance.now() - started;
  console.log(JSON.stringify({ cold, cpu, reopen, reference, pages: document.pageStarts?.length }));
}

async function main(): Promise<void> {
  if (process.argv.includes(ONCE)) return readOnce();
  const runs = Array.from({ length: COLD_PROCESSES }, () => JSON.parse(execFileSync(process.execPath, [__filename, ONCE], { encoding: 'utf8' })));
  const cold = median(runs.map((r) => r.cold));
  const cpu = median(runs.map((r) => r.cpu));
  const reopen = median(runs.map((r) => r.reopen));
  const reference = median(runs.map((r) => r.reference));
  console.log(
    `pdf.read.30pages       ${cold.toFixed(0)} ms cold (${cpu.toFixed(0)} ms of CPU), median of ${COLD_PROCESSES} processes (${runs[0].pages} pages, pdf.js loading included); ` +
      `reopen ${reopen.toFixed(2)} ms; reference JSON.parse of cuad-dev ${reference.toFixed(0)} ms, ratio ${(cold / reference).toFixed(1)}  (budget 1000 ms)`,
  );
}

void main();
