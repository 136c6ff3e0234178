// "Open Sample": copies the bundled sample workspace (a freelancer's clients.yaml and three contracts) into a
// folder the user picks, then opens it. It never overwrites: a folder that already has clients.yaml is refused.
import * as vscode from 'vscode';

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
  const existing = vscode.Uri.joinPath(target, 'clients.yaml');
  try {
    await vscode.workspace.fs.stat(existing);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already has a clients.yaml; the sample was not copied.', target.fsPath));
    return;
  } catch {
    // no clients.yaml there: safe to copy
  }
  const sample = vscode.Uri.joinPath(extensionUri, 'examples', 'freelancer');
  for (const [name] of await vscode.workspace.fs.readDirectory(sample)) {
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(sample, name), vscode.Uri.joinPath(target, name), { overwrite: false });
  }
  await vscode.commands.executeCommand('vscode.openFolder', target);
}
