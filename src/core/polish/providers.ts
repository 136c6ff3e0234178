// The one thing a language model has to offer a polish: complete a system and a user message, streaming the reply.
// The OpenAI-compatible provider lives in openaiProvider.ts; the VS Code one (vscode.lm) lives in the extension.
import type { PolishReason } from './reasons';

export interface PolishRequest {
  system: string;
  user: string;
}

export interface CompleteOptions {
  /** Aborting it stops the request; the provider then throws a PolishError with the code `cancelled`. */
  signal?: AbortSignal;
  /** Each piece of the reply as it arrives. */
  onDelta?: (text: string) => void;
}

export interface PolishProvider {
  /** The whole reply. Failures are thrown as PolishError, with a reason the user can act on. */
  complete(request: PolishRequest, options?: CompleteOptions): Promise<string>;
}

/** A provider's failure, worded for the user in both languages. */
export class PolishError extends Error {
  constructor(readonly reason: PolishReason) {
    super(reason.messages.en);
    this.name = 'PolishError';
  }
}
