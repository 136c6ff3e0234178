#!/usr/bin/env node
// Installs what the tests and `npm start` need beyond npm packages: Debian's chromium, ripgrep and libkrb5-dev,
// and code-server (VS Code 1.100.3, the last release that runs on Node 20) in a cache outside the repository
// (~/.cache/clean-break-vscode-test, or CLEAN_BREAK_VSCODE_CACHE): inside it, code-server's built-in extensions would
// lie under the extension development path, and the web workbench then ignores the colour theme chosen in settings.
// Safe to run again: each step is skipped when its result is already there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const cacheDir = process.env.CLEAN_BREAK_VSCODE_CACHE ?? join(homedir(), '.cache', 'clean-break-vscode-test');
export const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CLEAN_BREAK_CHROMIUM ?? '/usr/bin/chromium';

const log = (msg) => console.log(`[setup] ${msg}`);
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!has('rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!missing.length) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => execFileSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

// @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the archive; Debian's rg serves.
function seedRipgrepCache(tmp) {
  const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  const archive = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(tmp, 'rg-'));
  copyFileSync(execFileSync('sh', ['-c', 'command -v rg']).toString().trim(), join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

function ensureCodeServer() {
  if (existsSync(codeServerBin)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir}`);
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'clean-break-test-vscode', private: true }));
  const tmp = join(cacheDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  const npm = (args) =>
    execFileSync('npm', args, {
      cwd: codeServerDir,
      stdio: 'inherit',
      env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    });
  npm(['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`]);
  // npm 11 skips dependencies' install scripts until they are approved; code-server needs them (node-pty, ripgrep, ...).
  if (spawnSync('npm', ['install-scripts', 'ls'], { cwd: codeServerDir, stdio: 'ignore' }).status === 0) {
    npm(['install-scripts', 'approve', '--all']);
    npm(['rebuild']);
  }
  if (!existsSync(codeServerBin)) throw new Error(`code-server did not install: ${codeServerBin} is missing`);
}

export function setup() {
  ensureDebianPackages();
  ensureCodeServer();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup();
