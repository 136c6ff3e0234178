// A date as the interface writes it in prose: "2 January 2027", in VS Code's display language.
import * as vscode from 'vscode';

/** "2 January 2027" in the display language; plain English writes the day first, as the drafts do. */
export function longDate(iso: string): string {
  const locale = vscode.env.language === 'en' ? 'en-GB' : vscode.env.language;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
