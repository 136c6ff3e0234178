// "Show Readiness": the article's checklist for one client, in a list that leads on to the drafts.
import * as vscode from 'vscode';
import type { ReadinessStatus } from '../../core/readiness/types';
import { readinessItemLabel } from '../clients/labels';
import type { CommandTarget, Services } from '../services';
import { CommandId } from './ids';

const ICON: Record<ReadinessStatus, string> = { ok: '$(pass)', warn: '$(warning)', block: '$(error)' };

export async function showReadiness(services: Services, node?: CommandTarget): Promise<void> {
  const picked = await services.pickClient(node);
  if (!picked) return;
  const { portfolio, entry } = picked;
  const readiness = await portfolio.readiness(entry.client);
  type Item = vscode.QuickPickItem & { command?: string };
  const items: Item[] = readiness.items.map((item) => ({ label: `${ICON[item.status]} ${readinessItemLabel(item.id)}`, detail: item.reason }));
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(calendar) ${vscode.l10n.t('Draft Meeting Request')}`, command: CommandId.draftMeeting },
    { label: `$(mail) ${vscode.l10n.t('Draft Termination Email')}`, command: CommandId.draftTermination },
    { label: `$(person-add) ${vscode.l10n.t('Draft Referral Note')}`, command: CommandId.draftReferral },
  );
  const title = readiness.blocked
    ? vscode.l10n.t('{0}: not ready yet', entry.client.name)
    : vscode.l10n.t('{0}: ready', entry.client.name);
  const choice = await vscode.window.showQuickPick(items, { title, matchOnDetail: true, placeHolder: vscode.l10n.t('As of {0}', portfolio.today) });
  if (choice?.command) await vscode.commands.executeCommand(choice.command, { type: 'client', entry });
}
