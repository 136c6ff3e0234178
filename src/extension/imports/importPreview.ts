// What an import would make of clients.yaml, shown as a read-only document in a diff beside the file, with Apply in
// the diff's title bar. Applying writes the previewed text through the write-back, and only if clients.yaml still
// holds what the preview was made from.
import * as vscode from 'vscode';
import type { ClientsModel } from '../clients/clientsModel';
import { writeBack } from '../clients/writeBack';

export const IMPORT_SCHEME = 'clean-break-import';
/** Set while a preview waits for Apply: shows the command in the palette and the diff's title bar. */
const PENDING_CONTEXT = 'cleanBreak.importPending';

interface Pending {
  uri: vscode.Uri;
  before: string;
  after: string;
}

export class ImportPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private pending: Pending | undefined;
  private counter = 0;
  private output: vscode.OutputChannel | undefined;

  constructor(private readonly clients: ClientsModel) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pending?.uri.toString() === uri.toString() ? this.pending.after : '';
  }

  /** Opens the diff of clients.yaml (left) and what the import would make of it (right). */
  async show(clientsUri: vscode.Uri, before: string, after: string, title: string): Promise<void> {
    await this.closeDiff();
    const uri = vscode.Uri.from({ scheme: IMPORT_SCHEME, path: `/import-${++this.counter}/clients.yaml` });
    this.pending = { uri, before, after };
    await vscode.commands.executeCommand('setContext', PENDING_CONTEXT, true);
    await vscode.commands.executeCommand('vscode.diff', clientsUri, uri, title, { preview: false });
  }

  /** Writes the previewed changes; false, after saying why, when there is none or clients.yaml changed meanwhile. */
  async apply(): Promise<boolean> {
    const pending = this.pending;
    if (!pending) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no import waiting to be applied.'));
      return false;
    }
    const written = await writeBack(this.clients, (text) => {
      if (text !== pending.before) throw new Error(vscode.l10n.t('it changed since the import was previewed; run the import again'));
      return pending.after;
    });
    if (written) await this.closeDiff();
    return written;
  }

  /** Lists the problems of a failed import, or what an import could not attribute, in an output channel of its own. */
  showReport(lines: string[]): void {
    this.output ??= vscode.window.createOutputChannel(vscode.l10n.t('Clean Break Import'));
    this.output.clear();
    for (const line of lines) this.output.appendLine(line);
    this.output.show(true);
  }

  private async closeDiff(): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    await vscode.commands.executeCommand('setContext', PENDING_CONTEXT, false);
    if (!pending) return;
    const key = pending.uri.toString();
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === key);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    this.output?.dispose();
  }
}
