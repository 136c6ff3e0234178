// Activation: registers the views and commands, and nothing more, so that activation stays cheap.
// Every registration goes through context.subscriptions so that deactivation disposes it.
import * as vscode from 'vscode';
import { createClientsFile } from './commands/createClientsFile';
import { CommandId } from './commands/ids';

export interface CleanBreakApi {
  /** How long activate() took, in milliseconds; the integration tests report it. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): CleanBreakApi {
  const started = performance.now();
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('cleanBreak.clients', { getTreeItem: (item: vscode.TreeItem) => item, getChildren: () => [] }),
    vscode.commands.registerCommand(CommandId.refreshClients, () => undefined),
    vscode.commands.registerCommand(CommandId.createClientsFile, () => createClientsFile(context.extensionUri)),
    vscode.commands.registerCommand(CommandId.openSample, () => undefined),
  );
  return { activationMs: performance.now() - started };
}

export function deactivate(): void {}
