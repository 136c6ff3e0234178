// What is sent: one system message with the rules of a polish, and one user message with only the draft text.
import type { Language } from '../clients/schema';
import { SUBJECT_LABELS } from '../drafting/subject';
import type { PolishRequest } from './providers';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', it: 'Italian' };

export interface PromptInput {
  /** The draft as it will be sent: redacted when redaction is on. */
  draft: string;
  language: Language;
  maxWords: number;
  redacted: boolean;
}

export function polishSystemMessage({ language, maxWords, redacted }: Omit<PromptInput, 'draft'>): string {
  return [
    'You polish a short email that a freelancer will send to a client. Improve only the wording.',
    `- Write in ${LANGUAGE_NAMES[language]}, the language of the draft.`,
    '- Keep every fact exactly as written: names, dates, amounts, periods, email addresses, phone numbers.',
    '- Keep the single reason the draft gives. Add no other reason, detail, apology, promise or complaint.',
    '- Keep it short, calm and unemotional. No exclamation marks.',
    '- Add nothing new: no date, amount, name, offer or question that the draft does not have.',
    `- Keep the body within ${maxWords} words.`,
    ...(redacted ? ['- Keep every placeholder such as [[NAME_1]] exactly as written, as many times as the draft has it.'] : []),
    `- Reply with the whole email and nothing else, starting with its subject line "${SUBJECT_LABELS[language]}: …".`,
  ].join('\n');
}

export function buildPolishRequest(input: PromptInput): PolishRequest {
  return { system: polishSystemMessage(input), user: input.draft };
}
