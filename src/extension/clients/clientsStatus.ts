// A language status item on clients.yaml: how many problems the file has, and how many clients are ready to end.
import * as vscode from 'vscode';
import type { Services } from '../services';

export class ClientsStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('cleanBreak.clientsStatus', { language: 'yaml', pattern: '**/clients.yaml' });

  constructor(private readonly services: Services) {
    this.item.name = vscode.l10n.t('Clean Break');
    this.item.command = { command: 'workbench.view.extension.cleanBreak', title: vscode.l10n.t('Show Clients') };
  }

  async update(): Promise<void> {
    const portfolio = await this.services.portfolio();
    if (!portfolio) {
      this.item.text = vscode.l10n.t('Clean Break: no clients.yaml');
      return;
    }
    const problems = portfolio.snapshot.loaded.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    let ready = 0;
    for (const { client } of portfolio.entries) {
      if (client.decision && client.status !== 'ended' && !(await portfolio.readiness(client)).blocked) ready++;
    }
    this.item.text = problems.length === 1 ? vscode.l10n.t('1 problem · {0} ready to end', ready) : vscode.l10n.t('{0} problems · {1} ready to end', problems.length, ready);
    this.item.detail = portfolio.entries.length === 1 ? vscode.l10n.t('1 client') : vscode.l10n.t('{0} clients', portfolio.entries.length);
    this.item.severity = errors ? vscode.LanguageStatusSeverity.Error : problems.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
  }
}
