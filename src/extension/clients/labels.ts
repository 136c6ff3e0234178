// UI words for the clients tree and its commands in VS Code's display language.
import * as vscode from 'vscode';
import type { Client, Deliverable, IncidentKind } from '../../core/clients/schema';
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

export function incidentKindLabel(kind: IncidentKind): string {
  switch (kind) {
    case 'after-hours':
      return vscode.l10n.t('Messages after hours');
    case 'vague-feedback':
      return vscode.l10n.t('Vague feedback');
    case 'late-payment':
      return vscode.l10n.t('Late payment');
    case 'scope-creep':
      return vscode.l10n.t('Scope creep');
    case 'disrespect':
      return vscode.l10n.t('Disrespect');
    case 'other':
      return vscode.l10n.t('Other');
  }
}

export function clientStatusLabel(status: NonNullable<Client['status']>): string {
  switch (status) {
    case 'prospect':
      return vscode.l10n.t('prospect');
    case 'active':
      return vscode.l10n.t('active');
    case 'winding-down':
      return vscode.l10n.t('winding down');
    case 'ended':
      return vscode.l10n.t('ended');
  }
}

export function deliverableStatusLabel(status: Deliverable['status']): string {
  switch (status ?? 'not-started') {
    case 'not-started':
      return vscode.l10n.t('not started');
    case 'in-progress':
      return vscode.l10n.t('in progress');
    case 'delivered':
      return vscode.l10n.t('delivered');
    case 'cancelled':
      return vscode.l10n.t('cancelled');
  }
}

export function formatMoney(amount: number, currency: string | undefined): string {
  const locale = vscode.env.language;
  return currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}
