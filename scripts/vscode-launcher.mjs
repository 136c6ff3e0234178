#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() launches, on machines without
// desktop VS Code: it starts code-server, loads the workbench in headless Chromium with the development and test
// paths, relays the extension host's console, and exits with the test run's code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.CLEAN_BREAK_TEST_TIMEOUT_MS ?? 20 * 60_000);

function parseArgs(argv) {
  const options = { folder: undefined };
  for (const arg of argv) {
    const match = /^--([^=]+)=(.*)$/.exec(arg);
    if (match) options[match[1]] = match[2];
    else if (!arg.startsWith('--')) options.folder = resolve(arg);
    // Electron-only flags (--no-sandbox, --disable-gpu-sandbox, ...) mean nothing here.
  }
  return options;
}

/**
 * Without a language pack code-server resolves every locale to English; for Italian, the UI checks' helper
 * (test/ui/italianLocale.ts, built into out/) installs a minimal one into the run's extensions folder and a fresh
 * user-data folder.
 */
async function localeDirs(locale, extensionsDir) {
  if (locale !== 'it') return undefined;
  const { default: helper } = await import(pathToFileURL(resolve('out', 'test', 'ui', 'italianLocale.js')).href);
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-locale-'));
  const dirs = { userDataDir: join(scratch, 'user-data') };
  await helper.prepareItalianLocale(dirs.userDataDir, extensionsDir);
  return { ...dirs, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // scripts/run-integration.mjs always names a fresh --extensions-dir (runTests' default lies in the shared cache).
  const dirs = await localeDirs(args.locale, args['extensions-dir']);
  const server = await startCodeServer({ locale: args.locale, userDataDir: dirs?.userDataDir, extensionsDir: args['extensions-dir'] });
  const browser = await launchBrowser();
  let settle;
  const exitCode = new Promise((r) => (settle = r));
  const timer = setTimeout(() => {
    console.error(`[launcher] no result from the extension host within ${TIMEOUT_MS} ms`);
    settle(1);
  }, TIMEOUT_MS);
  try {
    await browser.page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      // The marketplace is out of reach here by design; its stack traces say nothing about the tests.
      if (line.includes('open-vsx.org')) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await browser.page.exposeFunction('codeAutomationExit', (code) => settle(code));
    await browser.page.goto(workbenchUrl(server, {
      folder: args.folder ?? process.cwd(),
      extensionDevelopmentPath: resolve(args.extensionDevelopmentPath),
      extensionTestsPath: resolve(args.extensionTestsPath),
    }));
    const code = await exitCode;
    process.exitCode = code;
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
    dirs?.remove();
  }
}

main().catch((error) => {
  console.error(`[launcher] ${error?.stack ?? error}`);
  process.exitCode = 1;
});
