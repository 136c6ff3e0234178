// How `npm test` runs a stage of mocha tests and judges it, apart from scripts/test.mjs so a unit test can run a
// stage on fixture files. A stage passes only when mocha exits 0 and at least one test ran: `.only` is forbidden
// (mocha's forbidOnly, here and in the extension host's runner), and a stage that ran nothing proves nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = join(root, 'out', 'test', 'support', 'countingReporter.js');

/** The command line for mocha in Node, with the counting reporter and `.only` forbidden. */
export function mochaCommand(files, extraArgs = []) {
  return [process.execPath, [mocha, '--forbid-only', '--reporter', reporter, ...extraArgs, ...files]];
}

/**
 * Runs one stage with CLEAN_BREAK_RESULTS pointing at `resultsFile` (the counting reporter adds its counts there)
 * and returns its counts and the summary line. A runner that died before reporting, or that failed without a
 * failing test (a forbidden `.only`, a file that did not load), counts one failure; so does a stage that ran nothing.
 */
export function runStage(name, command, args, resultsFile, { cwd = root, stdio = 'inherit' } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio, env: { ...process.env, CLEAN_BREAK_RESULTS: resultsFile } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0, pending: 0 };
  const ranNothing = counts.passed + counts.failed === 0;
  if (((result.status ?? 1) !== 0 || ranNothing) && counts.failed === 0) counts.failed = 1;
  const note = ranNothing ? ', FAILED: no test ran' : '';
  return { counts, line: `${name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending${note} (${seconds} s)` };
}
