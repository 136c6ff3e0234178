// Speed of importing hours: node out/bench/import.bench.js (after node esbuild.js --tests).
// Writes a Toggl Track detailed export of 100,000 time entries for the sample workspace's clients, then runs
// `clean-break import hours FILE --write` in a fresh process each time (cold: Node's start, loading the command line,
// csv-parse and the write-back included) on a fresh copy of the workspace, and prints the median of 5 runs, in wall
// time and in the CPU time the process used (which shows how much of a slow run was a busy machine). A process that
// only starts Node is timed alongside, as a reference that moves with the machine.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRIES = 100_000;
const RUNS = 5;
const BUDGET_MS = 2000;
const CLIENTS = ['ACME S.p.A.', 'Northwind Analytics Ltd', 'Bluefin Travel', 'Studio Verdi Architetti', 'Forno Bianco', 'Internal'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function togglExport(): string {
  const lines = ['User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)'];
  for (let i = 0; i < ENTRIES; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 40) * 86_400_000).toISOString().slice(0, 10);
    const minutes = 15 + (i % 8) * 15;
    const start = `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00`;
    const duration = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
    const client = CLIENTS[i % CLIENTS.length];
    lines.push(`Giulia Rossi,giulia@rossistudio.example,${client},Project ${i % 13},,"Entry ${i}, work",Yes,${day},${start},${day},${start},${duration},,0.00`);
  }
  return lines.join('\n') + '\n';
}

/** Runs the command line in a fresh process; its wall time, and the CPU time the process itself reports at exit. */
function coldRun(args: string[]): { wallMs: number; cpuMs: number } {
  const script = `const { main } = require(${JSON.stringify(CLI)});
const io = { stdout() {}, stderr: (t) => process.stderr.write(t), env: {} };
main(${JSON.stringify(args)}, io, process.cwd()).then((code) => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(JSON.stringify({ code, cpuMs: (user + system) / 1000 }));
});`;
  const start = process.hrtime.bigint();
  const reply = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as { code: number; cpuMs: number };
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (reply.code !== 0) throw new Error(`the import exited ${reply.code}`);
  return { wallMs, cpuMs: reply.cpuMs };
}

function nodeStartMs(): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', '']);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const CLI = join(process.cwd(), 'out', 'src', 'cli', 'main.js');
const folder = mkdtempSync(join(tmpdir(), 'clean-break-import-bench-'));
try {
  const csv = join(folder, 'toggl.csv');
  writeFileSync(csv, togglExport());
  const wall: number[] = [];
  const cpu: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const workspace = join(folder, `workspace-${i}`);
    cpSync(join(process.cwd(), 'examples', 'freelancer'), workspace, { recursive: true });
    const run = coldRun(['import', 'hours', csv, '--workspace', workspace, '--write']);
    wall.push(run.wallMs);
    cpu.push(run.cpuMs);
    reference.push(nodeStartMs());
    if (!/importedTimeEntries: /.test(readFileSync(join(workspace, 'clients.yaml'), 'utf8'))) throw new Error('the import wrote nothing');
  }
  const size = `${(readFileSync(csv).length / 1024 / 1024).toFixed(1)}MB`;
  console.log(`import.hours${ENTRIES}  cold_median_ms=${median(wall).toFixed(0)}  cpu_median_ms=${median(cpu).toFixed(0)}  size=${size}  (budget ${BUDGET_MS})`);
  console.log(`  reference  node_start_median_ms=${median(reference).toFixed(0)}  wall_runs_ms=${wall.map((r) => r.toFixed(0)).join(',')}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
