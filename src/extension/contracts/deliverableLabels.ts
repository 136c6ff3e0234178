// UI words for deliverables in VS Code's display language: their facts and a date written out.
import * as vscode from 'vscode';
import type { Deliverable } from '../../core/clients/schema';
import { deliverableStatusLabel } from '../clients/labels';

/** "2 January 2027" in the display language; plain English writes the day first, as the drafts do. */
export function longDate(iso: string): string {
  const locale = vscode.env.language === 'en' ? 'en-GB' : vscode.env.language;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "in progress · due 11 December 2026 · paid" */
export function deliverableFacts(deliverable: Deliverable): string {
  const parts = [deliverableStatusLabel(deliverable.status)];
  if (deliverable.due) parts.push(vscode.l10n.t('due {0}', longDate(deliverable.due)));
  parts.push(deliverable.paid ? vscode.l10n.t('already paid') : vscode.l10n.t('not paid yet'));
  return parts.join(' · ');
}
