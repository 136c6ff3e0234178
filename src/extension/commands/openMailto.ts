// "Open Draft in Mail App": a mailto: link with the client's address, the subject and the body. The mail app
// opens with the message ready to review; nothing is sent from here.
import * as vscode from 'vscode';
import { core } from '../core';
import type { Services } from '../services';

export async function openMailto(services: Services): Promise<vscode.Uri | undefined> {
  const active = services.drafts.activeDraft();
  if (!active) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Clean Break draft first.'));
    return undefined;
  }
  const uri = vscode.Uri.parse(core().mailtoLink(active.editor.document.getText(), active.info.to), true);
  await vscode.env.openExternal(uri);
  return uri;
}
