// The Problems panel gets what asks for action: a contract's notice that can no longer be met before the end date
// chosen in clients.yaml.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, extensionApi, readClients, waitFor, workspaceRoot } from './helpers';

/** YYYY-MM-DD, `days` from today in local time, as the extension counts. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('Notice deadlines in the Problems panel (inside VS Code)', () => {
  after(closeAllEditors);

  it('warns on the notice clause when the chosen end date comes before the contract notice allows, and clears when it no longer does', async () => {
    const api = await extensionApi();
    const original = readClients();
    // Earlier tests rewrite clients.yaml on disk; a write-back refuses to write over a change it has not read yet.
    const caughtUp = async () => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === clientsPath());
      return (await api.services.portfolio())?.snapshot.text === original && (!open || open.getText() === original);
    };
    await waitFor('VS Code and the extension to read clients.yaml as it is on disk', async () => ((await caughtUp()) ? true : undefined));
    const contract = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'northwind-msa.md'));
    const warnings = () => vscode.languages.getDiagnostics(contract).filter((d) => d.code === 'notice-too-short');
    assert.deepEqual(warnings(), [], 'no decision yet, nothing to act on');
    try {
      // Northwind's contract asks for 30 days of notice; ending in 10 days cannot meet it.
      const recorded = await vscode.commands.executeCommand(CommandId.recordDecision, { clientId: 'northwind' }, { reason: 'I no longer think my services meet your needs', endAfter: daysFromToday(10) });
      assert.equal(recorded, true);
      const [warning] = await waitFor('the notice warning', () => (warnings().length ? warnings() : undefined));
      assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(warning.message, /^Northwind Analytics Ltd: Ends on .*, sooner than the contract's 30 days of notice allow/);
      const document = await vscode.workspace.openTextDocument(contract);
      assert.match(document.getText(warning.range), /thirty \(30\) days/);
    } finally {
      writeFileSync(clientsPath(), original);
    }
    await waitFor('the warning to clear', () => (warnings().length === 0 ? true : undefined));
  });
});
