// A problem found in a file the user wrote, positioned for the Problems panel and the command line.
import type { Language } from './clients/schema';
import type { Localized } from './lint/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Path as the user knows it (relative to the workspace where possible). */
  file: string;
  severity: Severity;
  /** In English. */
  message: string;
  /** The message in every language the interface speaks, where its producer words it so. */
  messages?: Localized;
  /** 1-based line and column of the start of the offending text. */
  line: number;
  column: number;
  /** 1-based, exclusive end; equal to the start when the problem has no extent. */
  endLine: number;
  endColumn: number;
  /** Stable identifier of the check, e.g. `clients/unknown-key`. */
  code?: string;
}

/** The message in `language`, or the English one when the problem has no other. */
export function problemMessage(p: Problem, language: Language): string {
  return p.messages?.[language] ?? p.message;
}

/** `file:line:column: severity: message`; the severity stays English, as tools that read such lines expect. */
export function formatProblem(p: Problem, language: Language = 'en'): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${problemMessage(p, language)}`;
}
