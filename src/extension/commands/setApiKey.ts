// "Set API Key": asks for the key of the OpenAI-compatible endpoint and keeps it in SecretStorage.
import * as vscode from 'vscode';
import type { ApiKeyStore } from '../secrets';

export async function setApiKey(store: ApiKeyStore): Promise<void> {
  const key = await vscode.window.showInputBox({
    title: vscode.l10n.t('Clean Break: API key for the polish endpoint'),
    prompt: vscode.l10n.t('Kept in VS Code\'s secret storage, never in settings. Leave empty to remove the stored key.'),
    password: true,
    ignoreFocusOut: true,
  });
  if (key === undefined) return;
  if (key.trim() === '') {
    await store.clear();
    void vscode.window.showInformationMessage(vscode.l10n.t('The API key was removed.'));
  } else {
    await store.set(key.trim());
    void vscode.window.showInformationMessage(vscode.l10n.t('The API key is stored in VS Code\'s secret storage.'));
  }
}
