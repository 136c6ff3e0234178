import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, EXTENSION_ID, extensionApi, readClients, waitFor, workspaceRoot } from './helpers';

const fixture = (name: string) =>
  vscode.Uri.file(join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'test', 'core', 'import', 'fixtures', name));

/** The diff an import opened: clients.yaml on the left, what the import would make of it on the right. */
function importDiff(): vscode.TabInputTextDiff | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputTextDiff && input.modified.scheme === 'clean-break-import' ? input : undefined;
}

describe('Import commands (inside VS Code)', () => {
  let original: string;
  before(async () => {
    await extensionApi();
    original = readClients();
  });
  afterEach(closeAllEditors);
  // The other suites expect the sample as it was.
  after(async () => {
    writeFileSync(clientsPath(), original);
    await (await extensionApi()).services.clients.reload();
  });

  it('Import Hours shows a diff with the new hours and the alias it was told, and writes nothing before Apply', async () => {
    const shown = await vscode.commands.executeCommand(CommandId.importHours, fixture('toggl-detailed.csv'), { clients: { Internal: 'forno-bianco' } });
    assert.equal(shown, true);
    const diff = await waitFor('the import diff', importDiff);
    assert.equal(diff.original.fsPath, clientsPath());
    const proposed = (await vscode.workspace.openTextDocument(diff.modified)).getText();
    assert.match(proposed, /^ {4}hours: 264$/m);
    assert.match(proposed, /^ {4}aliases:\n {6}- Internal$/m);
    assert.match(proposed, /^ {4}hours: 12\.75$/m);
    assert.equal(readClients(), original, 'clients.yaml changed before Apply');

    assert.equal(await vscode.commands.executeCommand(CommandId.applyImport), true);
    assert.equal(readClients(), proposed);
    await waitFor('the diff to close', () => (importDiff() ? undefined : true));
    const snapshot = await (await extensionApi()).services.clients.current();
    assert.equal(snapshot?.loaded.data.clients.find((c) => c.id === 'acme')?.hours, 264);
  });

  it('importing the same export again changes nothing and opens no diff', async () => {
    const shown = await vscode.commands.executeCommand(CommandId.importHours, fixture('toggl-detailed.csv'), { clients: { Internal: null } });
    assert.equal(shown, false);
    assert.equal(importDiff(), undefined);
  });

  it('Import Mail proposes after-hours incidents; Apply refuses once clients.yaml changed meanwhile', async () => {
    const before = readClients();
    assert.equal(await vscode.commands.executeCommand(CommandId.importMail, fixture('mailbox.mbox')), true);
    const diff = await waitFor('the import diff', importDiff);
    assert.match((await vscode.workspace.openTextDocument(diff.modified)).getText(), /messageId: <logo-1@acme\.example>/);
    // The user types in clients.yaml after the preview: Apply must not write over it.
    const document = await vscode.workspace.openTextDocument(clientsPath());
    const typing = new vscode.WorkspaceEdit();
    typing.insert(document.uri, document.positionAt(document.getText().length), '# edited by hand\n');
    assert.ok(await vscode.workspace.applyEdit(typing));
    assert.equal(await vscode.commands.executeCommand(CommandId.applyImport), false);
    assert.equal(readClients(), before);
    assert.match(document.getText(), /# edited by hand\n$/);
    const untyping = new vscode.WorkspaceEdit();
    const end = document.positionAt(document.getText().length);
    untyping.delete(document.uri, new vscode.Range(document.positionAt(document.getText().length - '# edited by hand\n'.length), end));
    assert.ok(await vscode.workspace.applyEdit(untyping));
    await document.save();
    assert.equal(readClients(), before);
  });

  it('closing the import\'s diff drops the import: Apply, from the palette or a late notification, then writes nothing', async () => {
    const before = readClients();
    assert.equal(await vscode.commands.executeCommand(CommandId.importMail, fixture('mailbox.mbox')), true);
    await waitFor('the import diff', importDiff);
    await closeAllEditors();
    assert.equal(await vscode.commands.executeCommand(CommandId.applyImport), false);
    assert.equal(readClients(), before);
  });

  it("a late notification's Apply applies its own import only, never one that replaced it", async () => {
    const before = readClients();
    assert.equal(await vscode.commands.executeCommand(CommandId.importMail, fixture('mailbox.mbox')), true);
    const first = (await waitFor('the first import diff', importDiff)).modified;
    // A second import replaces the first one's preview.
    writeFileSync(
      join(workspaceRoot(), 'more-hours.csv'),
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n' +
        'Giulia Rossi,giulia@rossistudio.example,Bluefin Travel,Web,,Call,Yes,2026-11-30,10:00:00,2026-11-30,11:00:00,01:00:00,,50.00\n',
    );
    assert.equal(await vscode.commands.executeCommand(CommandId.importHours, vscode.Uri.file(join(workspaceRoot(), 'more-hours.csv')), { clients: {} }), true);
    const second = await waitFor('the second import diff', () => {
      const diff = importDiff();
      return diff && diff.modified.toString() !== first.toString() ? diff.modified : undefined;
    });
    assert.equal(await vscode.commands.executeCommand(CommandId.applyImport, first), false);
    assert.equal(readClients(), before);
    assert.equal(await vscode.commands.executeCommand(CommandId.applyImport, second), true);
    assert.notEqual(readClients(), before);
    writeFileSync(clientsPath(), before);
    await (await extensionApi()).services.clients.reload();
  });

  it('Import Invoices names the row it cannot read and writes nothing', async () => {
    const bad = join(workspaceRoot(), 'bad-invoices.csv');
    writeFileSync(bad, 'Number,Client,Amount\n2026-090,bluefin,a lot\n');
    const before = readClients();
    assert.equal(await vscode.commands.executeCommand(CommandId.importInvoices, vscode.Uri.file(bad)), false);
    assert.equal(importDiff(), undefined);
    assert.equal(readClients(), before);
  });
});
