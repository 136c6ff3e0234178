// Clause findings stay out of the Problems panel: the clauses are listed as document symbols (Outline, breadcrumbs),
// and come back as diagnostics only at Hint level, when the user asks for them.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { closeAllEditors, extensionApi, waitFor, workspaceRoot } from './helpers';

const CLAUSE_LABELS = new Set([
  'Termination for convenience',
  'Termination for cause',
  'Notice period',
  'Term and renewal',
  'After termination',
  'Termination fee',
  'Payment',
  'Deliverables',
  'Ownership of the work',
  'Limitation of liability',
]);

const contractUri = (file: string) => vscode.Uri.file(join(workspaceRoot(), 'contracts', file));

/** The clause symbols of a document; the Markdown extension adds its headings beside them. */
async function clauseSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
  return flat(symbols).filter((s) => CLAUSE_LABELS.has(s.name));
}

describe('Contract clauses in the outline, not in the Problems panel (inside VS Code)', () => {
  after(closeAllEditors);

  it('lists the clauses of a contract named in clients.yaml as document symbols, for Outline and breadcrumbs', async () => {
    await extensionApi();
    const uri = contractUri('northwind-msa.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const symbols = await waitFor('clause symbols', async () => {
      const found = await clauseSymbols(uri);
      return found.length ? found : undefined;
    });
    const termination = symbols.find((s) => s.name === 'Termination for convenience');
    assert.ok(termination, symbols.map((s) => s.name).join(', '));
    assert.match(document.getText(termination.range), /for convenience upon thirty \(30\) days/);
    assert.ok(termination.range.contains(termination.selectionRange));
    const notice = symbols.find((s) => s.name === 'Notice period' && s.detail === '30 days');
    assert.ok(notice, symbols.map((s) => `${s.name}: ${s.detail}`).join(', '));
    const starts = symbols.map((s) => document.offsetAt(s.range.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'in the order of the text');
  });

  for (const file of ['northwind-msa.md', 'acme-servizi.md', 'bluefin-sow.md']) {
    it(`keeps the clauses of ${file} out of the Problems panel, and brings them back as hints when asked`, async () => {
      const uri = contractUri(file);
      await vscode.window.showTextDocument(uri);
      const settings = vscode.workspace.getConfiguration('cleanBreak');
      await settings.update('highlights.clauseDiagnostics', true, vscode.ConfigurationTarget.Workspace);
      try {
        const hints = await waitFor('clause hints', () => {
          const found = vscode.languages.getDiagnostics(uri);
          return found.length ? found : undefined;
        });
        assert.ok(hints.every((d) => d.severity === vscode.DiagnosticSeverity.Hint), hints.map((d) => `${d.severity} ${d.message}`).join('\n'));
        assert.ok(hints.every((d) => CLAUSE_LABELS.has(d.message.split(/ \(| · /)[0])), hints.map((d) => d.message).join('\n'));
      } finally {
        await settings.update('highlights.clauseDiagnostics', undefined, vscode.ConfigurationTarget.Workspace);
      }
      // Back to the default, the same rendering leaves nothing for the Problems panel.
      await waitFor('no clause diagnostics', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined));
      assert.ok((await clauseSymbols(uri)).length > 0, 'the clauses are still in the outline');
    });
  }

  it('scans any Markdown file on request and follows edits in its outline', async () => {
    const uri = vscode.Uri.file(join(workspaceRoot(), 'notes.md'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Notes\n\nNothing about ending anything here.\n'));
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand(CommandId.scanContract);
    assert.deepEqual(await clauseSymbols(uri), []);
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), '\nEither party may terminate this agreement at any time on fourteen (14) days\' written notice.\n'));
    const symbols = await waitFor('the outline after typing', async () => {
      const found = await clauseSymbols(uri);
      return found.some((s) => s.detail === '14 days') ? found : undefined;
    });
    assert.ok(symbols.some((s) => s.name === 'Notice period'));
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
