// Reads Clean Break's settings; one place that knows their names and defaults.
import * as vscode from 'vscode';
import { core } from './core';

const SECTION = 'cleanBreak';

export const CLIENTS_FILE_SETTING = `${SECTION}.clientsFile`;

export function clientsFileUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const relative = vscode.workspace.getConfiguration(SECTION).get<string>('clientsFile') || 'clients.yaml';
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Whether the file lies inside the (first) workspace folder, symbolic links resolved: only there is it read or written. */
export function isInWorkspace(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder !== undefined && uri.scheme === 'file' && core().isInsideWorkspace(folder.uri.fsPath, uri.fsPath);
}

/** Whether contracts get highlights, hovers, CodeLens and an outline of their clauses. */
export function highlightsEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('highlights.enabled', true);
}

/** Whether each clause is also a diagnostic, at Hint level; off by default, as findings ask for no action. */
export function clauseDiagnosticsEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('highlights.clauseDiagnostics', false);
}

export type DraftLanguageSetting = 'en' | 'it' | undefined;

/** The draft language chosen in the settings, or undefined for "the client's, then yours, then English". */
export function draftLanguage(): DraftLanguageSetting {
  const value = vscode.workspace.getConfiguration(SECTION).get<string>('draftLanguage', 'auto');
  return value === 'en' || value === 'it' ? value : undefined;
}

/** Overrides of clients.yaml's `defaults` from the settings, when the user set them. */
export function defaultsOverrides(): { coolingOffDays?: number; noticeDays?: number } {
  const config = vscode.workspace.getConfiguration(SECTION);
  const coolingOffDays = config.get<number | null>('coolingOffDays', null);
  const noticeDays = config.get<number | null>('defaultNoticeDays', null);
  return {
    ...(typeof coolingOffDays === 'number' && coolingOffDays >= 0 ? { coolingOffDays: Math.floor(coolingOffDays) } : {}),
    ...(typeof noticeDays === 'number' && noticeDays >= 0 ? { noticeDays: Math.floor(noticeDays) } : {}),
  };
}

export type PolishProviderSetting = 'none' | 'openai' | 'vscode';

export interface PolishSettings {
  provider: PolishProviderSetting;
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
  redact: 'auto' | 'on' | 'off';
}

export function polishSettings(): PolishSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const provider = config.get<string>('polish.provider', 'none');
  const redact = config.get<string>('polish.redact', 'auto');
  const timeout = config.get<number>('polish.timeoutSeconds', 30);
  return {
    provider: provider === 'openai' || provider === 'vscode' ? provider : 'none',
    baseUrl: config.get<string>('polish.baseUrl', 'https://api.openai.com/v1'),
    model: config.get<string>('polish.model', 'gpt-4o-mini'),
    timeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600) : 30,
    redact: redact === 'on' || redact === 'off' ? redact : 'auto',
  };
}
