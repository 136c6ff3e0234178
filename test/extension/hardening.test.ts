// Hostile paths inside VS Code: a contract path that leads out of the workspace, a clientsFile setting that does,
// and write-back through a symbolic link. The diagnostics are positioned; nothing outside is read or written.
import * as assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, extensionApi, waitFor, workspaceRoot } from './helpers';

const SECRET = 'Either party may terminate this Agreement upon ninety (90) days written notice.\n';

describe('Hostile paths (inside VS Code)', () => {
  afterEach(closeAllEditors);

  it('puts an error on a contract path outside the workspace and reads nothing from it', async () => {
    const api = await extensionApi();
    writeFileSync(join(workspaceRoot(), '..', 'secret.md'), SECRET);
    const uri = vscode.Uri.file(clientsPath());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const written = 'contracts/acme-servizi.md';
    const start = document.positionAt(document.getText().indexOf(written));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(start, start.translate(0, written.length)), '../secret.md');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const problem = await waitFor('a diagnostic on the contract path', () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.code === 'clients/contract-refused'),
      );
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], [start.line, start.character]);
      assert.match(problem.message, /\.\.\/secret\.md is outside the workspace folder/);

      const portfolio = await waitFor('the reloaded clients', async () => {
        const current = await api.services.portfolio();
        return current?.entry('acme')?.client.contract === '../secret.md' ? current : undefined;
      });
      const acme = portfolio.entry('acme')!.client;
      assert.equal(portfolio.contractUri(acme), undefined);
      assert.deepEqual(await portfolio.contract(acme), { state: 'refused', path: '../secret.md', refusal: 'outside-workspace' });
      const contractItem = (await portfolio.readiness(acme)).items.find((item) => item.id === 'contract');
      assert.match(contractItem?.reason ?? '', /was not read: it is outside the workspace folder/);
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(uri, new vscode.Range(start, start.translate(0, '../secret.md'.length)), written);
      await vscode.workspace.applyEdit(back);
      await document.save();
    }
  });

  it('refuses a cleanBreak.clientsFile outside the workspace, with the error on the setting', async () => {
    const api = await extensionApi();
    const outside = join(workspaceRoot(), '..', 'elsewhere');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'clients.yaml'), readFileSync(clientsPath(), 'utf8'));
    const config = vscode.workspace.getConfiguration('cleanBreak');
    await config.update('clientsFile', '../elsewhere/clients.yaml', vscode.ConfigurationTarget.Workspace);
    const settings = vscode.Uri.file(join(workspaceRoot(), '.vscode', 'settings.json'));
    try {
      const problem = await waitFor('a diagnostic on the setting', () =>
        vscode.languages.getDiagnostics(settings).find((d) => d.code === 'settings/clients-file-outside'),
      );
      const text = readFileSync(settings.fsPath, 'utf8');
      const line = text.split('\n').findIndex((l) => l.includes('"cleanBreak.clientsFile"'));
      assert.equal(problem.range.start.line, line);
      assert.match(problem.message, /cleanBreak\.clientsFile points outside the workspace folder/);
      assert.equal(await api.services.clients.current(), undefined);
      const before = readFileSync(join(outside, 'clients.yaml'), 'utf8');
      await vscode.commands.executeCommand(CommandId.markInvoicePaid, { clientId: 'northwind' }, { number: '2026-052', paidOn: '2026-11-29' });
      assert.equal(readFileSync(join(outside, 'clients.yaml'), 'utf8'), before, 'the file outside was written');
    } finally {
      await config.update('clientsFile', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('clients.yaml back', async () => (await api.services.clients.current()) ?? undefined);
    }
    assert.equal(vscode.languages.getDiagnostics(settings).length, 0);
  });

  it('writes back through a symbolic link to clients.yaml: the link stays, its target changes', async () => {
    // A link no editor has opened, so the write goes through Clean Break's own store rather than an editor's save.
    const api = await extensionApi();
    const link = join(workspaceRoot(), 'linked-clients.yaml');
    const original = readFileSync(clientsPath(), 'utf8');
    symlinkSync('clients.yaml', link);
    const config = vscode.workspace.getConfiguration('cleanBreak');
    await config.update('clientsFile', 'linked-clients.yaml', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the linked clients.yaml', async () => ((await api.services.clients.current())?.uri.fsPath === link ? true : undefined));
      const result = await vscode.commands.executeCommand(CommandId.markInvoicePaid, { clientId: 'northwind' }, { number: '2026-052', paidOn: '2026-11-29' });
      assert.equal(result, true);
      assert.ok(lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
      assert.match(readFileSync(clientsPath(), 'utf8'), /number: "2026-052"\n(?:.*\n)*?\s+paidOn: 2026-11-29/);
    } finally {
      await config.update('clientsFile', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(link);
      writeFileSync(clientsPath(), original);
      await api.services.clients.reload();
    }
  });
});
