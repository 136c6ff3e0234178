// Speed of reading clients.yaml: node out/bench/clients.bench.js (after node esbuild.js --tests and a build of
// dist/, as `npm run bench` does). A generated 5,000-client file is loaded, validated and derived (Pareto included)
// cold, each time in a fresh process with the core's module loading included (bench/clientsLoadOnce.ts): from the
// shipped bundle dist/core.js, which is what the extension loads, and from the test build. Each round also times a
// reference that moves with the machine, V8's own JSON.parse of the same data written as JSON, read cold in a
// fresh process too; the rounds alternate so a slow spell hits all three alike. Prints the median and range over
// the processes, the ratio to the reference, then warm figures (labelled warm) and where the warm time goes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClientsYaml } from './clientsFixture';
import { deriveFacts } from '../src/core/clients/derive';
import { pareto } from '../src/core/clients/pareto';
import { readPlainYaml } from '../src/core/clients/plainYaml';
import { validateClients } from '../src/core/clients/validate';

const CLIENTS = 5000;
const PROCESSES = 7;
const WARM_RUNS = 15;
const BUDGET_MS = 150;
const KINDS = ['bundle', 'build', 'reference'] as const;
type Kind = (typeof KINDS)[number];
interface ColdRun {
  coldMs: number;
  coldCpuMs: number;
  requireMs?: number;
  warmMs?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
const range = (values: number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const text = generateClientsYaml(CLIENTS);
const scratch = mkdtempSync(join(tmpdir(), 'clean-break-bench-'));
const files: Record<Kind, string> = { bundle: join(scratch, 'clients.yaml'), build: join(scratch, 'clients.yaml'), reference: join(scratch, 'clients.json') };
writeFileSync(files.bundle, text);
writeFileSync(files.reference, JSON.stringify(readPlainYaml(text)));

const runs: Record<Kind, ColdRun[]> = { bundle: [], build: [], reference: [] };
try {
  for (let round = 0; round < PROCESSES; round++) {
    for (const kind of KINDS) {
      const output = execFileSync(process.execPath, [join(__dirname, 'clientsLoadOnce.js'), kind, files[kind]], { encoding: 'utf8' });
      runs[kind].push(JSON.parse(output) as ColdRun);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const cold = (kind: Kind): number[] => runs[kind].map((r) => r.coldMs);
const reference = median(cold('reference'));
const figure = (kind: Kind): string =>
  `median_ms=${median(cold(kind)).toFixed(0)} (${range(cold(kind))}; cpu ${median(runs[kind].map((r) => r.coldCpuMs)).toFixed(0)}; loading the core ${median(runs[kind].map((r) => r.requireMs ?? NaN)).toFixed(0)}) ratio=${(median(cold(kind)) / reference).toFixed(1)}`;
const size = `${(text.length / 1024 / 1024).toFixed(1)}MB`;
console.log(`clients.load${CLIENTS}  cold, median of ${PROCESSES} fresh processes each, module loading included, size=${size}  (budget ${BUDGET_MS})`);
console.log(`  shipped bundle dist/core.js  ${figure('bundle')}`);
console.log(`  test build out/src           ${figure('build')}`);
console.log(`  reference JSON.parse         median_ms=${reference.toFixed(0)} (${range(cold('reference'))})`);
const warmOf = (kind: Kind): string => median(runs[kind].map((r) => r.warmMs ?? NaN)).toFixed(0);
console.log(`  warm (same processes, after the cold load)  bundle_median_ms=${warmOf('bundle')}  build_median_ms=${warmOf('build')}`);

// Where the warm time goes, in this process (test build).
const stages: Record<'read' | 'validate' | 'derive', number[]> = { read: [], validate: [], derive: [] };
for (let i = 0; i < WARM_RUNS; i++) {
  const read = timed(() => readPlainYaml(text));
  const validated = timed(() => validateClients(read.result, { exists: () => true }));
  const derived = timed(() => pareto(deriveFacts(validated.result.data, '2026-11-30').clients));
  stages.read.push(read.ms);
  stages.validate.push(validated.ms);
  stages.derive.push(derived.ms);
}
console.log(`  warm stages (median of ${WARM_RUNS})  ${Object.entries(stages).map(([name, times]) => `${name}_ms=${median(times).toFixed(0)}`).join('  ')}`);
