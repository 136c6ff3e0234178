// What each clause kind is called in the UI, and the theme colour that highlights it.
import * as vscode from 'vscode';
import type { ClauseKind } from '../../core/clauses/types';

export function clauseLabel(kind: ClauseKind): string {
  switch (kind) {
    case 'termination_convenience':
      return vscode.l10n.t('Termination for convenience');
    case 'termination_cause':
      return vscode.l10n.t('Termination for cause');
    case 'notice':
      return vscode.l10n.t('Notice period');
    case 'renewal':
      return vscode.l10n.t('Term and renewal');
    case 'post_termination':
      return vscode.l10n.t('After termination');
    case 'termination_fee':
      return vscode.l10n.t('Termination fee');
    case 'payment':
      return vscode.l10n.t('Payment');
    case 'deliverables':
      return vscode.l10n.t('Deliverables');
    case 'ip_transfer':
      return vscode.l10n.t('Ownership of the work');
    case 'liability_cap':
      return vscode.l10n.t('Limitation of liability');
  }
}

/** `termination_convenience` → `cleanBreak.clause.terminationConvenience`, as contributed in package.json. */
export function clauseColorId(kind: ClauseKind): string {
  return `cleanBreak.clause.${kind.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

export function clauseValueText(kind: ClauseKind, value: number | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (kind === 'notice' && typeof value === 'number') return vscode.l10n.t('{0} days', value);
  return String(value);
}
