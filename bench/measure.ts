// What the benchmarks of issue 13 share: CPU time, medians, and cold runs, each in a fresh process.
import { execFileSync } from 'node:child_process';

export function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const CASE_ARGUMENT = '--case';

/** The case this process was started to measure, when it is a child of `coldMedians`. */
export function caseToMeasure(): string | undefined {
  const at = process.argv.indexOf(CASE_ARGUMENT);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/**
 * Runs `script` once per case and run in a fresh process, which prints the milliseconds it measured, and returns
 * the median of `runs` for each case.
 */
export function coldMedians(script: string, cases: readonly string[], runs: number): { name: string; ms: number }[] {
  return cases.map((name) => {
    const measured = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, [script, CASE_ARGUMENT, name], { encoding: 'utf8' })));
    return { name, ms: median(measured) };
  });
}
