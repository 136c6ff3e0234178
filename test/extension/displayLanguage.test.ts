// One language in the interface: the tree, hovers and the outline speak VS Code's display language (English in this
// test VS Code), even for an Italian client and an Italian contract; only drafts speak the client's language.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientTreeNode } from '../../src/extension/clients/clientTree';
import { closeAllEditors, extensionApi, hoverText, workspaceRoot } from './helpers';

describe('One language in the interface (inside VS Code, display language English)', () => {
  after(closeAllEditors);

  async function acmeGroups() {
    const { tree } = await extensionApi();
    const acme = (await tree.getChildren()).find((node): node is Extract<ClientTreeNode, { type: 'client' }> => node.type === 'client' && node.entry.client.id === 'acme');
    assert.ok(acme, 'the sample has acme');
    assert.equal(acme.entry.client.language, 'it', 'acme is an Italian client');
    return { tree, groups: await tree.getChildren(acme) };
  }

  it("shows an Italian client's readiness checklist in the display language, not the client's", async () => {
    assert.equal(vscode.env.language, 'en');
    const { tree, groups } = await acmeGroups();
    const items = await tree.getChildren(groups[0]);
    const reason = (id: string) => {
      const node = items.find((n) => n.type === 'readiness' && n.item.id === id);
      assert.ok(node, id);
      return String(tree.getTreeItem(node).description);
    };
    assert.match(reason('cooling-off'), /^Decided on \d{1,2} November 2026, \d+ days ago: the cooling-off period is over\.$/);
    assert.match(reason('contract'), /^You may end it without cause; notice 30 days/);
    assert.match(reason('meeting'), /^A call is planned on 15 December 2026\.$/);
    assert.match(reason('notice'), /^Ends on \d{1,2} \w+ 202\d: 30 days of notice from today/);
    // Quotes from the contract stay in the contract's words; everything else speaks the display language.
    for (const node of items) assert.doesNotMatch(String(tree.getTreeItem(node).description).replace(/“[^”]*”/g, ''), /\b(?:Decisione|giorni|Nessun|Pagato|preavviso|Fine:)\b/);
  });

  it('names deliverable states and incident kinds in the display language, not as clients.yaml spells them', async () => {
    const { tree, groups } = await acmeGroups();
    const label = (node: ClientTreeNode) => tree.getTreeItem(node);
    const deliverables = await tree.getChildren(groups.find((g) => g.type === 'group' && g.group === 'deliverables'));
    assert.match(String(label(deliverables[0]).description), /^in progress · due 2026-12-18 · line \d+$/);
    const incidents = await tree.getChildren(groups.find((g) => g.type === 'group' && g.group === 'incidents'));
    assert.deepEqual(
      incidents.map((node) => String(label(node).label)),
      ['2026-10-07 · Messages after hours', '2026-10-21 · Vague feedback', '2026-11-03 · Scope creep', '2026-11-18 · Late payment'],
    );
  });

  it('explains the clauses of an Italian contract in the display language', async () => {
    const uri = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'acme-servizi.md'));
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().search(/recedere/i);
    assert.ok(offset >= 0, 'the Italian contract has a right to withdraw');
    const text = await hoverText(uri, document.positionAt(offset));
    assert.match(text, /\*\*(Termination for convenience|Notice period)\*\*/);
    assert.match(text, /A rule found|The trained model/);
    assert.doesNotMatch(text, /Una regola|modello addestrato|preavviso di/);
    assert.match(text, /Confidence \d+%/);
  });
});
