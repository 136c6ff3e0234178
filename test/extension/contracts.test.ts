import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { closeAllEditors, extensionApi, waitFor, workspaceRoot } from './helpers';

describe('Contract highlights (inside VS Code)', () => {
  after(closeAllEditors);

  it('marks the clauses of a contract named in clients.yaml as information diagnostics', async () => {
    await extensionApi();
    const uri = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'northwind-msa.md'));
    await vscode.window.showTextDocument(uri);
    const diagnostics = await waitFor('contract diagnostics', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length ? found : undefined;
    });
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.ok(diagnostics.some((d) => d.message.startsWith('Termination for convenience')), diagnostics.map((d) => d.message).join('\n'));
    assert.ok(diagnostics.some((d) => /^Notice period \(30 days\)/.test(d.message)));
  });

  it('explains a clause on hover and shows the end date in a CodeLens', async () => {
    const uri = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'northwind-msa.md'));
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(document.getText().indexOf('for convenience upon thirty (30) days'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Termination for convenience/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /^Notice 30 days → ends \d{4}-\d{2}-\d{2} if given today$/.test(t)), titles.join('\n'));
  });

  it('scans any Markdown file on request and follows edits', async () => {
    const uri = vscode.Uri.file(join(workspaceRoot(), 'notes.md'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Notes\n\nNothing about ending anything here.\n'));
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand(CommandId.scanContract);
    assert.equal(vscode.languages.getDiagnostics(uri).length, 0);
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), '\nEither party may terminate this agreement at any time on fourteen (14) days\' written notice.\n'));
    const diagnostics = await waitFor('diagnostics after typing', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.some((d) => /14 days/.test(d.message)) ? found : undefined;
    });
    assert.ok(diagnostics.length >= 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
