import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, EXTENSION_ID } from './helpers';
import { CommandId } from '../../src/extension/commands/ids';

describe('Extension activation (inside VS Code)', () => {
  it('runs inside a real VS Code 1.100', () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} workbench)`);
    assert.match(vscode.version, /^1\.100\.\d+/);
  });

  it('activates in the sample workspace, which holds a clients.yaml', async () => {
    const api = await extensionApi();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.ok(api.services && api.tree);
  });

  it('registers every command it contributes, and contributes every command id it defines', async () => {
    await extensionApi();
    const packageJson = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string }[] } };
    const contributed = packageJson.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandId).sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });
});
