#!/usr/bin/env node
// `npm run bench`: the speed and size budgets the issues set, measured outside the tests (the machines are noisy;
// each benchmark reports a median). Builds the benchmarks, runs each in its own process, then measures the
// production bundle of the extension.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmDependencies } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureNpmDependencies();
execFileSync(process.execPath, ['esbuild.js', '--tests'], { cwd: root, stdio: 'inherit' });
const benches = readdirSync(join(root, 'out', 'bench')).filter((f) => f.endsWith('.bench.js')).sort();
for (const bench of benches) {
  execFileSync(process.execPath, [join(root, 'out', 'bench', bench)], { cwd: root, stdio: 'inherit' });
}
execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: root, stdio: 'inherit' });
const kb = (file) => (statSync(join(root, 'dist', file)).size / 1024).toFixed(1);
console.log(`extension.bundle  dist/extension.js=${kb('extension.js')} KB  (budget 300 KB; loaded on demand: core.js=${kb('core.js')} KB, openai.js=${kb('openai.js')} KB, unpdf.js=${kb('unpdf.js')} KB, mammoth.js=${kb('mammoth.js')} KB)`);
