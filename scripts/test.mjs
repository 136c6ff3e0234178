#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, integration tests inside VS Code, UI checks in Chromium; then one line
// for the whole run, "N passed, N failed, N pending". A test stage that runs no test fails, and so does `.only`
// (mocha's forbidOnly) in every stage. Installs what it needs first (npm packages, Debian packages, code-server).
//   node scripts/test.mjs [--only typecheck,lint,unit,integration,ui]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmDependencies } from './ensure-deps.mjs';
import { mochaCommand, runStage } from './test-stages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const wanted = (stage) => !only || only.has(stage);

const resultsDir = mkdtempSync(join(tmpdir(), 'clean-break-results-'));
const totals = { passed: 0, failed: 0, pending: 0 };
const stageLines = [];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
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
  const { counts, line } = runStage(name, command, args, join(resultsDir, `${name}.json`));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.pending += counts.pending;
  stageLines.push(line);
}

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
    // Mocha's 2 s default is too tight for the exhaustive tests on a shared, busy CPU (fastParse's took 4.6 s).
    tests('unit', ...mochaCommand(['out/test/{core,cli,scripts}/**/*.test.js'], ['--timeout', '20000']));
  }
  if (wanted('integration')) tests('integration', process.execPath, [join(root, 'scripts', 'run-integration.mjs')]);
  if (wanted('ui')) tests('ui', ...mochaCommand(['out/test/ui/**/*.test.js'], ['--timeout', '120000']));
}
rmSync(resultsDir, { recursive: true, force: true });

header('summary');
for (const line of stageLines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.pending} pending`);
process.exitCode = totals.failed ? 1 : 0;
