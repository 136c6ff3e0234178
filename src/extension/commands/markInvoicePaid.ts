// "Mark Invoice Paid": records today (or a date the user gives) as an invoice's payment date in clients.yaml.
import * as vscode from 'vscode';
import { formatMoney } from '../clients/labels';
import { writeBack } from '../clients/writeBack';
import { core } from '../core';
import type { CommandTarget, Services } from '../services';

export async function markInvoicePaid(services: Services, node?: CommandTarget, options: { number?: string; paidOn?: string } = {}): Promise<boolean> {
  const picked = await services.pickClient(node);
  if (!picked) return false;
  const { portfolio, entry } = picked;
  const { client } = entry;
  let number = options.number ?? (node && 'type' in node && node.type === 'invoice' ? node.invoice.number : undefined);
  if (number === undefined) {
    const unpaid = client.invoices.filter((i) => !i.paidOn);
    if (!unpaid.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every invoice of {0} is paid.', client.name));
      return false;
    }
    const choice = await vscode.window.showQuickPick(
      unpaid.map((i) => ({ label: i.number, description: [formatMoney(i.amount, entry.facts.currency), i.due && vscode.l10n.t('due {0}', i.due)].filter(Boolean).join(' · ') })),
      { title: vscode.l10n.t('Mark Invoice Paid: {0}', client.name) },
    );
    number = choice?.label;
  }
  if (number === undefined) return false;
  const paidOn = options.paidOn ?? await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Paid on (YYYY-MM-DD)'),
    value: portfolio.today,
    validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')),
  });
  if (paidOn === undefined) return false;
  const invoice = number;
  return writeBack(services.clients, (text) => core().markInvoicePaid(text, client.id, invoice, paidOn.trim()));
}
