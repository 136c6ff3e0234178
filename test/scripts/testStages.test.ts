import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm test` judges each stage with scripts/test-stages.mjs; here it runs stages of fixture test files in mocha.
interface Stage {
  counts: { passed: number; failed: number; pending: number };
  line: string;
}
interface TestStages {
  mochaCommand(files: string[], extraArgs?: string[]): [string, string[]];
  runStage(name: string, command: string, args: string[], resultsFile: string, options?: { cwd?: string; stdio?: 'ignore' }): Stage;
}
// The runner is plain ESM shared with scripts/test.mjs; Node 20 can require it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stages = require(join(process.cwd(), 'scripts', 'test-stages.mjs')) as TestStages;

describe('npm test stages', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clean-break-stage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function stageOf(files: Record<string, string>): Stage {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const [command, args] = stages.mochaCommand(Object.keys(files).map((name) => join(dir, name)));
    return stages.runStage('fixture', command, args, join(dir, 'results.json'), { stdio: 'ignore' });
  }

  it('passes a stage whose tests pass, and names its pending tests in the line', () => {
    const stage = stageOf({ 'a.test.js': "describe('a', () => { it('passes', () => {}); it('is pending'); });" });
    assert.deepEqual(stage.counts, { passed: 1, failed: 0, pending: 1 });
    assert.match(stage.line, /^fixture +1 passed, 0 failed, 1 pending \(/);
  });

  it('fails a stage that runs no test', () => {
    const stage = stageOf({ 'empty.test.js': "describe('nothing here', () => {});" });
    assert.equal(stage.counts.failed, 1);
    assert.match(stage.line, /FAILED: no test ran/);
  });

  it('fails a stage that holds a .only, even when the test it singles out passes', () => {
    const stage = stageOf({ 'only.test.js': "describe('b', () => { it.only('passes', () => {}); it('is left out', () => { throw new Error('x'); }); });" });
    assert.ok(stage.counts.failed >= 1, stage.line);
  });

  it('counts every failing test', () => {
    const stage = stageOf({ 'c.test.js': "describe('c', () => { it('fails', () => { throw new Error('x'); }); it('fails too', () => { throw new Error('y'); }); });" });
    assert.deepEqual(stage.counts, { passed: 0, failed: 2, pending: 0 });
  });
});
