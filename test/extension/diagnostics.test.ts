import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientsPath, closeAllEditors, extensionApi, waitFor } from './helpers';

describe('clients.yaml diagnostics (inside VS Code)', () => {
  after(closeAllEditors);

  it('shows a positioned problem in the Problems panel as the user types, and clears it when fixed', async () => {
    await extensionApi();
    const uri = vscode.Uri.file(clientsPath());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const text = document.getText();
    const offset = text.indexOf('status: active');
    const start = document.positionAt(offset + 'status: '.length);
    const range = new vscode.Range(start, start.translate(0, 'active'.length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, range, 'actve');
    assert.ok(await vscode.workspace.applyEdit(edit));

    const problem = await waitFor('a diagnostic on the broken status', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.message.includes('actve')),
    );
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line, start.line);
    assert.equal(problem.range.start.character, start.character);
    assert.match(problem.message, /prospect, active, winding-down, ended/);

    const undo = new vscode.WorkspaceEdit();
    undo.replace(uri, new vscode.Range(start, start.translate(0, 'actve'.length)), 'active');
    assert.ok(await vscode.workspace.applyEdit(undo));
    await waitFor('the diagnostic to clear', () => (vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('actve')) ? undefined : true));
    await document.save();
  });

  it('contributes the JSON Schema for Red Hat\'s YAML extension', async () => {
    const api = await extensionApi();
    const schema = vscode.Uri.joinPath(api.services.extensionUri, 'dist', 'clients.schema.json');
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(schema))) as { properties?: Record<string, unknown> };
    assert.ok(json.properties && 'clients' in json.properties && 'version' in json.properties);
  });
});
