// "Convert Contract to Markdown": writes the text of a PDF or Word contract beside it as Markdown, for annotating.
// The copy's first line names the original and its SHA-256; an existing file is never replaced.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { CONTRACT_TEXT_SCHEME, originalOf, readContractOrSay } from '../contracts/contractDocuments';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { pickDocument } from './openContractText';

export async function convertContract(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const uri = await pickDocument(resource ?? (active?.scheme === CONTRACT_TEXT_SCHEME ? originalOf(active) : undefined));
  if (!uri) return undefined;
  const document = await readContractOrSay(uri);
  if (!document) return undefined;
  const exists = async (path: string) => {
    try {
      await vscode.workspace.fs.stat(uri.with({ path }));
      return true;
    } catch {
      return false;
    }
  };
  const target = uri.with({ path: await core().markdownCopyPath(uri.path, exists) });
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(core().markdownCopyText(basename(uri.path), document)));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Markdown copy could not be written to {0}: {1}', target.fsPath, core().errorText(error, displayLanguage())));
    return undefined;
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
