// "Mark Deliverable Delivered": sets a deliverable's status to delivered in clients.yaml.
import * as vscode from 'vscode';
import { writeBack } from '../clients/writeBack';
import { core } from '../core';
import type { CommandTarget, Services } from '../services';

export async function markDelivered(services: Services, node?: CommandTarget, options: { title?: string } = {}): Promise<boolean> {
  const picked = await services.pickClient(node);
  if (!picked) return false;
  const { client } = picked.entry;
  let title = options.title ?? (node && 'type' in node && node.type === 'deliverable' ? node.deliverable.title : undefined);
  if (title === undefined) {
    const open = client.deliverables.filter((d) => d.status !== 'delivered' && d.status !== 'cancelled');
    if (!open.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no deliverable left to deliver.', client.name));
      return false;
    }
    const choice = await vscode.window.showQuickPick(
      open.map((d) => ({ label: d.title, description: [d.due && vscode.l10n.t('due {0}', d.due), d.paid && vscode.l10n.t('paid')].filter(Boolean).join(' · ') })),
      { title: vscode.l10n.t('Mark Deliverable Delivered: {0}', client.name) },
    );
    title = choice?.label;
  }
  if (title === undefined) return false;
  const chosen = title;
  return writeBack(services.clients, (text) => core().markDelivered(text, client.id, chosen));
}
