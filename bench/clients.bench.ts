// Speed of reading clients.yaml: node out/bench/clients.bench.js (after node esbuild.js --tests).
// Loads, validates and derives (Pareto included) a generated 5,000-client file; prints the median of 15 runs after
// 3 warm-up runs, in wall time and in CPU time (the latter shows how much of a slow run was a busy machine), then
// the median of each stage, to show where the time goes.
import { generateClientsYaml } from './clientsFixture';
import { deriveFacts } from '../src/core/clients/derive';
import { loadClients } from '../src/core/clients/loader';
import { pareto } from '../src/core/clients/pareto';
import { readPlainYaml } from '../src/core/clients/plainYaml';
import { validateClients } from '../src/core/clients/validate';

const CLIENTS = 5000;
const WARM_UP_RUNS = 3;
const RUNS = 15;
const BUDGET_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const text = generateClientsYaml(CLIENTS);

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function loadAndDerive(): void {
  const { data, problems } = loadClients(text, { file: 'clients.yaml', exists: () => true });
  if (problems.length > 0 || data.clients.length !== CLIENTS) throw new Error(`the generated file did not load cleanly: ${problems[0]?.message}`);
  pareto(deriveFacts(data, '2026-11-30').clients);
}

for (let i = 0; i < WARM_UP_RUNS; i++) loadAndDerive();
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpuStart = process.cpuUsage();
  wall.push(timed(loadAndDerive).ms);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}
const size = `${(text.length / 1024 / 1024).toFixed(1)}MB`;
console.log(`clients.load${CLIENTS}  median_ms=${median(wall).toFixed(0)}  cpu_median_ms=${median(cpu).toFixed(0)}  size=${size}  (budget ${BUDGET_MS})`);

// A reference that moves with the machine: V8's own JSON.parse of the same data written as JSON. The ratio stays
// put when a busy or slow machine moves every figure.
const json = JSON.stringify(readPlainYaml(text));
const reference = Array.from({ length: RUNS }, () => timed(() => JSON.parse(json)).ms);
console.log(`  reference  json_parse_median_ms=${median(reference).toFixed(0)}  ratio=${(median(wall) / median(reference)).toFixed(1)}`);

const stages: Record<'read' | 'validate' | 'derive', number[]> = { read: [], validate: [], derive: [] };
for (let i = 0; i < RUNS; i++) {
  const read = timed(() => readPlainYaml(text));
  const validated = timed(() => validateClients(read.result, { exists: () => true }));
  const derived = timed(() => pareto(deriveFacts(validated.result.data, '2026-11-30').clients));
  stages.read.push(read.ms);
  stages.validate.push(validated.ms);
  stages.derive.push(derived.ms);
}
console.log(`  stages  ${Object.entries(stages).map(([name, runs]) => `${name}_ms=${median(runs).toFixed(0)}`).join('  ')}`);
