// "Create clients.yaml": writes a commented starter file, or opens the existing one; never overwrites.
import * as vscode from 'vscode';
import { CLIENTS_FILE_SETTING, clientsFileUri, isInWorkspace } from '../settings';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function createClientsFile(extensionUri: vscode.Uri): Promise<void> {
  const target = clientsFileUri();
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: clients.yaml lives in your workspace.'));
    return;
  }
  if (!isInWorkspace(target)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} points outside the workspace folder; Clean Break reads and writes only files inside it.', CLIENTS_FILE_SETTING));
    return;
  }
  if (await exists(target)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; opening it.', vscode.workspace.asRelativePath(target)));
  } else {
    const starter = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'templates', 'starter', 'clients.yaml'));
    await vscode.workspace.fs.writeFile(target, starter);
  }
  await vscode.window.showTextDocument(target);
}
