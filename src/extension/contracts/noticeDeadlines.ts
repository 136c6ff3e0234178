// What a contract asks the user to act on, for the Problems panel: its notice period can no longer be met before the
// end date chosen in clients.yaml (decision.endAfter). A warning on the contract's notice clause (for notes and emails
// read as one scope, in the file that states it), worded as the readiness check words it; clause findings themselves
// stay out of the Problems panel.
import * as vscode from 'vscode';
import type { ClauseSpan } from '../../core/clauses/types';
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
      const reason = await this.missedNotice(portfolio, client);
      const place = reason && (await this.noticePlace(portfolio, client));
      if (!reason || !place) continue;
      const { uri, range } = place;
      const diagnostic = new vscode.Diagnostic(range, `${client.name}: ${reason}`, vscode.DiagnosticSeverity.Warning);
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

  /**
   * Where to warn: the clause stating the notice readiness used, in the contract or in the note or email of the scope
   * that states it; the top of the contract, or of the scope's first file, when the scan places none.
   */
  private async noticePlace(portfolio: Portfolio, client: Client): Promise<{ uri: vscode.Uri; range: vscode.Range } | undefined> {
    const contract = await portfolio.contract(client);
    if (contract.state !== 'scanned') return undefined;
    const days = contract.summary.noticeDays;
    const stating = (spans: readonly ClauseSpan[]): ClauseSpan | undefined =>
      spans.find((s) => s.kind === 'notice' && s.value === days) ?? spans.find((s) => s.kind === 'termination_convenience' && s.noticeDays === days);
    const single = portfolio.contractUri(client);
    if (single) {
      // A PDF or Word contract is warned in its text, where the notice clause can be shown.
      const uri = contractTextUri(single);
      const document = await vscode.workspace.openTextDocument(uri);
      const span = stating(this.highlighter.resultFor(document).spans);
      return { uri, range: span ? offsetRange(document, span.start, span.end) : new vscode.Range(0, 0, 0, 0) };
    }
    for (const { path, spans } of contract.clauses ?? []) {
      const span = stating(spans);
      if (!span) continue;
      // A PDF or Word file of the scope is warned in its text, as the tree opens it.
      const uri = contractTextUri(portfolio.fileUri(path));
      return { uri, range: offsetRange(await vscode.workspace.openTextDocument(uri), span.start, span.end) };
    }
    const [first] = await portfolio.scopeFiles(client);
    return first && { uri: first.uri, range: new vscode.Range(0, 0, 0, 0) };
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
