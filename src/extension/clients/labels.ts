// UI words for the clients tree in VS Code's display language.
import * as vscode from 'vscode';
import type { ReadinessItemId } from '../../core/readiness/types';

export function readinessItemLabel(id: ReadinessItemId): string {
  switch (id) {
    case 'cooling-off':
      return vscode.l10n.t('Cooling-off');
    case 'terminations':
      return vscode.l10n.t('Recent terminations');
    case 'contract':
      return vscode.l10n.t('Contract');
    case 'obligations':
      return vscode.l10n.t('Your obligations');
    case 'money':
      return vscode.l10n.t('Money owed');
    case 'meeting':
      return vscode.l10n.t('Meeting or call');
    case 'notice':
      return vscode.l10n.t('Notice');
    case 'referral':
      return vscode.l10n.t('Referral');
  }
}

export function formatMoney(amount: number, currency: string | undefined): string {
  const locale = vscode.env.language;
  return currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}
