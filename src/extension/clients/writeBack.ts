// Applies one of the core's write-back edits to clients.yaml. When the file is open in an editor, the change is a
// single minimal edit to that document, so unsaved typing elsewhere is never lost; it is saved only when the document
// had no unsaved changes before, so half-typed edits are never written to disk behind the user's back. Otherwise the
// core's store writes through a temporary file and refuses when the file changed on disk since it was read.
import * as vscode from 'vscode';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import type { ClientsModel } from './clientsModel';

export type TextEdit = (text: string) => string;

/** Returns true when the change was written; shows the reason and returns false otherwise. */
export async function writeBack(model: ClientsModel, edit: TextEdit): Promise<boolean> {
  const snapshot = await model.current();
  if (!snapshot) {
    void vscode.window.showErrorMessage(vscode.l10n.t('There is no clients.yaml to write to. Run "Clean Break: Create clients.yaml" first.'));
    return false;
  }
  try {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === snapshot.uri.toString());
    if (open) {
      const before = open.getText();
      const hadUnsavedChanges = open.isDirty;
      const replacement = core().minimalReplacement(before, edit(before));
      const workspaceEdit = new vscode.WorkspaceEdit();
      workspaceEdit.replace(open.uri, new vscode.Range(open.positionAt(replacement.start), open.positionAt(replacement.end)), replacement.text);
      if (!(await vscode.workspace.applyEdit(workspaceEdit))) throw new Error(vscode.l10n.t('the editor refused the change'));
      if (!hadUnsavedChanges) await open.save();
      else void vscode.window.showInformationMessage(vscode.l10n.t('The change was made in clients.yaml, which has other unsaved changes: save it when they are ready.'));
    } else {
      // The edit is made to the text the user last saw; if the file changed since, nothing is written.
      const { text, stamp } = core().readStamped(snapshot.uri.fsPath);
      if (text !== snapshot.text) throw new Error(vscode.l10n.t('it changed on disk since it was read; check it and try again'));
      core().writeStamped(snapshot.uri.fsPath, edit(text), stamp);
    }
  } catch (error) {
    const open = vscode.l10n.t('Open clients.yaml');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('clients.yaml was not changed: {0}', core().errorText(error, displayLanguage())), open)
      .then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(snapshot.uri);
      });
    return false;
  }
  await model.reload();
  return true;
}
