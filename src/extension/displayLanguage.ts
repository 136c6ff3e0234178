// The language of Clean Break's interface in VS Code: the display language, English or Italian. Only drafts follow
// the client's language instead.
import * as vscode from 'vscode';
import type { Language } from '../core/clients/schema';
import { core } from './core';

export function displayLanguage(): Language {
  return core().interfaceLanguageOf(vscode.env.language);
}
