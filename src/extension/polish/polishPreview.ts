// The polished text as it streams in, shown as a read-only document beside the draft in a diff view: the user sees
// every change before anything replaces the draft, and closing it never asks to save.
import * as vscode from 'vscode';

export const POLISH_SCHEME = 'clean-break-polish';
const REFRESH_MS = 100;

export class PolishPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private counter = 0;

  create(): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: POLISH_SCHEME, path: `/polished-${++this.counter}.md` });
    this.texts.set(uri.toString(), '');
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  /** Appends streamed text, refreshing the view at most every 100 ms. */
  append(uri: vscode.Uri, piece: string): void {
    const key = uri.toString();
    this.texts.set(key, (this.texts.get(key) ?? '') + piece);
    if (this.pending.has(key)) return;
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.changed.fire(uri);
    }, REFRESH_MS));
  }

  async close(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) =>
      tab.input instanceof vscode.TabInputTextDiff ? tab.input.modified.toString() === key : tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key,
    );
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
    this.texts.delete(key);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.changed.dispose();
  }
}
