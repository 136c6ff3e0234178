// "Log Incident": appends a dated incident to the client's log in clients.yaml. Incidents are evidence for the
// freelancer only; no draft ever quotes them.
import * as vscode from 'vscode';
import type { IncidentKind } from '../../core/clients/schema';
import { incidentKindLabel } from '../clients/labels';
import { writeBack } from '../clients/writeBack';
import { core } from '../core';
import type { CommandTarget, Services } from '../services';

/** Given, they replace the questions: for keybindings, links and tests. */
export interface IncidentOptions {
  kind?: IncidentKind;
  note?: string;
  hours?: number;
}

export async function logIncident(services: Services, node?: CommandTarget, options: IncidentOptions = {}): Promise<boolean> {
  const picked = await services.pickClient(node);
  if (!picked) return false;
  const { portfolio, entry } = picked;
  const kind = options.kind ? { incidentKind: options.kind } : await vscode.window.showQuickPick(
    core().INCIDENT_KINDS.map((k) => ({ label: incidentKindLabel(k), description: k, incidentKind: k })),
    { title: vscode.l10n.t('Log Incident: {0}', entry.client.name), placeHolder: vscode.l10n.t('What happened?') },
  );
  if (!kind) return false;
  const note = options.kind ? options.note ?? '' : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('A short note, for you only (never quoted in a draft)'),
    ignoreFocusOut: true,
  });
  if (note === undefined) return false;
  const hoursText = options.kind ? (options.hours === undefined ? '' : String(options.hours)) : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Hours it cost you (optional)'),
    validateInput: (value) => (value.trim() === '' || (Number.isFinite(Number(value)) && Number(value) >= 0) ? undefined : vscode.l10n.t('A number of hours, such as 1.5')),
  });
  if (hoursText === undefined) return false;
  const incident = {
    date: portfolio.today,
    kind: kind.incidentKind,
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(hoursText.trim() ? { hours: Number(hoursText) } : {}),
  };
  return writeBack(services.clients, (text) => core().logIncident(text, entry.client.id, incident));
}
