// A problem found in a file the user wrote, positioned for the Problems panel and the command line.
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Path as the user knows it (relative to the workspace where possible). */
  file: string;
  severity: Severity;
  message: string;
  /** 1-based line and column of the start of the offending text. */
  line: number;
  column: number;
  /** 1-based, exclusive end; equal to the start when the problem has no extent. */
  endLine: number;
  endColumn: number;
  /** Stable identifier of the check, e.g. `clients/unknown-key`. */
  code?: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}
