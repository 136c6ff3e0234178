// An error the core words in both interface languages, so that VS Code and the command line can show it in the
// user's, like every other message.
import type { Language } from './clients/schema';
import type { Localized } from './lint/types';

export class LocalizedError extends Error {
  constructor(readonly messages: Localized) {
    super(messages.en);
  }
}

/** What to tell the user about a failure, in their language; an error the core does not word is shown as it is. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof LocalizedError) return error.messages[language];
  return error instanceof Error ? error.message : String(error);
}
