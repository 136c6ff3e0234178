// Entry point the VS Code extension host calls (extensionTestsPath): runs every *.test.js beside this file; with
// CLEAN_BREAK_TEST_LOCALE=it (VS Code in Italian) only the *.it.test.js files, which the English run leaves out.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import CountingReporter from '../support/countingReporter';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .filter((entry) => entry.name.endsWith('.it.test.js') === (process.env.CLEAN_BREAK_TEST_LOCALE === 'it'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: CountingReporter });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
