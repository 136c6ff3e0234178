// The workspace's clients.yaml, loaded through the core: from the open editor while the user types (debounced),
// from disk otherwise. Its problems show in the Problems panel; listeners hear when it changes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { LoadedClients } from '../../core/clients/loader';
import { core } from '../core';
import { toDiagnostic } from '../positions';
import { CLIENTS_FILE_SETTING, clientsFileUri, isInWorkspace } from '../settings';

const RELOAD_DELAY_MS = 250;
/** Set only once a load has found no file, so the welcome view never flashes while the extension starts. */
const NO_FILE_CONTEXT = 'cleanBreak.noClientsFile';

export interface ClientsSnapshot {
  uri: vscode.Uri;
  /** The text the snapshot was read from; write-back refuses when the file no longer holds it. */
  text: string;
  loaded: LoadedClients;
}

export class ClientsModel implements vscode.Disposable {
  private snapshot: Promise<ClientsSnapshot | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<ClientsSnapshot | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-clients');
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    const onFile = (uri: vscode.Uri) => {
      if (this.isClientsFile(uri)) this.scheduleReload(0);
    };
    this.subscriptions = [
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && this.isClientsFile(event.document.uri)) this.scheduleReload(RELOAD_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isClientsFile(document.uri) && document.isDirty) this.scheduleReload(0); // back to what is on disk
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cleanBreak.clientsFile')) this.scheduleReload(0);
      }),
      this.changed,
      this.diagnostics,
    ];
  }

  isClientsFile(uri: vscode.Uri): boolean {
    return uri.toString() === clientsFileUri()?.toString();
  }

  /** The current snapshot, loading it on first use. */
  current(): Promise<ClientsSnapshot | undefined> {
    this.snapshot ??= this.load();
    return this.snapshot;
  }

  /** Reloads now, and tells the listeners. */
  async reload(): Promise<ClientsSnapshot | undefined> {
    clearTimeout(this.timer);
    this.snapshot = this.load();
    const snapshot = await this.snapshot;
    this.changed.fire(snapshot);
    return snapshot;
  }

  private scheduleReload(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), delay);
  }

  private async load(): Promise<ClientsSnapshot | undefined> {
    this.diagnostics.clear();
    const uri = clientsFileUri();
    if (uri && !isInWorkspace(uri)) {
      await this.refuseClientsFileSetting();
      return undefined;
    }
    const read = uri && (await loadClientsAt(uri));
    void vscode.commands.executeCommand('setContext', NO_FILE_CONTEXT, read === undefined);
    if (!uri || !read) return undefined;
    this.diagnostics.set(uri, read.loaded.problems.map((p) => toDiagnostic(p)));
    return { uri, ...read };
  }

  /** A clientsFile setting that leads out of the workspace: an error where it is set, if in the workspace settings. */
  private async refuseClientsFileSetting(): Promise<void> {
    const message = vscode.l10n.t('{0} points outside the workspace folder; Clean Break reads and writes only files inside it.', CLIENTS_FILE_SETTING);
    void vscode.commands.executeCommand('setContext', NO_FILE_CONTEXT, true);
    const settings = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    const text = await readText(settings).catch(() => undefined);
    const at = text?.indexOf(`"${CLIENTS_FILE_SETTING}"`) ?? -1;
    if (text === undefined || at < 0) {
      // Set in the user's settings: the Settings editor finds it.
      const open = vscode.l10n.t('Open Settings');
      void vscode.window.showErrorMessage(message, open).then((choice) => choice === open && vscode.commands.executeCommand('workbench.action.openSettings', CLIENTS_FILE_SETTING));
      return;
    }
    const lines = text.slice(0, at).split('\n');
    const start = new vscode.Position(lines.length - 1, lines[lines.length - 1].length);
    const range = new vscode.Range(start, start.translate(0, CLIENTS_FILE_SETTING.length + 2));
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'Clean Break';
    diagnostic.code = 'settings/clients-file-outside';
    this.diagnostics.set(settings, [diagnostic]);
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** clients.yaml read and loaded; a file over the size limit is refused before it is read, with a problem at its start. */
async function loadClientsAt(uri: vscode.Uri): Promise<Omit<ClientsSnapshot, 'uri'> | undefined> {
  const file = vscode.workspace.asRelativePath(uri);
  let text: string | undefined;
  try {
    text = await readText(uri);
  } catch (error) {
    if (!(error instanceof core().RefusedFileError)) throw error;
    return { text: '', loaded: core().tooLargeClients(file, (await sizeOf(uri)) ?? 0) };
  }
  if (text === undefined) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? dirname(uri.fsPath);
  const folder = dirname(uri.fsPath);
  const loaded = core().loadClients(text, {
    file,
    exists: (path) => existsSync(join(folder, path)),
    refuse: (path) => core().refusalMessages(root, join(folder, path), path),
  });
  return { text, loaded };
}

async function sizeOf(uri: vscode.Uri): Promise<number | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return undefined;
  }
}

/**
 * The text of a file: the open editor's when it is open (possibly unsaved), else what is on disk. A file over the
 * size limit is refused (RefusedFileError) before it is read.
 */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const size = await sizeOf(uri);
  if (size === undefined) return undefined;
  core().requireReadableSize(size, vscode.workspace.asRelativePath(uri));
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
