// Uses only Node's built-ins, so that `npm test` and `npm start` work on a fresh clone before `npm install`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Installs the npm packages from package-lock.json when any declared one is missing. */
export function ensureNpmDependencies() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const missing = names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  if (!missing.length) return;
  console.log(`[setup] installing npm packages (${missing.length} missing)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
