// One language in the interface, with VS Code in Italian: the tree, hovers, the outline and the problems of
// clients.yaml speak Italian ("tu") for every client, an English one included; only drafts speak the client's
// language. Runs in the Italian pass only.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientTreeNode } from '../../src/extension/clients/clientTree';
import { clientsPath, closeAllEditors, extensionApi, hoverText, waitFor, workspaceRoot } from './helpers';

type ClientNode = Extract<ClientTreeNode, { type: 'client' }>;

describe('Interfaccia in italiano (inside VS Code, display language Italian)', () => {
  after(closeAllEditors);

  async function groupsOf(id: string) {
    const { tree } = await extensionApi();
    const client = (await tree.getChildren()).find((node): node is ClientNode => node.type === 'client' && node.entry.client.id === id);
    assert.ok(client, id);
    return { tree, client, groups: await tree.getChildren(client) };
  }

  async function readiness(id: string): Promise<Map<string, { label: string; reason: string }>> {
    const { tree, groups } = await groupsOf(id);
    const items = await tree.getChildren(groups[0]);
    return new Map(items.flatMap((node) => (node.type === 'readiness' ? [[node.item.id, { label: String(tree.getTreeItem(node).label), reason: String(tree.getTreeItem(node).description) }]] : [])));
  }

  it('runs with VS Code in Italian', () => {
    assert.equal(vscode.env.language, 'it');
  });

  it("shows an English client's readiness in Italian, speaking to the user as tu", async () => {
    const { client } = await groupsOf('northwind');
    assert.equal(client.entry.client.language, 'en');
    const items = await readiness('northwind');
    assert.equal(items.get('cooling-off')?.label, 'Periodo di riflessione');
    assert.equal(items.get('cooling-off')?.reason, 'Nessuna decisione registrata: indica decision.decidedOn, poi aspetta 3 giorni prima di agire.');
    assert.match(items.get('contract')?.reason ?? '', /^Puoi recedere senza giusta causa; preavviso 30 giorni/);
    assert.match(items.get('meeting')?.reason ?? '', /non smettere semplicemente di rispondere; fissane uno/);
  });

  it("shows an Italian client's readiness, states and incidents in Italian", async () => {
    const items = await readiness('acme');
    assert.match(items.get('cooling-off')?.reason ?? '', /^Decisione presa \d+ giorni fa \(20 novembre 2026\): il periodo di riflessione è finito\.$/);
    const { tree, groups } = await groupsOf('acme');
    const deliverables = await tree.getChildren(groups.find((g) => g.type === 'group' && g.group === 'deliverables'));
    assert.match(String(tree.getTreeItem(deliverables[0]).description), /^in corso · scadenza 2026-12-18 · riga \d+$/);
    const incidents = await tree.getChildren(groups.find((g) => g.type === 'group' && g.group === 'incidents'));
    assert.equal(String(tree.getTreeItem(incidents[0]).label), '2026-10-07 · Messaggi fuori orario');
  });

  it('explains and outlines the clauses of a contract in Italian', async () => {
    const uri = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'northwind-msa.md'));
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(document.getText().indexOf('for convenience upon thirty (30) days'));
    const text = await hoverText(uri, position);
    assert.match(text, /\*\*Recesso senza giusta causa\*\*/);
    assert.match(text, /Una regola ha trovato un diritto di recesso senza giusta causa/);
    assert.match(text, /Affidabilità \d+%/);
    assert.doesNotMatch(text, /A rule found|trained model|Confidence/);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    assert.ok(symbols.some((s) => s.name === 'Periodo di preavviso' && s.detail === '30 giorni'), symbols.map((s) => `${s.name}: ${s.detail}`).join(', '));
  });

  it('says what is wrong in clients.yaml in Italian, in the Problems panel, at the same place', async () => {
    await extensionApi();
    const uri = vscode.Uri.file(clientsPath());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const start = document.positionAt(document.getText().indexOf('status: active') + 'status: '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(start, start.translate(0, 'active'.length)), 'actve');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const problem = await waitFor('a diagnostic on the broken status', () => vscode.languages.getDiagnostics(uri).find((d) => d.message.includes('actve')));
      assert.equal(problem.message, 'status: actve — serve uno tra prospect, active, winding-down, ended; forse intendevi "active"?');
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], [start.line, start.character]);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(uri, new vscode.Range(start, start.translate(0, 'actve'.length)), 'active');
      assert.ok(await vscode.workspace.applyEdit(undo));
      await document.save();
    }
    await waitFor('the diagnostic to clear', () => (vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('actve')) ? undefined : true));
  });

  it("speaks Italian on a scope's emails: the hover with sender and date, the CodeLens, the encoded email's note", async () => {
    const email = (name: string) => vscode.Uri.file(join(workspaceRoot(), 'scope', 'lago-eventi', name));
    const document = await vscode.workspace.openTextDocument(email('02-proposta.eml'));
    const text = await hoverText(email('02-proposta.eml'), document.positionAt(document.getText().indexOf('Biglietteria online:') + 3));
    assert.match(text, /Nell'email di Giulia Rossi <giulia@rossistudio\.example> del 12 novembre 2026/);
    const lenses = async (name: string) => {
      await vscode.workspace.openTextDocument(email(name));
      return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', email(name))).map((l) => l.command?.title ?? '');
    };
    assert.ok((await lenses('02-proposta.eml')).some((t) => t.startsWith('Si basa su 3 email, non su un contratto firmato · ')));
    assert.ok((await lenses('03-conferma.eml')).some((t) => t.startsWith('Questa email è codificata nel suo file')));
  });
});
