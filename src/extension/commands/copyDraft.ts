// "Copy Draft as Plain Text": the draft without Markdown markup, ready to paste into any mail client.
import * as vscode from 'vscode';
import { core } from '../core';
import type { Services } from '../services';

export async function copyDraft(services: Services): Promise<string | undefined> {
  const active = services.drafts.activeDraft();
  if (!active) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Clean Break draft first.'));
    return undefined;
  }
  const text = core().toPlainText(active.editor.document.getText());
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Draft copied as plain text'), 3000);
  return text;
}
