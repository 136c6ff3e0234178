// Mocha's spec reporter, plus a JSON file of the run's counts (path in CLEAN_BREAK_RESULTS) so that `npm test`
// can add up unit, integration and UI tests into one closing line.
import { writeFileSync } from 'node:fs';
import * as Mocha from 'mocha';

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.CLEAN_BREAK_RESULTS;
      if (!file) return;
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      writeFileSync(file, JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }));
    });
  }
}

export = CountingReporter;
