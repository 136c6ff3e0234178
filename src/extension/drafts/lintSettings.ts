// The lint rules turned off, from the setting `cleanBreak.lint.disabledRules` and `.clean-break/lint.json`;
// problems in that file show in the Problems panel at their position.
import * as vscode from 'vscode';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { readText } from '../clients/clientsModel';
import { toDiagnostic } from '../positions';

const CONFIG_PATH = '.clean-break/lint.json';

export class LintSettings implements vscode.Disposable {
  private fromFile: string[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-lint-config');
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_PATH}`);
    const reload = () => void this.reload();
    this.subscriptions = [
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      this.changed,
      this.diagnostics,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cleanBreak.lint')) this.changed.fire();
      }),
    ];
    void this.reload();
  }

  disabledRules(): string[] {
    const fromSetting = vscode.workspace.getConfiguration('cleanBreak').get<string[]>('lint.disabledRules', []);
    return [...new Set([...fromSetting, ...this.fromFile])];
  }

  private async reload(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.fromFile = [];
    if (folder) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_PATH);
      try {
        const text = await readText(uri);
        if (text === undefined) {
          this.diagnostics.delete(uri); // no such file: nothing is turned off by it
        } else {
          const { config, problems } = core().parseLintConfig(text, CONFIG_PATH);
          this.fromFile = config.disable;
          this.diagnostics.set(uri, problems.map((p) => toDiagnostic(p)));
        }
      } catch (error) {
        if (!(error instanceof core().RefusedFileError)) throw error;
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), core().errorText(error, displayLanguage()), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Clean Break';
        this.diagnostics.set(uri, [diagnostic]);
      }
    }
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
