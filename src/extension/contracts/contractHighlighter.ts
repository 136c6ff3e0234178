// Highlights what a contract says about ending it: decorations by clause kind with overview-ruler marks, hovers
// and a CodeLens with the end date. Clause findings stay out of the Problems panel: diagnostics are only the scan's
// warnings, and each clause at Hint level when the user asks for it. It follows the text as the user types. A note
// or email of a client's scope shows the clauses the whole scope's scan found in it (scopeMembers.ts).
import * as vscode from 'vscode';
import type { ClauseKind, ClauseSpan, ScanResult } from '../../core/clauses/types';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { KeyedDebounce } from '../debounce';
import { longDate } from '../longDate';
import { offsetRange } from '../positions';
import { clauseDiagnosticsEnabled, highlightsEnabled } from '../settings';
import { today } from '../today';
import { clauseColorId, clauseLabel, clauseValueText } from './clauseLabels';
import type { ScopeMembers } from './scopeMembers';

const RESCAN_DELAY_MS = 150;

/** What a scope's member shows before its scope has been read. */
const NOTHING_READ_YET: ScanResult = {
  language: 'other',
  spans: [],
  summary: { language: 'other', canTerminateForConvenience: false, forCauseOnly: false, survives: [] },
  warnings: [],
};

interface Scanned {
  version: number;
  result: ScanResult;
}

export class ContractHighlighter implements vscode.HoverProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly decorations = new Map<ClauseKind, vscode.TextEditorDecorationType>();
  /** The ranges last decorated in visible editors, per document and clause kind; read by appliedHighlights(). */
  private readonly applied = new Map<string, Map<ClauseKind, vscode.Range[]>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-contracts');
  private readonly scans = new Map<string, Scanned>();
  /** The contracts clients.yaml names now, and the files the user scanned on request. */
  private named = new Set<string>();
  private readonly requested = new Set<string>();
  private readonly rescans = new KeyedDebounce(RESCAN_DELAY_MS);
  private readonly codeLensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.codeLensChanged.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `pageAt` gives the page of an offset in the text of a PDF contract. */
  constructor(
    private readonly scopes: ScopeMembers,
    private readonly pageAt: (uri: vscode.Uri, offset: number) => number | undefined = () => undefined,
  ) {
    this.subscriptions.push(
      this.diagnostics,
      this.codeLensChanged,
      scopes.onDidUpdate((document) => this.render(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleRescan(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.rescans.cancel(document.uri.toString());
        this.scans.delete(document.uri.toString());
        this.applied.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cleanBreak.highlights')) this.refreshVisible();
      }),
    );
  }

  /** Replaces the contracts named in clients.yaml; files scanned on request stay tracked. */
  setNamedContracts(uris: readonly vscode.Uri[]): void {
    const before = this.named;
    this.named = new Set(uris.map((uri) => uri.toString()));
    // A contract clients.yaml no longer names loses its highlights, hovers and outline at once.
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (before.has(key) && !this.isContract(document)) this.clear(document);
    }
    this.refreshVisible();
  }

  private isTracked(key: string): boolean {
    return this.named.has(key) || this.requested.has(key);
  }

  /** Scans a document on request and keeps highlighting it from now on. */
  scan(document: vscode.TextDocument): ScanResult {
    this.requested.add(document.uri.toString());
    const result = this.resultFor(document);
    this.render(document);
    return result;
  }

  resultFor(document: vscode.TextDocument): ScanResult {
    if (this.scopes.isMember(document)) return this.scopes.current(document)?.scan ?? NOTHING_READ_YET;
    const key = document.uri.toString();
    const cached = this.scans.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = core().scanContract(document.getText());
    this.scans.set(key, { version: document.version, result });
    return result;
  }

  /** What the user sees highlighted in a document, by clause kind: VS Code offers no way to read decorations back. */
  appliedHighlights(uri: vscode.Uri): ReadonlyMap<ClauseKind, readonly vscode.Range[]> {
    return this.applied.get(uri.toString()) ?? new Map();
  }

  isContract(document: vscode.TextDocument): boolean {
    return this.isTracked(document.uri.toString()) || this.scopes.isMember(document);
  }

  /** A scope's member is drawn again once its scope has been read again (onDidUpdate). */
  private scheduleRescan(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.isTracked(key) && !this.scopes.isMember(document)) this.rescans.schedule(key, () => this.render(document));
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (this.isContract(editor.document)) this.render(editor.document);
    }
  }

  private decorationFor(kind: ClauseKind): vscode.TextEditorDecorationType {
    let type = this.decorations.get(kind);
    if (!type) {
      const color = new vscode.ThemeColor(clauseColorId(kind));
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.decorations.set(kind, type);
    }
    return type;
  }

  /** Takes the document's highlights, clause problems and CodeLens away. */
  private clear(document: vscode.TextDocument): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    for (const editor of editors) for (const type of this.decorations.values()) editor.setDecorations(type, []);
    if (editors.length) this.applied.set(document.uri.toString(), new Map());
    this.diagnostics.delete(document.uri);
    this.codeLensChanged.fire();
  }

  private render(document: vscode.TextDocument): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (!highlightsEnabled()) {
      this.clear(document);
      return;
    }
    const result = this.resultFor(document);
    const byKind = new Map<ClauseKind, vscode.Range[]>([...this.decorations.keys()].map((kind) => [kind, []]));
    for (const span of result.spans) {
      const ranges = byKind.get(span.kind) ?? [];
      ranges.push(offsetRange(document, span.start, span.end));
      byKind.set(span.kind, ranges);
    }
    for (const editor of editors) for (const [kind, ranges] of byKind) editor.setDecorations(this.decorationFor(kind), ranges);
    if (editors.length) this.applied.set(document.uri.toString(), byKind);
    this.diagnostics.set(document.uri, [
      ...result.warnings.map((w) => this.diagnostic(new vscode.Range(0, 0, 0, 0), w[displayLanguage()], vscode.DiagnosticSeverity.Information)),
      ...(clauseDiagnosticsEnabled()
        ? result.spans.map((span) => this.diagnostic(offsetRange(document, span.start, span.end), this.describe(span), vscode.DiagnosticSeverity.Hint))
        : []),
    ]);
    this.codeLensChanged.fire();
  }

  private diagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range, message, severity);
    diagnostic.source = 'Clean Break';
    return diagnostic;
  }

  /** Short, since the hover gives the explanation: the kind, its value, and the confidence. */
  private describe(span: ClauseSpan): string {
    const value = clauseValueText(span.kind, span.value);
    return `${clauseLabel(span.kind)}${value ? ` (${value})` : ''} · ${vscode.l10n.t('Confidence {0}%', Math.round(span.score * 100))}`;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.isContract(document) || !highlightsEnabled()) return undefined;
    if (this.scopes.isMember(document)) await this.scopes.viewOf(document);
    const offset = document.offsetAt(position);
    const spans = this.resultFor(document).spans.filter((s) => s.start <= offset && offset < s.end);
    if (!spans.length) return undefined;
    const markdown = new vscode.MarkdownString();
    const language = displayLanguage();
    for (const span of spans) {
      const value = clauseValueText(span.kind, span.value);
      markdown.appendMarkdown(`**${clauseLabel(span.kind)}**${value ? ` — ${value}` : ''}  \n`);
      markdown.appendText(span.explanation[language]);
      markdown.appendMarkdown(`  \n_${vscode.l10n.t('Confidence {0}%', Math.round(span.score * 100))}_\n\n`);
    }
    const first = spans[0];
    const page = this.pageAt(document.uri, first.start);
    if (page !== undefined) markdown.appendMarkdown(`_${vscode.l10n.t('Page {0}', page)}_\n`);
    return new vscode.Hover(markdown, offsetRange(document, first.start, first.end));
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.isContract(document) || !highlightsEnabled()) return [];
    if (this.scopes.isMember(document)) await this.scopes.viewOf(document);
    const lenses: vscode.CodeLens[] = [];
    for (const span of this.resultFor(document).spans) {
      if (span.kind !== 'notice' || typeof span.value !== 'number') continue;
      lenses.push(new vscode.CodeLens(offsetRange(document, span.start, span.start), {
        title: vscode.l10n.t('Notice {0} days → ends {1} if given today', span.value, longDate(core().addDays(today(), span.value))),
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
