// An outline of a contract's clauses as document symbols, so the Outline view, breadcrumbs and "Go to Symbol" list
// them: each clause by kind, with its value (the notice in days) or its confidence, in the order of the text.
import * as vscode from 'vscode';
import { offsetRange } from '../positions';
import { highlightsEnabled } from '../settings';
import { clauseLabel, clauseValueText } from './clauseLabels';
import type { ContractHighlighter } from './contractHighlighter';

export class ClauseOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly highlighter: ContractHighlighter) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!this.highlighter.isContract(document) || !highlightsEnabled()) return [];
    return this.highlighter.resultFor(document).spans.map((span) => {
      const range = offsetRange(document, span.start, span.end);
      const detail = clauseValueText(span.kind, span.value) ?? vscode.l10n.t('Confidence {0}%', Math.round(span.score * 100));
      // The selection is the clause's first line, which breadcrumbs and Go to Symbol reveal.
      const firstLineEnd = document.lineAt(range.start.line).range.end;
      const selection = new vscode.Range(range.start, firstLineEnd.isBefore(range.end) ? firstLineEnd : range.end);
      return new vscode.DocumentSymbol(clauseLabel(span.kind), detail, vscode.SymbolKind.Key, range, selection);
    });
  }
}
