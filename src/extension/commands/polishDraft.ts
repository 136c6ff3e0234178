// "Polish Draft": asks the configured language model to make the active draft read better. The reply streams into
// a read-only diff beside the draft; the core's guard accepts it only if every fact survives and the tone is no
// worse, and even then the draft is replaced only when the user says so. Nothing is ever lost: on any failure the
// draft stays as it was, and the user is told exactly why.
import * as vscode from 'vscode';
import type { PolishProvider, PolishRequest } from '../../core/polish/providers';
import type { PolishResult } from '../../core/polish/polish';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { VsCodeLmProvider } from '../polish/vscodeLmProvider';
import type { PolishPreviews } from '../polish/polishPreview';
import { type ConfirmWorkspaceSettings, effectivePolishSettings } from '../polish/workspaceConsent';
import type { Services } from '../services';
import type { PolishSettings } from '../settings';

export interface PolishOptions {
  /** Replace the draft with an accepted polish without asking (true) or keep it (false): for tests and keybindings. */
  accept?: boolean;
  /** Answers whether the workspace's own polish settings may apply, instead of asking: for tests. */
  confirmWorkspaceSettings?: ConfirmWorkspaceSettings;
}

export interface PolishOutcome {
  state: 'replaced' | 'kept' | 'rejected' | 'stale' | 'unavailable';
  reason?: string;
  /** What was handed to the model provider, when anything was. */
  request?: PolishRequest;
}

async function providerFor(services: Services, settings: PolishSettings): Promise<PolishProvider | undefined> {
  if (settings.provider === 'vscode') return new VsCodeLmProvider(settings.timeoutSeconds);
  if (settings.provider === 'openai') {
    return core().createOpenAiProvider({
      baseUrl: settings.baseUrl,
      model: settings.model,
      apiKey: await services.apiKeys.get(settings.baseUrl),
      timeoutSeconds: settings.timeoutSeconds,
      apiKeyHint: { en: 'run "Clean Break: Set API Key"', it: 'esegui "Clean Break: Imposta chiave API"' },
    });
  }
  const open = vscode.l10n.t('Open Settings');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('No language model is configured. Set "Clean Break › Polish: Provider" to an OpenAI-compatible endpoint (OpenAI, Ollama, LM Studio) or to VS Code\'s models (Copilot).'),
      open,
    )
    .then((choice) => choice === open && vscode.commands.executeCommand('workbench.action.openSettings', 'cleanBreak.polish'));
  return undefined;
}

export async function polishDraft(services: Services, previews: PolishPreviews, state: vscode.Memento, options: PolishOptions = {}): Promise<PolishOutcome> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Polishing is off in an untrusted workspace.'));
    return { state: 'unavailable' };
  }
  const active = services.drafts.activeDraft();
  if (!active) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Clean Break draft first: run "Clean Break: Draft Termination Email".'));
    return { state: 'unavailable' };
  }
  const settings = await effectivePolishSettings(state, options.confirmWorkspaceSettings);
  const provider = await providerFor(services, settings);
  if (!provider) return { state: 'unavailable' };

  const { editor, info } = active;
  const draft = editor.document;
  const original = draft.getText();
  const version = draft.version;
  const polished = previews.create();
  await vscode.commands.executeCommand('vscode.diff', draft.uri, polished, vscode.l10n.t('Draft ↔ Polished'), { preview: true, viewColumn: vscode.ViewColumn.Beside });

  const result: PolishResult = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Polishing the draft…'), cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return core().polishDraft({
        draft: original,
        language: info.language,
        kind: info.kind,
        known: info.known,
        provider,
        // A model reached through vscode.lm (Copilot and the like) is never on this machine.
        redact: core().shouldRedact(settings.redact, settings.provider === 'openai' ? settings.baseUrl : undefined),
        lint: (text, language) => core().lintText(text, { language, kind: info.kind === 'termination' ? 'termination' : 'other' }),
        signal: abort.signal,
        onDelta: (piece) => previews.append(polished, piece),
      });
    },
  );
  const uiLanguage = displayLanguage();
  if (!result.accepted) {
    await previews.close(polished);
    const reason = result.messages[uiLanguage];
    void vscode.window.showWarningMessage(vscode.l10n.t('The polish was not used: {0}. Your draft is unchanged.', reason));
    return { state: 'rejected', reason, request: result.request };
  }
  previews.set(polished, result.text);
  const replace = vscode.l10n.t('Replace Draft');
  const keep = vscode.l10n.t('Keep Draft');
  const choice = options.accept === undefined
    ? await vscode.window.showInformationMessage(vscode.l10n.t('The polish keeps every fact. Replace the draft with it?'), replace, keep)
    : options.accept ? replace : keep;
  await previews.close(polished);
  if (choice !== replace) return { state: 'kept', request: result.request };
  if (draft.isClosed || draft.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while it was being polished, so it was left as it is.'));
    return { state: 'stale', request: result.request };
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(draft.uri, new vscode.Range(draft.positionAt(0), draft.positionAt(original.length)), result.text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The editor refused the change, so the draft was left as it is.'));
    return { state: 'stale', request: result.request };
  }
  return { state: 'replaced', request: result.request };
}
