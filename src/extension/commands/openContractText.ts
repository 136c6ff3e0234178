// "Open Contract Text": shows the text of a PDF or Word contract (from the explorer, the active editor or a pick)
// in a read-only editor, highlighted like a Markdown contract.
import * as vscode from 'vscode';
import { isDocumentUri, openContractText } from '../contracts/contractDocuments';
import type { Services } from '../services';

/** The PDF or Word file a contract command is about: the one it was run on, the active one, or one the user picks. */
export async function pickDocument(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (resource instanceof vscode.Uri && isDocumentUri(resource)) return resource;
  const files = await vscode.workspace.findFiles('**/*.{pdf,docx,docm}', '**/node_modules/**', 500);
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Which PDF or Word contract?') },
  );
  return picked?.uri;
}

export async function openContractTextCommand(services: Services, resource?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const uri = await pickDocument(resource);
  const document = uri && (await openContractText(uri));
  if (!document) return undefined;
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  services.highlighter.scan(document);
  return editor;
}
