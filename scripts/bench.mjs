#!/usr/bin/env node
// `npm run bench`: the speed and size budgets the issues set, measured outside the tests (the machines are noisy;
// each benchmark reports medians over fresh processes beside a reference measured in the same run). Builds the
// benchmarks and the production bundles first, since the benchmarks load the shipped dist/core.js too, runs each
// benchmark in its own process, then times activation in several fresh test VS Codes (the cold-start integration
// suite, test/extension/coldStart/) and reports the size of the extension's bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmDependencies } from './ensure-deps.mjs';

const ACTIVATION_RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;

/** Activation as VS Code waits for it, each time in a fresh VS Code, beside references timed in the same host. */
async function benchActivation() {
  const { setup } = await import('./setup.mjs');
  const { runIntegrationTests } = await import('./run-integration.mjs');
  setup();
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-activation-'));
  const runs = [];
  try {
    for (let i = 0; i < ACTIVATION_RUNS; i++) {
      const file = join(scratch, `${i}.json`);
      if (await runIntegrationTests({ coldStart: true, env: { CLEAN_BREAK_ACTIVATION_RESULT: file } })) throw new Error('the cold-start suite failed');
      runs.push(JSON.parse(readFileSync(file, 'utf8')));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const figure = (key) => {
    const values = runs.map((r) => r[key]);
    return `median_ms=${median(values).toFixed(1)} (${range(values)})`;
  };
  const ratio = (key) => (median(runs.map((r) => r.activationMs)) / median(runs.map((r) => r[key]))).toFixed(1);
  console.log(`extension.activation  cold, median of ${ACTIVATION_RUNS} fresh VS Codes, loading dist/extension.js included  (budget 50)`);
  console.log(`  clean break                                 ${figure('activationMs')}`);
  console.log(`  reference: an extension that does nothing   ${figure('emptyExtensionMs')}  ratio=${ratio('emptyExtensionMs')}`);
  console.log(`  reference: JSON.parse of 0.9 MB, same host  ${figure('jsonParseMs')}  ratio=${ratio('jsonParseMs')}`);
  console.log(`  the host's first activation (of a do-nothing extension, before these)  ${figure('firstActivationMs')}`);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureNpmDependencies();
execFileSync(process.execPath, ['esbuild.js', '--tests'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: root, stdio: 'inherit' });
const benches = readdirSync(join(root, 'out', 'bench')).filter((f) => f.endsWith('.bench.js')).sort();
for (const bench of benches) {
  execFileSync(process.execPath, [join(root, 'out', 'bench', bench)], { cwd: root, stdio: 'inherit' });
}
await benchActivation();
const kb = (file) => (statSync(join(root, 'dist', file)).size / 1024).toFixed(1);
console.log(`extension.bundle  dist/extension.js=${kb('extension.js')} KB  (budget 300 KB; loaded on demand: core.js=${kb('core.js')} KB, openai.js=${kb('openai.js')} KB, unpdf.js=${kb('unpdf.js')} KB, mammoth.js=${kb('mammoth.js')} KB)`);
