// Converts the core's 1-based line/column problems and string offsets into VS Code ranges and diagnostics.
import * as vscode from 'vscode';
import type { Problem, Severity } from '../core/problem';
import { core } from './core';
import { displayLanguage } from './displayLanguage';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function problemRange(p: Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const end = new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

/** A diagnostic worded in VS Code's display language, where the problem has words in it. */
export function toDiagnostic(p: Problem, source = 'Clean Break'): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(problemRange(p), core().problemMessage(p, displayLanguage()), SEVERITY[p.severity]);
  diagnostic.source = source;
  if (p.code) diagnostic.code = p.code;
  return diagnostic;
}

export function offsetRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
