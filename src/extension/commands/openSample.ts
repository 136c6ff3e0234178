// "Open Sample": copies the bundled sample workspace (a freelancer's clients.yaml and three contracts) into a
// folder the user picks, then opens it. It never overwrites: a folder that already holds any of the sample's top-level
// names (clients.yaml, contracts/, ...) is refused before anything is copied, so no copy stops half-way.
import * as vscode from 'vscode';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';

export async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Copy the sample here'),
    title: vscode.l10n.t('Choose an empty folder for the Clean Break sample'),
  });
  const target = picked?.[0];
  if (!target) return;
  const sample = vscode.Uri.joinPath(extensionUri, 'examples', 'freelancer');
  const names = (await vscode.workspace.fs.readDirectory(sample)).map(([name]) => name);
  const taken: string[] = [];
  for (const name of names) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(target, name));
      taken.push(name);
    } catch {
      // not there: free to copy
    }
  }
  if (taken.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already has {1}; the sample was not copied. Choose an empty folder.', target.fsPath, taken.join(', ')));
    return;
  }
  try {
    for (const name of names) await vscode.workspace.fs.copy(vscode.Uri.joinPath(sample, name), vscode.Uri.joinPath(target, name), { overwrite: false });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The sample could not be copied to {0}: {1}', target.fsPath, core().errorText(error, displayLanguage())));
    return;
  }
  await vscode.commands.executeCommand('vscode.openFolder', target);
}
