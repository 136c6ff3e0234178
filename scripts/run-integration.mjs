// Runs test/extension/ inside a real VS Code through @vscode/test-electron's runTests(). On machines without
// desktop VS Code, the "executable" is scripts/vscode-launcher.mjs (code-server + headless Chromium);
// CLEAN_BREAK_VSCODE=desktop lets runTests use desktop VS Code instead. A second pass runs the `*.it.test.js` files
// with VS Code's display language set to Italian (code-server only), and its counts are added to the first's.
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The tests write back to clients.yaml, so they work on a copy of the sample workspace. */
export async function runIntegrationTests({ sample = join(root, 'examples', 'freelancer'), env = {}, locale } = {}) {
  const useDesktop = process.env.CLEAN_BREAK_VSCODE === 'desktop';
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-workspace-'));
  const workspace = join(scratch, 'freelancer');
  cpSync(sample, workspace, { recursive: true });
  try {
    await runTests({
      ...(useDesktop ? {} : { vscodeExecutablePath: join(root, 'scripts', 'vscode-launcher.mjs') }),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'extension', 'index.js'),
      launchArgs: [workspace, ...(locale ? [`--locale=${locale}`] : [])],
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

/** Runs the Italian pass with its own counts file, then adds its counts to the English pass's file. */
async function runItalianPass() {
  const results = process.env.CLEAN_BREAK_RESULTS;
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-results-it-'));
  const italianResults = join(scratch, 'it.json');
  try {
    const code = await runIntegrationTests({ locale: 'it', env: { CLEAN_BREAK_RESULTS: italianResults } });
    if (results && existsSync(italianResults)) {
      const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, pending: 0 });
      const [english, italian] = [read(results), read(italianResults)];
      writeFileSync(results, JSON.stringify(Object.fromEntries(Object.keys(english).map((key) => [key, english[key] + (italian[key] ?? 0)]))));
    }
    return code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const english = await runIntegrationTests();
  // Desktop VS Code has no Italian language pack to switch to here.
  const italian = process.env.CLEAN_BREAK_VSCODE === 'desktop' ? 0 : await runItalianPass();
  process.exitCode = english || italian;
}
