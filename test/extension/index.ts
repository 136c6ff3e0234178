// Entry point the VS Code extension host calls (extensionTestsPath): runs every *.test.js under this folder but
// coldStart/, which runs on its own in a workspace where the extension is not yet active (coldStart/index.ts); with
// CLEAN_BREAK_TEST_LOCALE=it (VS Code in Italian) only the *.it.test.js files, which the English run leaves out.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import Mocha from 'mocha';
import CountingReporter from '../support/countingReporter';

const COLD_START = join(__dirname, 'coldStart');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .filter((entry) => entry.name.endsWith('.it.test.js') === (process.env.CLEAN_BREAK_TEST_LOCALE === 'it'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => dir === COLD_START || !file.startsWith(COLD_START + sep))
    .sort();
}

/** Runs the tests under `dir` in mocha, with `.only` forbidden and the counts reported to `npm test`. */
export function runTestsIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: CountingReporter, forbidOnly: true });
  for (const file of testFiles(dir)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
