// "Open Draft in Mail App": a mailto: link with the client's address, the subject and the body. The mail app
// opens with the message ready to review; nothing is sent from here.
import * as vscode from 'vscode';
import { core } from '../core';
import type { Services } from '../services';

/** Returns the link exactly as VS Code hands it on to the mail app. */
export async function openMailto(services: Services): Promise<string | undefined> {
  const active = services.drafts.activeDraft();
  if (!active) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Clean Break draft first.'));
    return undefined;
  }
  const link = core().mailtoLink(active.editor.document.getText(), active.info.to);
  // VS Code's opener passes a Uri on as encodeURI(uri.toString(true)), which turns %26, %3D and %2B back into &, =
  // and +, so "&bcc=…" in the text would add a recipient. A string it opens exactly as given (extHostWindow.openUri,
  // MainThreadWindow.$openUri, OpenerService), and the API's own code accepts one.
  await vscode.env.openExternal(link as unknown as vscode.Uri);
  return link;
}
