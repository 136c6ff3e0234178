// Mocha's spec reporter, plus a JSON file of the run's counts (path in CLEAN_BREAK_RESULTS) so that `npm test`
// can add up unit, integration and UI tests into one closing line. A stage may run mocha more than once (the
// integration stage starts VS Code twice): each run adds its counts to the file's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as Mocha from 'mocha';

interface Counts {
  passed: number;
  failed: number;
  pending: number;
}

function countsSoFar(file: string): Counts {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Counts) : { passed: 0, failed: 0, pending: 0 };
}

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.CLEAN_BREAK_RESULTS;
      if (!file) return;
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const before = countsSoFar(file);
      const after: Counts = { passed: before.passed + stats.passes, failed: before.failed + stats.failures, pending: before.pending + stats.pending };
      writeFileSync(file, JSON.stringify(after));
    });
  }
}

export = CountingReporter;
