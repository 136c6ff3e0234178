// "Import Hours… / Import Invoices… / Import Mail…": reads a time tracker export, an invoice list or a mailbox, asks
// which client each unknown name means (the answer is saved as an alias), and shows what clients.yaml would become in
// a diff with Apply. Nothing is written before Apply. The core words its problems and change lines in the display language.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../core/import/problems';
import type { DateOrder } from '../../core/import/values';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import type { ImportPreviews } from '../imports/importPreview';
import type { Services } from '../services';
import { CommandId } from './ids';

export type ImportKind = 'hours' | 'invoices' | 'mail';

/** Given, they replace the questions: for the Explorer's context menu, links and tests. */
export interface ImportOptions {
  /** Name in the export → client id, or null to leave it unattributed. */
  clients?: Record<string, string | null>;
  dateOrder?: DateOrder;
}

/** Unknown names asked about one by one; past these, the rest stay listed as unattributed. */
const MAX_QUESTIONS = 10;

function titleOf(kind: ImportKind): string {
  switch (kind) {
    case 'hours':
      return vscode.l10n.t('Import Hours');
    case 'invoices':
      return vscode.l10n.t('Import Invoices');
    case 'mail':
      return vscode.l10n.t('Import Mail');
  }
}

async function pickSource(kind: ImportKind): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: titleOf(kind),
    canSelectFiles: true,
    canSelectFolders: kind === 'mail',
    filters: kind === 'mail' ? { [vscode.l10n.t('Mailbox')]: ['mbox', 'eml'] } : { CSV: ['csv', 'txt'] },
  });
  return picked?.[0];
}

async function plan(kind: ImportKind, source: vscode.Uri, clientsText: string, dateOrder: DateOrder | undefined): Promise<ImportResult> {
  const options = { file: basename(source.fsPath), clientsFile: 'clients.yaml', dateOrder, language: displayLanguage() };
  if (kind === 'mail') return core().planMailImport(source.fsPath, clientsText, options);
  const { size } = await stat(source.fsPath);
  if (size > core().MAX_IMPORT_BYTES) return { problems: [core().tooLarge(options.file, size, options.language)] };
  const { text } = core().decodeExport(await vscode.workspace.fs.readFile(source));
  return kind === 'hours' ? core().planHoursImport(text, clientsText, options) : core().planInvoiceImport(text, clientsText, options);
}

async function askDateOrder(): Promise<DateOrder | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Day first (31/12/2026)'), order: 'dmy' as const },
      { label: vscode.l10n.t('Month first (12/31/2026)'), order: 'mdy' as const },
    ],
    { title: vscode.l10n.t('Dates such as 03/04/2026: which comes first?') },
  );
  return choice?.order;
}

/** Asks which client each unattributed name means; returns clients.yaml's text with the answers saved as aliases. */
async function askClients(services: Services, result: ImportResult, clientsText: string, options: ImportOptions): Promise<string> {
  const portfolio = await services.portfolio();
  let text = clientsText;
  for (const { name, count } of result.plan?.unattributed.slice(0, MAX_QUESTIONS) ?? []) {
    let clientId = options.clients?.[name];
    if (clientId === undefined && portfolio) {
      const leave = { label: vscode.l10n.t('Leave it unattributed'), clientId: null };
      const choice = await vscode.window.showQuickPick(
        [...portfolio.entries.map(({ client }) => ({ label: client.name, description: client.id, clientId: client.id as string | null })), leave],
        { title: vscode.l10n.t('"{0}" ({1} entries): which client is it?', name, count), placeHolder: vscode.l10n.t('The answer is saved as an alias of the client'), ignoreFocusOut: true },
      );
      clientId = choice?.clientId ?? null;
    }
    if (clientId) text = core().addAlias(text, clientId, name);
  }
  return text;
}

/** Shows the import's diff; true when a preview is waiting for Apply. */
export async function importData(services: Services, previews: ImportPreviews, kind: ImportKind, target?: vscode.Uri, options: ImportOptions = {}): Promise<boolean> {
  const snapshot = await services.clients.current();
  if (!snapshot) {
    void vscode.window.showErrorMessage(vscode.l10n.t('There is no clients.yaml to write to. Run "Clean Break: Create clients.yaml" first.'));
    return false;
  }
  const source = target ?? (await pickSource(kind));
  if (!source) return false;
  let dateOrder = options.dateOrder;
  let result = await plan(kind, source, snapshot.text, dateOrder);
  if (result.needsDateOrder && dateOrder === undefined) {
    dateOrder = await askDateOrder();
    if (dateOrder === undefined) return false;
    result = await plan(kind, source, snapshot.text, dateOrder);
  }
  if (!result.plan) {
    const lines = result.problems.map((p) => core().formatImportProblem(p));
    previews.showReport(lines);
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported: {0}', lines[0] ?? ''));
    return false;
  }
  let clientsText = snapshot.text;
  if (kind !== 'mail' && result.plan.unattributed.length > 0) {
    clientsText = await askClients(services, result, snapshot.text, options);
    if (clientsText !== snapshot.text) result = await plan(kind, source, clientsText, dateOrder);
  }
  const after = result.plan ? result.plan.apply(clientsText) : clientsText;
  if (after === snapshot.text) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to change in clients.yaml: {0} already imported.', result.plan?.alreadyImported ?? 0));
    return false;
  }
  const preview = await previews.show(snapshot.uri, snapshot.text, after, vscode.l10n.t('clients.yaml ↔ after {0}', basename(source.fsPath)));
  const unattributed = result.plan?.unattributed ?? [];
  if (unattributed.length > 0) {
    previews.showReport([
      vscode.l10n.t('Not attributed to any client:'),
      ...unattributed.map((u) => `  "${u.name}": ${u.count} (${u.places.join('; ')}${u.count > u.places.length ? '; …' : ''})`),
    ]);
  }
  const apply = vscode.l10n.t('Apply');
  const summary = unattributed.length > 0
    ? vscode.l10n.t('{0}: {1} changes to clients.yaml; {2} names not attributed (listed in the output). Review the diff, then apply.', titleOf(kind), result.plan?.changes.length ?? 0, unattributed.length)
    : vscode.l10n.t('{0}: {1} changes to clients.yaml. Review the diff, then apply.', titleOf(kind), result.plan?.changes.length ?? 0);
  void vscode.window.showInformationMessage(summary, apply).then((choice) => choice === apply && vscode.commands.executeCommand(CommandId.applyImport, preview));
  return true;
}
