// Runs test/extension/ inside a real VS Code through @vscode/test-electron's runTests(). On machines without
// desktop VS Code, the "executable" is scripts/vscode-launcher.mjs (code-server + headless Chromium);
// CLEAN_BREAK_VSCODE=desktop lets runTests use desktop VS Code instead.
import { runTests } from '@vscode/test-electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function runIntegrationTests({ workspace = join(root, 'examples', 'freelancer'), env = {} } = {}) {
  const useDesktop = process.env.CLEAN_BREAK_VSCODE === 'desktop';
  try {
    await runTests({
      ...(useDesktop ? {} : { vscodeExecutablePath: join(root, 'scripts', 'vscode-launcher.mjs') }),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'extension', 'index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: env,
    });
    return 0;
  } catch (error) {
    console.error(`[integration] ${error?.message ?? error}`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runIntegrationTests();
}
