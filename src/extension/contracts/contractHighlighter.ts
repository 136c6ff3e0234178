// Highlights what a contract says about ending it: decorations by clause kind with overview-ruler marks,
// information diagnostics, hovers and a CodeLens with the end date. It follows the text as the user types.
import * as vscode from 'vscode';
import type { ClauseSpan, ScanResult } from '../../core/clauses/types';
import { core } from '../core';
import { KeyedDebounce } from '../debounce';
import { offsetRange } from '../positions';
import { today } from '../today';
import { clauseColorId, clauseLabel, clauseValueText } from './clauseLabels';

const RESCAN_DELAY_MS = 150;

interface Scanned {
  version: number;
  result: ScanResult;
}

export class ContractHighlighter implements vscode.HoverProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly decorations = new Map<string, vscode.TextEditorDecorationType>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-contracts');
  private readonly scans = new Map<string, Scanned>();
  /** The ranges last decorated in each document, by clause kind: what the user sees highlighted. */
  private readonly decorated = new Map<string, Map<string, vscode.Range[]>>();
  /** Contracts named in clients.yaml, and files the user asked to scan. */
  private readonly contracts = new Set<string>();
  private readonly rescans = new KeyedDebounce(RESCAN_DELAY_MS);
  private readonly codeLensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.codeLensChanged.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `pageAt` gives the page of an offset in the text of a PDF contract. */
  constructor(private readonly pageAt: (uri: vscode.Uri, offset: number) => number | undefined = () => undefined) {
    this.subscriptions.push(
      this.diagnostics,
      this.codeLensChanged,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleRescan(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.rescans.cancel(document.uri.toString());
        this.scans.delete(document.uri.toString());
        this.decorated.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cleanBreak.highlights')) this.refreshVisible();
      }),
    );
  }

  /** Replaces the contracts named in clients.yaml; files scanned on request stay tracked. */
  setNamedContracts(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) this.contracts.add(uri.toString());
    this.refreshVisible();
  }

  /** Scans a document on request and keeps highlighting it from now on. */
  scan(document: vscode.TextDocument): ScanResult {
    this.contracts.add(document.uri.toString());
    const result = this.resultFor(document);
    this.render(document);
    return result;
  }

  resultFor(document: vscode.TextDocument): ScanResult {
    const key = document.uri.toString();
    const cached = this.scans.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = core().scanContract(document.getText());
    this.scans.set(key, { version: document.version, result });
    return result;
  }

  /** The ranges highlighted in a document, by clause kind. */
  decoratedRanges(uri: vscode.Uri): ReadonlyMap<string, vscode.Range[]> {
    return this.decorated.get(uri.toString()) ?? new Map();
  }

  isContract(document: vscode.TextDocument): boolean {
    return this.contracts.has(document.uri.toString());
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration('cleanBreak').get<boolean>('highlights.enabled', true);
  }

  private scheduleRescan(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.contracts.has(key)) this.rescans.schedule(key, () => this.render(document));
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (this.contracts.has(editor.document.uri.toString())) this.render(editor.document);
    }
  }

  private decorationFor(span: ClauseSpan): vscode.TextEditorDecorationType {
    let type = this.decorations.get(span.kind);
    if (!type) {
      const color = new vscode.ThemeColor(clauseColorId(span.kind));
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.decorations.set(span.kind, type);
    }
    return type;
  }

  private render(document: vscode.TextDocument): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (!this.enabled()) {
      for (const editor of editors) for (const type of this.decorations.values()) editor.setDecorations(type, []);
      this.diagnostics.delete(document.uri);
      this.decorated.delete(document.uri.toString());
      this.codeLensChanged.fire();
      return;
    }
    const result = this.resultFor(document);
    const byKind = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const type of this.decorations.values()) byKind.set(type, []);
    for (const span of result.spans) {
      const type = this.decorationFor(span);
      const ranges = byKind.get(type) ?? [];
      ranges.push(offsetRange(document, span.start, span.end));
      byKind.set(type, ranges);
    }
    for (const editor of editors) for (const [type, ranges] of byKind) editor.setDecorations(type, ranges);
    this.decorated.set(document.uri.toString(), new Map([...this.decorations].map(([kind, type]) => [kind, byKind.get(type) ?? []])));
    this.diagnostics.set(document.uri, [
      ...result.warnings.map((w) => this.diagnostic(new vscode.Range(0, 0, 0, 0), w)),
      ...result.spans.map((span) => this.diagnostic(offsetRange(document, span.start, span.end), this.describe(span))),
    ]);
    this.codeLensChanged.fire();
  }

  private diagnostic(range: vscode.Range, message: string): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = 'Clean Break';
    return diagnostic;
  }

  /** Short, since the hover gives the explanation: the kind, its value, and the confidence. */
  private describe(span: ClauseSpan): string {
    const value = clauseValueText(span.kind, span.value);
    return `${clauseLabel(span.kind)}${value ? ` (${value})` : ''} · ${vscode.l10n.t('Confidence {0}%', Math.round(span.score * 100))}`;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.isContract(document) || !this.enabled()) return undefined;
    const offset = document.offsetAt(position);
    const spans = this.resultFor(document).spans.filter((s) => s.start <= offset && offset < s.end);
    if (!spans.length) return undefined;
    const markdown = new vscode.MarkdownString();
    for (const span of spans) {
      const value = clauseValueText(span.kind, span.value);
      markdown.appendMarkdown(`**${clauseLabel(span.kind)}**${value ? ` — ${value}` : ''}  \n`);
      markdown.appendText(span.explanation);
      markdown.appendMarkdown(`  \n_${vscode.l10n.t('Confidence {0}%', Math.round(span.score * 100))}_\n\n`);
    }
    const first = spans[0];
    const page = this.pageAt(document.uri, first.start);
    if (page !== undefined) markdown.appendMarkdown(`_${vscode.l10n.t('Page {0}', page)}_\n`);
    return new vscode.Hover(markdown, offsetRange(document, first.start, first.end));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.isContract(document) || !this.enabled()) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const span of this.resultFor(document).spans) {
      if (span.kind !== 'notice' || typeof span.value !== 'number') continue;
      lenses.push(new vscode.CodeLens(offsetRange(document, span.start, span.start), {
        title: vscode.l10n.t('Notice {0} days → ends {1} if given today', span.value, core().addDays(today(), span.value)),
        command: '',
      }));
    }
    return lenses;
  }

  dispose(): void {
    this.rescans.dispose();
    for (const type of this.decorations.values()) type.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
