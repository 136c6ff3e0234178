import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, hoverText, workspaceRoot } from './helpers';

describe('Contract highlights (inside VS Code)', () => {
  after(closeAllEditors);

  it('explains a clause on hover and shows the end date in a CodeLens', async () => {
    await extensionApi();
    const uri = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'northwind-msa.md'));
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(document.getText().indexOf('for convenience upon thirty (30) days'));
    const text = await hoverText(uri, position);
    assert.match(text, /Termination for convenience/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /^Notice 30 days → ends \d{1,2} [A-Z][a-z]+ \d{4} if given today$/.test(t)), titles.join('\n'));
  });
});
