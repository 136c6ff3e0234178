// The built command line, run as a shell runs it, with a reader that goes away early: `clean-break scan *.md | head`.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLOSED_OUTPUT_EXIT_CODE } from '../../src/cli/main';

const root = process.cwd();
const cli = join(root, 'dist', 'cli.js');
const workspace = join(root, 'examples', 'freelancer');
const contract = join(workspace, 'contracts', 'northwind-msa.md');
const draftFile = join(root, 'test', 'core', 'lint', 'corpus', 'calibration', 'en', 'angry', '01-blame.txt');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with both outputs on pipes and closes the one named: at once, before the CLI writes anything, or
 * after its first chunk, as `head` does once it has its lines.
 */
function runClosing(args: string[], closed: 'stdout' | 'stderr', when: 'at-once' | 'after-first-chunk'): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    const text = { stdout: '', stderr: '' };
    const closing = child[closed];
    const open = closed === 'stdout' ? child.stderr : child.stdout;
    open.on('data', (chunk: Buffer) => (text[closed === 'stdout' ? 'stderr' : 'stdout'] += chunk.toString()));
    if (when === 'at-once') closing.destroy();
    else closing.once('data', () => closing.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...text }));
  });
}

function assertQuiet(outcome: Outcome, openStream: 'stdout' | 'stderr'): void {
  assert.equal(outcome.code, CLOSED_OUTPUT_EXIT_CODE, `${openStream}: ${outcome[openStream]}`);
  assert.doesNotMatch(outcome[openStream], /EPIPE|Error|\n\s+at /);
}

describe('clean-break with its output closed early', function () {
  this.timeout(20_000);

  it('stops quietly when `head` closes the pipe in the middle of a long scan', async () => {
    // Two hundred copies of a contract print far more than a pipe holds, so the CLI is still writing when it closes.
    const outcome = await runClosing(['scan', ...Array.from({ length: 200 }, () => contract)], 'stdout', 'after-first-chunk');
    assertQuiet(outcome, 'stderr');
    assert.equal(outcome.stderr, '');
  });

  const commands: [string, string[]][] = [
    ['check', ['check']],
    ['scan', ['scan', contract]],
    ['readiness', ['readiness', '--client', 'acme']],
    ['draft', ['draft', 'termination', '--client', 'bluefin', '--force']],
    ['lint', ['lint', draftFile]],
    ['--help', ['--help']],
  ];
  for (const [name, args] of commands) {
    it(`${name} stops quietly when its standard output is closed before it writes`, async () => {
      assertQuiet(await runClosing(args, 'stdout', 'at-once'), 'stderr');
    });
  }

  it('stops quietly when its standard error is closed before a message', async () => {
    const outcome = await runClosing(['frobnicate'], 'stderr', 'at-once');
    assertQuiet(outcome, 'stdout');
    assert.equal(outcome.stdout, '');
  });
});
