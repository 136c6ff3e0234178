import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, extensionApi, readClients, workspaceRoot } from './helpers';

describe('Workspace commands (inside VS Code)', () => {
  afterEach(closeAllEditors);

  it('Create clients.yaml opens the existing file instead of overwriting it', async () => {
    await extensionApi();
    const before = readClients();
    await vscode.commands.executeCommand(CommandId.createClientsFile);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, clientsPath());
    assert.equal(readClients(), before);
  });

  it('Refresh Clients reloads clients.yaml', async () => {
    await extensionApi();
    const snapshot = await vscode.commands.executeCommand<{ loaded: { data: { clients: unknown[] } } }>(CommandId.refreshClients);
    assert.equal(snapshot.loaded.data.clients.length, 7);
  });

  it('reveals a clause from the tree in its contract, selected', async () => {
    const { tree } = await extensionApi();
    const [acme] = await tree.getChildren();
    const contract = (await tree.getChildren(acme)).find((node) => node.type === 'group' && node.group === 'contract');
    assert.ok(contract);
    const [clause] = await tree.getChildren(contract);
    assert.ok(clause && clause.type === 'clause');
    const item = tree.getTreeItem(clause);
    assert.equal(item.command?.command, CommandId.revealClause);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, join(workspaceRoot(), 'contracts', 'acme-servizi.md'));
    assert.equal(editor.document.offsetAt(editor.selection.start), clause.span.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), clause.span.end);
  });

  it('Show Readiness and the client commands ask for a client when none is given, and do nothing if the user cancels', async () => {
    await extensionApi();
    const before = readClients();
    const running = vscode.commands.executeCommand(CommandId.recordDecision);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, false);
    assert.equal(readClients(), before);
  });
});
