// Reveals a clause in its contract, from the Contract branch of the client tree.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { offsetRange } from '../positions';

export async function revealClause(services: Services, uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  services.highlighter.scan(document);
  const range = offsetRange(document, start, end);
  const editor = await vscode.window.showTextDocument(document, { preview: true, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
