// "Set API Key": asks for the key of the configured OpenAI-compatible endpoint and keeps it in SecretStorage, for that
// endpoint's origin only.
import * as vscode from 'vscode';
import { type ApiKeyStore, endpointOrigin } from '../secrets';
import { polishSettings } from '../settings';

export async function setApiKey(store: ApiKeyStore): Promise<void> {
  const { baseUrl } = polishSettings();
  const origin = endpointOrigin(baseUrl);
  if (!origin) {
    void vscode.window.showWarningMessage(vscode.l10n.t('"Clean Break › Polish: Base Url" is not an http or https URL: {0}', baseUrl));
    return;
  }
  const key = await vscode.window.showInputBox({
    title: vscode.l10n.t('Clean Break: API key for {0}', origin),
    prompt: vscode.l10n.t('Kept in VS Code\'s secret storage, never in settings, and sent only to {0}. Leave empty to remove the stored key.', origin),
    password: true,
    ignoreFocusOut: true,
  });
  if (key === undefined) return;
  if (key.trim() === '') {
    await store.clear(baseUrl);
    void vscode.window.showInformationMessage(vscode.l10n.t('The API key for {0} was removed.', origin));
  } else {
    await store.set(baseUrl, key.trim());
    void vscode.window.showInformationMessage(vscode.l10n.t('The API key for {0} is stored in VS Code\'s secret storage.', origin));
  }
}
