// Runs test/extension/ inside a real VS Code through @vscode/test-electron's runTests(): first the cold-start suite
// (test/extension/coldStart/) in a folder without clients.yaml, where the extension is not yet active, then the
// rest in a copy of the sample workspace, then the `*.it.test.js` files with VS Code's display language set to
// Italian (code-server only). Each run adds its counts to the same results file. On machines without desktop
// VS Code, the "executable" is scripts/vscode-launcher.mjs (code-server + headless Chromium);
// CLEAN_BREAK_VSCODE=desktop lets runTests use desktop VS Code instead.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtensionFolder } from './install-extension.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The tests write back to clients.yaml, so they work on a copy of the sample workspace. With `coldStart` they run
 * the cold-start suite in a folder holding only a note, where nothing activates the extension, with do-nothing
 * extensions installed as references for its activation time. With `locale` VS Code shows that display language.
 */
export async function runIntegrationTests({ sample = join(root, 'examples', 'freelancer'), env = {}, coldStart = false, locale } = {}) {
  const useDesktop = process.env.CLEAN_BREAK_VSCODE === 'desktop';
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-workspace-'));
  const workspace = join(scratch, coldStart ? 'empty' : 'freelancer');
  const extensionsDir = join(scratch, 'extensions');
  if (coldStart) {
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'notes.md'), '# Notes\n');
    // An extension that does nothing, installed twice: one takes a host's first-activation costs, the other is
    // timed beside Clean Break as a reference.
    const reference = join(root, 'test', 'extension', 'fixtures', 'activation-reference');
    installExtensionFolder(extensionsDir, reference, { name: 'activation-warm-up' });
    installExtensionFolder(extensionsDir, reference);
  } else {
    cpSync(sample, workspace, { recursive: true });
  }
  try {
    await runTests({
      ...(useDesktop ? {} : { vscodeExecutablePath: join(root, 'scripts', 'vscode-launcher.mjs') }),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'extension', ...(coldStart ? ['coldStart'] : []), 'index.js'),
      // A fresh extensions folder of its own, or runTests would name one in .vscode-test/ of the repository.
      launchArgs: [workspace, `--extensions-dir=${extensionsDir}`, ...(locale ? [`--locale=${locale}`] : [])],
      extensionTestsEnv: { ...env, ...(locale ? { CLEAN_BREAK_TEST_LOCALE: locale } : {}) },
    });
    return 0;
  } catch (error) {
    console.error(`[integration] ${error?.message ?? error}`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const coldStart = await runIntegrationTests({ coldStart: true });
  const english = await runIntegrationTests();
  // Desktop VS Code has no Italian language pack to switch to here.
  const italian = process.env.CLEAN_BREAK_VSCODE === 'desktop' ? 0 : await runIntegrationTests({ locale: 'it' });
  process.exitCode = Math.max(coldStart, english, italian);
}
