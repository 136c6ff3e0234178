// The workspace's clients.yaml, loaded through the core: from the open editor while the user types (debounced),
// from disk otherwise. Its problems show in the Problems panel; listeners hear when it changes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { LoadedClients } from '../../core/clients/loader';
import { core } from '../core';
import { toDiagnostic } from '../positions';
import { clientsFileUri } from '../settings';

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
    const uri = clientsFileUri();
    const text = uri && (await readText(uri));
    void vscode.commands.executeCommand('setContext', NO_FILE_CONTEXT, text === undefined);
    if (!uri || text === undefined) {
      this.diagnostics.clear();
      return undefined;
    }
    const folder = dirname(uri.fsPath);
    const loaded = core().loadClients(text, {
      file: vscode.workspace.asRelativePath(uri),
      exists: uri.scheme === 'file' ? (relative) => existsSync(join(folder, relative)) : undefined,
    });
    this.diagnostics.set(uri, loaded.problems.map((p) => toDiagnostic(p)));
    return { uri, text, loaded };
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The text of a file: the open editor's when it is open (possibly unsaved), else what is on disk. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
