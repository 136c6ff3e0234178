import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../helpers';

// The time VS Code waits for Clean Break to activate: loading dist/extension.js and running activate(), timed
// from the extension host around the activation promise. Printed here; `npm run bench` runs this in several fresh
// VS Codes and reports the median (CLEAN_BREAK_ACTIVATION_RESULT names the file it reads the figures from).
// Beside it, a reference that moves with the machine, timed in the same process just before: JSON.parse of 1 MB.
const REFERENCE_JSON = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: `client-${i}`, hours: i % 200, paid: i % 3 === 0 })));

function elapsedMs(started: number): number {
  return performance.now() - started;
}

describe('Activation as VS Code waits for it (inside VS Code, cold)', () => {
  it('is not active in a workspace without clients.yaml until asked, then activates with its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in the test VS Code`);
    assert.equal(extension.isActive, false, 'nothing has activated the extension yet');

    const referenceStarted = performance.now();
    JSON.parse(REFERENCE_JSON);
    const referenceMs = elapsedMs(referenceStarted);

    const started = performance.now();
    await extension.activate();
    const activationMs = elapsedMs(started);

    assert.equal(extension.isActive, true);
    assert.ok((await vscode.commands.getCommands(true)).includes('cleanBreak.draftTermination'));
    console.log(`    activation took ${activationMs.toFixed(1)} ms (loading dist/extension.js and activate()); reference JSON.parse of ${(REFERENCE_JSON.length / 1e6).toFixed(1)} MB ${referenceMs.toFixed(1)} ms`);
    const resultFile = process.env.CLEAN_BREAK_ACTIVATION_RESULT;
    if (resultFile) writeFileSync(resultFile, JSON.stringify({ activationMs, referenceMs }));
  });
});
