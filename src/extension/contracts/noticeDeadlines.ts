// What a contract asks the user to act on, for the Problems panel: its notice period can no longer be met before the
// end date chosen in clients.yaml (decision.endAfter). A warning on the contract's notice clause, worded as the
// readiness check words it; clause findings themselves stay out of the Problems panel.
import * as vscode from 'vscode';
import type { Client } from '../../core/clients/schema';
import type { Portfolio } from '../clients/portfolio';
import { offsetRange } from '../positions';
import { contractTextUri } from './contractDocuments';
import type { ContractHighlighter } from './contractHighlighter';

export class NoticeDeadlines implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-notice');

  constructor(private readonly highlighter: ContractHighlighter) {}

  async update(portfolio: Portfolio): Promise<void> {
    const found = new Map<string, vscode.Diagnostic[]>();
    for (const { client } of portfolio.entries) {
      const contract = portfolio.contractUri(client);
      const reason = contract && (await this.missedNotice(portfolio, client));
      if (!contract || !reason) continue;
      // A PDF or Word contract is warned in its text, where the notice clause can be shown.
      const uri = contractTextUri(contract);
      const diagnostic = new vscode.Diagnostic(await this.noticeRange(uri, portfolio, client), `${client.name}: ${reason}`, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'Clean Break';
      diagnostic.code = 'notice-too-short';
      found.set(uri.toString(), [...(found.get(uri.toString()) ?? []), diagnostic]);
    }
    this.diagnostics.clear();
    for (const [uri, diagnostics] of found) this.diagnostics.set(vscode.Uri.parse(uri), diagnostics);
  }

  /**
   * The readiness reason when the chosen end date comes sooner than the contract's notice allows: the notice item
   * warns then, and otherwise only when the end date is already past.
   */
  private async missedNotice(portfolio: Portfolio, client: Client): Promise<string | undefined> {
    if (!client.decision || (await portfolio.contract(client)).state !== 'scanned') return undefined;
    const readiness = await portfolio.readiness(client);
    const notice = readiness.items.find((item) => item.id === 'notice');
    const shorter = notice?.status === 'warn' && readiness.endDate !== undefined && readiness.endDate >= portfolio.today;
    return shorter ? notice.reason : undefined;
  }

  /** The clause stating the notice readiness used; the top of the file when the scan places none. */
  private async noticeRange(uri: vscode.Uri, portfolio: Portfolio, client: Client): Promise<vscode.Range> {
    const document = await vscode.workspace.openTextDocument(uri);
    const contract = await portfolio.contract(client);
    const days = contract.state === 'scanned' ? contract.summary.noticeDays : undefined;
    const spans = this.highlighter.resultFor(document).spans;
    const span = spans.find((s) => s.kind === 'notice' && s.value === days) ?? spans.find((s) => s.kind === 'termination_convenience' && s.noticeDays === days);
    return span ? offsetRange(document, span.start, span.end) : new vscode.Range(0, 0, 0, 0);
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
