// Shared by the integration tests: the extension's API, the sample workspace's files, and waiting for VS Code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientTreeNode } from '../../src/extension/clients/clientTree';
import type { CleanBreakApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'clean-break.clean-break';

export async function extensionApi(): Promise<CleanBreakApi> {
  const extension = vscode.extensions.getExtension<CleanBreakApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the test VS Code`);
  return extension.activate();
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the sample workspace open');
  return folder.uri.fsPath;
}

export const clientsPath = (): string => join(workspaceRoot(), 'clients.yaml');
export const readClients = (): string => readFileSync(clientsPath(), 'utf8');

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Asserts that `after` is `before` with one region replaced, and returns that region of each. */
export function changedRegion(before: string, after: string): { removed: string; added: string; start: number } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { removed: before.slice(start, before.length - tail), added: after.slice(start, after.length - tail), start };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of the hovers at a position, once there are any, with the escapes Markdown's appendText adds undone. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  // A contract is highlighted once clients.yaml, which names it, has been read.
  const hovers = await waitFor('a hover', async () => {
    const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return found.length ? found : undefined;
  });
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\(.)/g, '$1');
}

/** A deliverable's node in the Clients tree and the item VS Code shows for it, once the tree lists the clients. */
export async function deliverableInTree(clientId: string, title: string): Promise<vscode.TreeItem> {
  const { tree } = await extensionApi();
  const roots = await waitFor('clients', async () => ((await tree.getChildren()).length ? tree.getChildren() : undefined));
  const client = roots.find((n) => n.type === 'client' && n.entry.client.id === clientId)!;
  const group = (await tree.getChildren(client)).find((n) => n.type === 'group' && n.group === 'deliverables')!;
  const items = await tree.getChildren(group);
  return tree.getTreeItem(items.find((n): n is Extract<ClientTreeNode, { type: 'deliverable' }> => n.type === 'deliverable' && n.deliverable.title === title)!);
}
