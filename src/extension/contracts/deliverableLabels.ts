// UI words for deliverables in VS Code's display language: their facts (status, due date, payment and its invoice).
import * as vscode from 'vscode';
import type { Client, Deliverable } from '../../core/clients/schema';
import { core } from '../core';
import { longDate } from '../longDate';
import { deliverableStatusLabel } from '../clients/labels';

/** "already paid, invoice 2026-014 (paid 15 November 2026)"; a paid deliverable naming no invoice says so. */
function paymentFacts(deliverable: Deliverable, client: Client): string {
  const paid = deliverable.paid ? vscode.l10n.t('already paid') : vscode.l10n.t('not paid yet');
  const invoice = core().invoiceOf(deliverable, client);
  if (!invoice) return deliverable.paid ? vscode.l10n.t('{0} (no invoice named in clients.yaml)', paid) : paid;
  const state = invoice.paidOn
    ? vscode.l10n.t('paid {0}', longDate(invoice.paidOn))
    : invoice.due
      ? vscode.l10n.t('unpaid, due {0}', longDate(invoice.due))
      : vscode.l10n.t('unpaid');
  return vscode.l10n.t('{0}, invoice {1} ({2})', paid, invoice.number, state);
}

/** "in progress · due 11 December 2026 · already paid, invoice 2026-014 (paid 15 November 2026)" */
export function deliverableFacts(deliverable: Deliverable, client: Client): string {
  const parts = [deliverableStatusLabel(deliverable.status)];
  if (deliverable.due) parts.push(vscode.l10n.t('due {0}', longDate(deliverable.due)));
  parts.push(paymentFacts(deliverable, client));
  return parts.join(' · ');
}
