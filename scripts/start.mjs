#!/usr/bin/env node
// `npm start`: installs what is needed, packages the extension, installs it into the browser VS Code
// (code-server on 127.0.0.1), opens the sample workspace and prints the URL. Ctrl+C stops it.
//   PORT=8080 npm start         (default port 8080, or a free one if it is taken)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmDependencies } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

ensureNpmDependencies();
const { setup, codeServerBin, cacheDir } = await import('./setup.mjs');
setup();
execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });

const userDataDir = join(cacheDir, 'start', 'user-data');
const extensionsDir = join(cacheDir, 'start', 'extensions');
mkdirSync(userDataDir, { recursive: true });
mkdirSync(extensionsDir, { recursive: true });
execFileSync(process.execPath, [codeServerBin, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
  '--install-extension', join(root, 'clean-break.vsix'), '--force'], {
  stdio: 'inherit',
  // Keeps code-server from writing its default config into the home folder.
  env: { ...process.env, XDG_CONFIG_HOME: join(cacheDir, 'start', 'config'), XDG_DATA_HOME: join(cacheDir, 'start', 'data') },
});

const wantedPort = Number(process.env.PORT ?? 8080);
const { startCodeServer } = await import('./code-server.mjs');
const server = await startCodeServer({
  port: (await portIsFree(wantedPort)) ? wantedPort : undefined,
  userDataDir,
  extensionsDir,
  keepDirs: true,
});
const folder = join(root, 'examples', 'freelancer');
console.log(`\nClean Break is running in VS Code 1.100.3 (code-server) with the sample workspace:\n\n  ${server.origin}/?folder=${encodeURIComponent(folder)}\n\nPress Ctrl+C to stop.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => {
  console.error(`code-server stopped (exit code ${code}).`);
  process.exit(code ?? 1);
});
