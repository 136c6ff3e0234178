// Polishing a draft with a language model, safely: redact, ask, restore, guard. Whatever goes wrong, the draft comes
// back intact with the reason in both languages; a model or network problem never throws.
import type { Language } from '../clients/schema';
import type { Localized } from '../lint/types';
import { extractFacts, type KnownFacts } from './facts';
import type { DraftKind } from '../drafting/templates';
import { checkPolish, type LintFunction, WORD_LIMITS } from './guard';
import { buildPolishRequest } from './prompt';
import { PolishError, type PolishProvider, type PolishRequest } from './providers';
import { type PolishReason, type PolishReasonCode, reasons } from './reasons';
import { type Redaction, redact, restore, restorePartial } from './redact';

export interface PolishInput {
  /** The draft as the user has it (the template's output or their edit of it), subject line first. */
  draft: string;
  language: Language;
  kind: DraftKind;
  known?: KnownFacts;
  provider: PolishProvider;
  /** Replace names, email addresses, phone numbers and amounts with placeholders before sending: see shouldRedact. */
  redact: boolean;
  lint: LintFunction;
  /** Overrides WORD_LIMITS[kind]. */
  maxWords?: number;
  signal?: AbortSignal;
  /** The reply as it streams in, piece by piece, with the placeholders already put back. */
  onDelta?: (text: string) => void;
}

export type PolishResult =
  | { accepted: true; text: string; request: PolishRequest }
  | {
      accepted: false;
      /** The draft, unchanged. */
      text: string;
      code: PolishReasonCode;
      /** In English; `messages` has it in every language. */
      reason: string;
      messages: Localized;
      /** What was sent, when anything was. */
      request?: PolishRequest;
    };

export async function polishDraft(input: PolishInput): Promise<PolishResult> {
  let request: PolishRequest | undefined;
  const reject = (reason: PolishReason): PolishResult => ({
    accepted: false,
    text: input.draft,
    code: reason.code,
    reason: reason.messages.en,
    messages: reason.messages,
    ...(request ? { request } : {}),
  });
  if (input.signal?.aborted) return reject(reasons.cancelled());
  try {
    const redaction: Redaction = input.redact
      ? redact(input.draft, extractFacts(input.draft, input.known))
      : { text: input.draft, placeholders: [] };
    const maxWords = input.maxWords ?? WORD_LIMITS[input.kind];
    request = buildPolishRequest({ draft: redaction.text, language: input.language, maxWords, redacted: input.redact });
    const reply = await input.provider.complete(request, {
      signal: input.signal,
      onDelta: input.onDelta && restoredPieces(redaction, input.onDelta),
    });
    if (input.signal?.aborted) return reject(reasons.cancelled());
    const restored = restore(tidy(reply, input.draft), redaction);
    if (!restored.ok) return reject(restored.reason);
    const problem = checkPolish({ ...input, polished: restored.text });
    return problem ? reject(problem) : { accepted: true, text: restored.text, request };
  } catch (error) {
    if (input.signal?.aborted) return reject(reasons.cancelled());
    return reject(error instanceof PolishError ? error.reason : reasons.failed(error instanceof Error ? error.message : String(error)));
  }
}

/** Turns raw reply pieces into pieces of the restored reply, which only ever grows by appending. */
function restoredPieces(redaction: Redaction, onDelta: (text: string) => void): (piece: string) => void {
  let reply = '';
  let shown = 0;
  return (piece) => {
    reply += piece;
    const visible = restorePartial(reply, redaction);
    if (visible.length <= shown) return;
    onDelta(visible.slice(shown));
    shown = visible.length;
  };
}

/** Models like to wrap a reply in a code fence or blank lines; neither is content. The draft's final newline stays. */
function tidy(reply: string, draft: string): string {
  let text = reply.trim();
  const fenced = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(text);
  if (fenced) text = fenced[1].trim();
  return draft.endsWith('\n') ? `${text}\n` : text;
}
