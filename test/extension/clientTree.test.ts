import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientTreeNode } from '../../src/extension/clients/clientTree';
import { extensionApi, waitFor } from './helpers';

async function label(node: ClientTreeNode): Promise<string> {
  const item = (await extensionApi()).tree.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Clients tree (inside VS Code)', () => {
  it('lists every client of the sample clients.yaml', async () => {
    const { tree } = await extensionApi();
    const roots = await waitFor('clients in the tree', async () => {
      const nodes = await tree.getChildren();
      return nodes.length ? nodes : undefined;
    });
    const names = await Promise.all(roots.map(label));
    assert.deepEqual(names, ['ACME S.p.A.', 'Northwind Analytics Ltd', 'Bluefin Travel', 'Studio Verdi Architetti', 'Harbor Labs Inc.', 'Forno Bianco', 'Lago Eventi S.r.l.']);
  });

  it('badges the costly client and shows what a client owes', async () => {
    const { tree } = await extensionApi();
    const roots = await tree.getChildren();
    const description = (i: number) => String(tree.getTreeItem(roots[i]).description ?? '');
    assert.match(description(0), /costly/);
    assert.doesNotMatch(description(3), /costly/);
    assert.match(description(1), /4[.,]000/); // Northwind: two unpaid invoices, 2,400 + 1,600
    const tooltip = tree.getTreeItem(roots[0]).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /trouble/);
  });

  it('shows readiness, contract, deliverables, invoices and incidents under a client', async () => {
    const { tree } = await extensionApi();
    const [acme] = await tree.getChildren();
    const groups = await tree.getChildren(acme);
    assert.deepEqual(await Promise.all(groups.map(label)), ['Readiness', 'Contract', 'Deliverables', 'Invoices', 'Incidents']);
    const readiness = await tree.getChildren(groups[0]);
    assert.equal(readiness.length, 8);
    const icons = readiness.map((node) => (tree.getTreeItem(node).iconPath as vscode.ThemeIcon).id);
    assert.ok(icons.every((id) => ['pass', 'warning', 'error'].includes(id)), icons.join(','));
    const meeting = readiness.find((node) => node.type === 'readiness' && node.item.id === 'meeting');
    assert.ok(meeting);
    assert.equal(tree.getTreeItem(meeting).checkboxState !== undefined, true, 'the meeting item is a checkbox');
    const clauses = await tree.getChildren(groups[1]);
    const clauseLabels = await Promise.all(clauses.map(label));
    assert.ok(clauseLabels.includes('Notice period'), clauseLabels.join(', '));
    const notice = clauses.find((node) => node.type === 'clause' && node.span.kind === 'notice');
    assert.equal(tree.getTreeItem(notice!).description, '30 days');
  });
});
