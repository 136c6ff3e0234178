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
  /** Whether its diff has opened. */
  shown: boolean;
}

export class ImportPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private pending: Pending | undefined;
  private counter = 0;
  private output: vscode.OutputChannel | undefined;

  /** Closing the diff drops the import: Apply must never write changes the user can no longer see. */
  private readonly tabWatch = vscode.window.tabGroups.onDidChangeTabs(() => {
    if (this.pending?.shown && !this.previewTabs(this.pending).length) void this.closeDiff();
  });

  constructor(private readonly clients: ClientsModel) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pending?.uri.toString() === uri.toString() ? this.pending.after : '';
  }

  /** Opens the diff of clients.yaml (left) and what the import would make of it (right); returns the preview's address. */
  async show(clientsUri: vscode.Uri, before: string, after: string, title: string): Promise<vscode.Uri> {
    await this.closeDiff();
    const uri = vscode.Uri.from({ scheme: IMPORT_SCHEME, path: `/import-${++this.counter}/clients.yaml` });
    const pending: Pending = { uri, before, after, shown: false };
    this.pending = pending;
    await vscode.commands.executeCommand('setContext', PENDING_CONTEXT, true);
    await vscode.commands.executeCommand('vscode.diff', clientsUri, uri, title, { preview: false });
    // Watched from now on: the tab watch must not drop the import while its diff opens.
    pending.shown = true;
    return uri;
  }

  /**
   * Writes the previewed changes; false, after saying why, when there is none, when `preview` names one that was
   * closed or replaced since (a notification's Apply belongs to its own import), or when clients.yaml changed meanwhile.
   */
  async apply(preview?: vscode.Uri): Promise<boolean> {
    const pending = this.pending;
    if (!pending || (preview && pending.uri.toString() !== preview.toString())) {
      void vscode.window.showInformationMessage(
        preview ? vscode.l10n.t('That import\'s preview was closed or replaced: run the import again to apply it.') : vscode.l10n.t('There is no import waiting to be applied.'),
      );
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
    const tabs = this.previewTabs(pending);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  private previewTabs(pending: Pending): vscode.Tab[] {
    const key = pending.uri.toString();
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === key);
  }

  dispose(): void {
    this.tabWatch.dispose();
    this.output?.dispose();
  }
}
