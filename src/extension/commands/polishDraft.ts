// "Polish Draft": asks a language model to make the active draft read better, under the core's fact guard.
import * as vscode from 'vscode';
import type { Services } from '../services';

export async function polishDraft(services: Services): Promise<void> {
  const provider = vscode.workspace.getConfiguration('cleanBreak').get<string>('polish.provider', 'none');
  if (provider === 'none') {
    const open = vscode.l10n.t('Open Settings');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('No language model is configured. Set "Clean Break › Polish: Provider" to an OpenAI-compatible endpoint (OpenAI, Ollama, LM Studio) or to VS Code\'s models (Copilot).'),
      open,
    );
    if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', 'cleanBreak.polish');
    return;
  }
  if (!services.drafts.activeDraft()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Clean Break draft first.'));
  }
}
