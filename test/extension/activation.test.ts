import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'clean-break.clean-break';

describe('Extension activation (inside VS Code)', () => {
  it('runs inside a real VS Code 1.100', () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} workbench)`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('activates in the sample workspace and reports its activation time', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test VS Code`);
    const api = (await extension.activate()) as { activationMs: number };
    assert.equal(extension.isActive, true);
    assert.equal(typeof api.activationMs, 'number');
    console.log(`    activation took ${api.activationMs.toFixed(1)} ms`);
  });

  it('registers every command it contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const contributed: string[] = (extension.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'the extension contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });
});
