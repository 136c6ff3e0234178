// The language the interface speaks, read from a locale: VS Code's display language, or on the command line the
// POSIX locale variables. English unless the locale is Italian; drafts follow the client's language instead.
import type { Language } from './clients/schema';
import type { Localized } from './lint/types';

/** `it`, `it-IT`, `it_CH.UTF-8`, `it_IT@euro` are Italian; anything else, `C` and `POSIX` included, is English. */
export function interfaceLanguageOf(locale: string | undefined): Language {
  return locale !== undefined && /^it(?:[-_.@]|$)/i.test(locale) ? 'it' : 'en';
}

/** The locale the POSIX variables set for messages: LC_ALL, then LC_MESSAGES, then LANG, the first one not empty. */
export function messagesLocale(env: Record<string, string | undefined>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}

/** One message in every language, worded by the same entry of each language's table. */
export function inEveryLanguage<Table>(tables: Record<Language, Table>, word: (say: Table, language: Language) => string): Localized {
  return { en: word(tables.en, 'en'), it: word(tables.it, 'it') };
}
