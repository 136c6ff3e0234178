// "Record Decision": asks for the one reason and how the relationship should end, then writes the decision back
// to clients.yaml. The cooling-off period starts today.
import * as vscode from 'vscode';
import { writeBack } from '../clients/writeBack';
import { core } from '../core';
import type { CommandTarget, Services } from '../services';
import { longDate } from '../longDate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Given, they replace the questions: for keybindings, links and tests. */
export interface DecisionOptions {
  reason?: string;
  endAfter?: string;
}

export async function recordDecision(services: Services, node?: CommandTarget, options: DecisionOptions = {}): Promise<boolean> {
  const picked = await services.pickClient(node, vscode.l10n.t('Which client have you decided to stop working with?'));
  if (!picked) return false;
  const { portfolio, entry } = picked;
  const { client } = entry;
  const italian = (client.language ?? portfolio.file.me?.language) === 'it';
  const reason = options.reason ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Record Decision: {0}', client.name),
    prompt: vscode.l10n.t('The one reason the drafts will give. Keep it short and neutral.'),
    value: client.decision?.reason ?? (italian ? 'Non credo più che i miei servizi siano adatti alle vostre esigenze' : 'I no longer think my services meet your needs'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Give one reason.')),
  });
  if (reason === undefined) return false;
  type EndItem = vscode.QuickPickItem & { endAfter?: string; askDate?: boolean };
  const open = client.deliverables.filter((d) => d.status !== 'delivered' && d.status !== 'cancelled');
  const endItems: EndItem[] = [
    { label: vscode.l10n.t('After the notice period'), description: 'notice', endAfter: 'notice' },
    ...open.map((d) => ({ label: vscode.l10n.t('After "{0}"', d.title), description: d.due ? vscode.l10n.t('due {0}', d.due) : undefined, endAfter: `deliverable:${d.title}` })),
    { label: vscode.l10n.t('On a date…'), askDate: true },
  ];
  const end = options.endAfter !== undefined ? { label: options.endAfter, endAfter: options.endAfter } : await vscode.window.showQuickPick(endItems, { title: vscode.l10n.t('When should it end?'), ignoreFocusOut: true });
  if (!end) return false;
  let endAfter = end.endAfter;
  if (end.askDate) {
    endAfter = await vscode.window.showInputBox({
      prompt: vscode.l10n.t('The last day, as YYYY-MM-DD'),
      value: core().addDays(portfolio.today, portfolio.file.defaults.noticeDays),
      validateInput: (value) => (ISO_DATE.test(value.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')),
    });
    if (endAfter === undefined) return false;
    endAfter = endAfter.trim();
  }
  const written = await writeBack(services.clients, (text) =>
    // Changing the reason or the end keeps the day of the decision, and so the cooling-off already done.
    core().recordDecision(text, client.id, { decidedOn: client.decision?.decidedOn ?? portfolio.today, reason: reason.trim(), endAfter }),
  );
  if (written) {
    const decidedOn = client.decision?.decidedOn;
    void vscode.window.showInformationMessage(
      decidedOn === undefined
        ? vscode.l10n.t('Decision recorded for {0}. Take {1} days to cool off before you act.', client.name, portfolio.file.defaults.coolingOffDays)
        : vscode.l10n.t('Decision updated for {0}; it still dates from {1}, so the cooling-off already done counts.', client.name, longDate(decidedOn)),
    );
  }
  return written;
}
