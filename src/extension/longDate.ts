// A date as the interface writes it in prose: "2 January 2027", "1° gennaio 2027", in VS Code's display language.
import { core } from './core';
import { displayLanguage } from './displayLanguage';

/** The date written as the drafts write it, in the display language: the day first, Italian's ordinal first day. */
export function longDate(iso: string): string {
  return core().formatDate(iso, displayLanguage());
}
