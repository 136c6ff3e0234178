#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, integration tests inside VS Code, UI checks in Chromium; then one line
// for the whole run, "N passed, N failed". Installs what it needs first (npm packages, Debian packages, code-server).
//   node scripts/test.mjs [--only typecheck,lint,unit,integration,ui]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmDependencies } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const wanted = (stage) => !only || only.has(stage);

const resultsDir = mkdtempSync(join(tmpdir(), 'clean-break-results-'));
const totals = { passed: 0, failed: 0 };
const stageLines = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function header(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

/** A stage that is a single check (typecheck, lint, build): it adds to the failures only when it fails. */
function check(name, command, args) {
  header(name);
  const started = Date.now();
  const code = run(command, args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) totals.failed += 1;
  stageLines.push(`${name.padEnd(12)} ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  return code === 0;
}

/** A stage of mocha tests: its counts come from the file the counting reporter writes. */
function tests(name, command, args) {
  header(name);
  const file = join(resultsDir, `${name}.json`);
  const started = Date.now();
  const code = run(command, args, { CLEAN_BREAK_RESULTS: file });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, pending: 0 };
  // A runner that died before reporting, or that failed without a failing test, still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  stageLines.push(`${name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} pending` : ''} (${seconds} s)`);
}

const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = join(root, 'out', 'test', 'support', 'countingReporter.js');

ensureNpmDependencies();
if (wanted('integration') || wanted('ui')) {
  header('setup');
  const { setup } = await import('./setup.mjs');
  setup();
}
if (wanted('typecheck')) check('typecheck', process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.']);
if (wanted('lint')) check('lint', process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']);
const built = check('build', 'sh', ['-c', 'node esbuild.js && node esbuild.js --tests']);
if (built) {
  if (wanted('unit')) {
    tests('unit', process.execPath, [mocha, '--reporter', reporter, 'out/test/{core,cli}/**/*.test.js']);
  }
  if (wanted('integration')) tests('integration', process.execPath, [join(root, 'scripts', 'run-integration.mjs')]);
  if (wanted('ui')) tests('ui', process.execPath, [mocha, '--reporter', reporter, '--timeout', '120000', 'out/test/ui/**/*.test.js']);
}
rmSync(resultsDir, { recursive: true, force: true });

header('summary');
for (const line of stageLines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
