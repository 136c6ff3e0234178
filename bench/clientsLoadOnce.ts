// One cold load of clients.yaml, in a process of its own, for bench/clients.bench.ts:
//   node out/bench/clientsLoadOnce.js bundle|build|reference FILE
// `bundle` loads the core as the extension does (dist/core.js, as shipped), `build` from the test build (out/src),
// `reference` only reads FILE and runs JSON.parse on it. The clock starts before the core is required, so module
// loading is included, as when the extension first reads the file. Prints {coldMs, coldCpuMs, requireMs, warmMs}
// as JSON, requireMs being the part of coldMs spent loading the core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Core from '../src/core/index';

const [kind, file] = process.argv.slice(2);
const WARM_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function coreModule(): typeof Core {
  const path = kind === 'bundle' ? join(__dirname, '..', '..', 'dist', 'core.js') : join(__dirname, '..', 'src', 'core', 'index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as typeof Core;
}

function loadAndDerive(core: typeof Core): void {
  const { data, problems } = core.loadClients(readFileSync(file, 'utf8'), { file: 'clients.yaml', exists: () => true });
  if (problems.length > 0) throw new Error(`the generated file did not load cleanly: ${problems[0].message}`);
  core.pareto(core.deriveFacts(data, '2026-11-30').clients);
}

function timed(work: () => void): { ms: number; cpuMs: number } {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpuStart);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

if (kind === 'reference') {
  const cold = timed(() => JSON.parse(readFileSync(file, 'utf8')));
  console.log(JSON.stringify({ coldMs: cold.ms, coldCpuMs: cold.cpuMs }));
} else {
  let core: typeof Core | undefined;
  let requireMs = 0;
  const cold = timed(() => {
    requireMs = timed(() => (core = coreModule())).ms;
    loadAndDerive(core!);
  });
  const warm = Array.from({ length: WARM_RUNS }, () => timed(() => loadAndDerive(core!)).ms);
  console.log(JSON.stringify({ coldMs: cold.ms, coldCpuMs: cold.cpuMs, requireMs, warmMs: median(warm) }));
}
