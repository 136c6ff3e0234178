import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { changedRegion, clientsPath, closeAllEditors, extensionApi, readClients } from './helpers';

/** Runs a write-back command and returns clients.yaml before and after it. */
async function around(run: () => Thenable<unknown>): Promise<{ before: string; after: string; result: unknown }> {
  await extensionApi();
  const before = readClients();
  const result = await run();
  return { before, after: readClients(), result };
}

describe('Write-back commands (inside VS Code)', () => {
  before(closeAllEditors);

  it('Record Decision adds the decision to the client and leaves every other byte as it was', async () => {
    const { before, after, result } = await around(() =>
      vscode.commands.executeCommand(CommandId.recordDecision, { clientId: 'northwind' }, { reason: 'I no longer think my services meet your needs', endAfter: 'deliverable:Reporting dashboard v2' }),
    );
    assert.equal(result, true);
    const { removed, added } = changedRegion(before, after);
    assert.equal(removed, '');
    assert.match(added, /decision:/);
    assert.match(added, /reason: I no longer think my services meet your needs/);
    assert.match(added, /endAfter: "?deliverable:Reporting dashboard v2"?/);
    // The insertion lands inside Northwind's entry, after its incidents and before Bluefin's comment.
    const at = after.indexOf(added);
    assert.ok(at > after.indexOf('id: northwind') && at < after.indexOf('# Paid in advance'), 'the decision belongs to northwind');
  });

  it('Mark Invoice Paid sets paidOn on that invoice only', async () => {
    const { before, after } = await around(() =>
      vscode.commands.executeCommand(CommandId.markInvoicePaid, { clientId: 'northwind' }, { number: '2026-047', paidOn: '2026-11-29' }),
    );
    const { removed, added, start } = changedRegion(before, after);
    assert.equal(removed, '');
    assert.match(added, /paidOn: 2026-11-29/);
    assert.ok(start > before.indexOf('number: "2026-047"') && start < before.indexOf('number: "2026-052"'));
  });

  it('Mark Deliverable Delivered changes only that deliverable\'s status', async () => {
    const { before, after } = await around(() =>
      vscode.commands.executeCommand(CommandId.markDelivered, { clientId: 'bluefin' }, { title: 'Brand guide handover' }),
    );
    const { removed, added, start } = changedRegion(before, after);
    assert.equal(`${removed}→${added}`, 'in-progress→delivered');
    assert.ok(start > before.indexOf('title: Brand guide handover'));
  });

  it('Log Incident appends to the client\'s incidents', async () => {
    const { before, after } = await around(() =>
      vscode.commands.executeCommand(CommandId.logIncident, { clientId: 'forno-bianco' }, { kind: 'scope-creep', note: 'Asked for an online shop', hours: 2 }),
    );
    const { removed, added } = changedRegion(before, after);
    assert.equal(removed, '');
    assert.match(added, /incidents:/);
    assert.match(added, /kind: scope-creep/);
    assert.match(added, /note: Asked for an online shop/);
  });

  it('updates the tree after a write-back', async () => {
    const { tree } = await extensionApi();
    const roots = await tree.getChildren();
    const forno = roots.find((node) => node.type === 'client' && node.entry.client.id === 'forno-bianco');
    assert.ok(forno && forno.type === 'client');
    assert.equal(forno.entry.client.incidents.length, 1);
  });

  it('makes the change in an open clients.yaml with unsaved typing, and writes neither to disk behind the user\'s back', async () => {
    await extensionApi();
    const onDisk = readClients();
    const document = await vscode.workspace.openTextDocument(clientsPath());
    await vscode.window.showTextDocument(document);
    const typing = new vscode.WorkspaceEdit();
    typing.insert(document.uri, document.positionAt(document.getText().length), '# half-typed note\n');
    assert.ok(await vscode.workspace.applyEdit(typing));
    const result = await vscode.commands.executeCommand(CommandId.markInvoicePaid, { clientId: 'northwind' }, { number: '2026-052', paidOn: '2026-12-01' });
    assert.equal(result, true);
    assert.equal(readClients(), onDisk, 'clients.yaml was saved with the unsaved typing');
    assert.ok(document.isDirty);
    assert.match(document.getText(), /# half-typed note\n$/);
    assert.match(document.getText(), /number: "2026-052"[\s\S]*?paidOn: 2026-12-01/);
    // Back as it was on disk, for the suites after this one.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
    assert.equal(readClients(), onDisk);
  });

  it('refuses to write when the open clients.yaml cannot take the change, and says why', async () => {
    const result = await vscode.commands.executeCommand(CommandId.markDelivered, { clientId: 'bluefin' }, { title: 'No such deliverable' });
    assert.equal(result, false);
  });
});
