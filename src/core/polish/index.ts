// The polish API for the extension and the command line. Importing it does not load the openai SDK.
export type { DraftKind } from '../drafting/templates';
export { knownFactsOf } from './draftFacts';
export { extractFacts, type Fact, type FactKind, type KnownFacts } from './facts';
export { checkPolish, type GuardInput, type LintFunction, type LintIssue, WORD_LIMITS } from './guard';
export { createOpenAiProvider, DEFAULT_TIMEOUT_SECONDS, type OpenAiProviderConfig } from './openaiProvider';
export { polishDraft, type PolishInput, type PolishResult } from './polish';
export { buildPolishRequest, polishSystemMessage } from './prompt';
export { type CompleteOptions, PolishError, type PolishProvider, type PolishRequest } from './providers';
export { type PolishReason, type PolishReasonCode, reasons } from './reasons';
export { isLoopbackUrl, type RedactChoice, redact, restore, shouldRedact } from './redact';
