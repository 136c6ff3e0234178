// A polish provider over VS Code's Language Model API (for example Copilot). It runs only from the user's own
// Polish Draft command, where VS Code asks for consent the first time.
import * as vscode from 'vscode';
import type { CompleteOptions, PolishProvider, PolishRequest } from '../../core/polish/providers';
import type { PolishReason } from '../../core/polish/reasons';
import { core } from '../core';

function failure(code: PolishReason['code'], en: string, it: string): Error {
  return new (core().PolishError)({ code, messages: { en, it } });
}

export class VsCodeLmProvider implements PolishProvider {
  /** `timeoutSeconds`: how long the model may stay silent, before its first words or between two pieces. */
  constructor(private readonly timeoutSeconds: number) {}

  async complete(request: PolishRequest, options: CompleteOptions = {}): Promise<string> {
    const [model] = await vscode.lm.selectChatModels();
    if (!model) {
      throw failure(
        'unavailable',
        'VS Code offers no language model here: install and sign in to a provider such as GitHub Copilot, or set cleanBreak.polish.provider to openai',
        'VS Code non offre alcun modello linguistico: installa e accedi a un fornitore come GitHub Copilot, oppure imposta cleanBreak.polish.provider su openai',
      );
    }
    const cancellation = new vscode.CancellationTokenSource();
    options.signal?.addEventListener('abort', () => cancellation.cancel(), { once: true });
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        cancellation.cancel();
      }, this.timeoutSeconds * 1000);
    };
    try {
      // The Language Model API has no system role: the instructions go first, as their own user message.
      const messages = [vscode.LanguageModelChatMessage.User(request.system), vscode.LanguageModelChatMessage.User(request.user)];
      const response = await model.sendRequest(messages, { justification: vscode.l10n.t('Clean Break polishes a draft you asked it to polish.') }, cancellation.token);
      // Timed from the request's acceptance: VS Code may first ask the user's consent, which takes what it takes.
      rearm();
      let text = '';
      for await (const piece of response.text) {
        rearm();
        text += piece;
        options.onDelta?.(piece);
      }
      if (timedOut) throw new (core().PolishError)(core().polishReasons.timeout(this.timeoutSeconds));
      return text;
    } catch (error) {
      if (timedOut) throw new (core().PolishError)(core().polishReasons.timeout(this.timeoutSeconds));
      if (cancellation.token.isCancellationRequested) throw failure('cancelled', 'cancelled', 'annullato');
      if (error instanceof vscode.LanguageModelError) {
        throw failure('unavailable', `${model.name} refused the request: ${error.message}`, `${model.name} ha rifiutato la richiesta: ${error.message}`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      cancellation.dispose();
    }
  }
}
