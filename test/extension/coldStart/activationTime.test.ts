import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../helpers';

// The time VS Code waits for Clean Break to activate: loading dist/extension.js, VS Code's own work to activate
// an extension, and activate(), timed from the extension host around the activation promise. A window activates
// other extensions first; here an extension that does nothing (fixtures/activation-reference, installed twice by
// scripts/run-integration.mjs) is activated first, taking the host's one-off costs of a first activation. Beside
// Clean Break, two references timed in the same host just before it: the same do-nothing extension under its
// other name (the floor any activation stands on), and JSON.parse of about 1 MB. Printed here; `npm run bench`
// runs this in several fresh VS Codes and reports medians (CLEAN_BREAK_ACTIVATION_RESULT names the file it reads
// the figures from).
const WARM_UP_EXTENSION_ID = 'clean-break-test.activation-warm-up';
const REFERENCE_EXTENSION_ID = 'clean-break-test.activation-reference';
const REFERENCE_JSON = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: `client-${i}`, hours: i % 200, paid: i % 3 === 0 })));

async function timedMs(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function inactive(id: string): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(id);
  assert.ok(extension, `${id} is installed in the test VS Code`);
  assert.equal(extension.isActive, false, `nothing has activated ${id} yet`);
  return extension;
}

describe('Activation as VS Code waits for it (inside VS Code, cold)', () => {
  it('is not active in a workspace without clients.yaml until asked, then activates with its commands', async () => {
    const cleanBreak = inactive(EXTENSION_ID);
    const warmUp = inactive(WARM_UP_EXTENSION_ID);
    const reference = inactive(REFERENCE_EXTENSION_ID);

    const firstActivationMs = await timedMs(() => warmUp.activate());
    const emptyExtensionMs = await timedMs(() => reference.activate());
    const jsonParseMs = await timedMs(() => JSON.parse(REFERENCE_JSON));
    const activationMs = await timedMs(() => cleanBreak.activate());

    assert.equal(cleanBreak.isActive, true);
    assert.ok((await vscode.commands.getCommands(true)).includes('cleanBreak.draftTermination'));
    console.log(`    activation took ${activationMs.toFixed(1)} ms; an extension that does nothing ${emptyExtensionMs.toFixed(1)} ms (the host's first activation ${firstActivationMs.toFixed(1)} ms); JSON.parse of ${(REFERENCE_JSON.length / 1e6).toFixed(1)} MB ${jsonParseMs.toFixed(1)} ms`);
    const resultFile = process.env.CLEAN_BREAK_ACTIVATION_RESULT;
    if (resultFile) writeFileSync(resultFile, JSON.stringify({ activationMs, emptyExtensionMs, firstActivationMs, jsonParseMs }));
  });
});
