// Starts the test VS Code (code-server, VS Code 1.100.3's own server and web workbench) and opens its workbench in
// headless Chromium through Playwright. Shared by the integration-test launcher, the UI checks and `npm start`.
// The facts behind each flag are in ../shared/notes/real-vscode-tests.md.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, codeServerBin } from './setup.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms`);
}

/**
 * @param {{ port?: number, userDataDir?: string, extensionsDir?: string, env?: Record<string,string>,
 *           locale?: string, settings?: object, quiet?: boolean, keepDirs?: boolean }} options
 */
export async function startCodeServer(options = {}) {
  const port = options.port ?? (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-vscode-'));
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  const xdg = join(scratch, 'xdg');
  for (const dir of [userDataDir, extensionsDir, join(userDataDir, 'User'), `${xdg}/config`, `${xdg}/data`, `${xdg}/cache`]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
      'git.openRepositoryInParentFolders': 'never', 'telemetry.telemetryLevel': 'off', ...options.settings }, null, 2),
  );
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerBin, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--config', config,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(options.locale ? ['--locale', options.locale] : []),
  ];
  const child = spawn(process.execPath, args, {
    detached: true, // its own process group, so stop() ends its extension hosts too
    stdio: ['ignore', options.quiet === false ? 'inherit' : 'ignore', options.quiet === false ? 'inherit' : 'ignore'],
    env: {
      ...process.env,
      ...options.env,
      XDG_CONFIG_HOME: `${xdg}/config`,
      XDG_DATA_HOME: `${xdg}/data`,
      XDG_CACHE_HOME: `${xdg}/cache`,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (!options.keepDirs) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, origin, userDataDir, extensionsDir, child, stop, authority: `127.0.0.1:${port}` };
}

/** The workbench URL; development and test paths travel in the `payload` query parameter as vscode-remote URIs. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query}`;
}

/** Launches headless Chromium with a fresh profile; returns Playwright's persistent context and its first page. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 }, locale } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'clean-break-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}
