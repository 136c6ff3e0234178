// Drafts open as new untitled Markdown documents (never a file on disk). This registry remembers what each draft
// is, lints it as the user types, offers the linter's fixes as quick fixes, and sets `cleanBreak.isDraft`.
import * as vscode from 'vscode';
import type { LintFinding } from '../../core/lint/types';
import type { KnownFacts } from '../../core/polish/facts';
import { core } from '../core';
import { KeyedDebounce } from '../debounce';
import { displayLanguage } from '../displayLanguage';
import { problemRange } from '../positions';
import { LintSettings } from './lintSettings';

export type DraftKind = 'termination' | 'referral' | 'meeting';

export interface DraftInfo {
  kind: DraftKind;
  clientId: string;
  language: 'en' | 'it';
  /** The client's address, for the mailto: link. */
  to?: string;
  /** What a polish must keep: the names, the end date and the notice period. */
  known: KnownFacts;
}

const LINT_DELAY_MS = 200;
const IS_DRAFT_CONTEXT = 'cleanBreak.isDraft';

export class DraftDocuments implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly codeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly drafts = new Map<string, DraftInfo>();
  private readonly findings = new Map<string, LintFinding[]>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-drafts');
  private readonly lints = new KeyedDebounce(LINT_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly lintSettings: LintSettings) {
    this.subscriptions = [
      this.diagnostics,
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleLint(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      lintSettings.onDidChange(() => this.relintAll()),
    ];
  }

  async open(text: string, info: DraftInfo): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    this.drafts.set(document.uri.toString(), info);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    this.lint(document);
    this.updateContext();
    return editor;
  }

  infoFor(document: vscode.TextDocument): DraftInfo | undefined {
    return this.drafts.get(document.uri.toString());
  }

  /** The active editor's draft, if the active editor holds one. */
  activeDraft(): { editor: vscode.TextEditor; info: DraftInfo } | undefined {
    const editor = vscode.window.activeTextEditor;
    const info = editor && this.infoFor(editor.document);
    return editor && info ? { editor, info } : undefined;
  }

  lint(document: vscode.TextDocument): LintFinding[] {
    const info = this.infoFor(document);
    if (!info) return [];
    const findings = core().lintText(document.getText(), {
      language: info.language,
      messageLanguage: displayLanguage(),
      kind: info.kind === 'termination' ? 'termination' : 'other',
      disable: this.lintSettings.disabledRules(),
    });
    this.findings.set(document.uri.toString(), findings);
    this.diagnostics.set(document.uri, findings.map((finding) => {
      const diagnostic = new vscode.Diagnostic(problemRange(finding), finding.message, SEVERITY[finding.severity]);
      diagnostic.source = 'Clean Break';
      diagnostic.code = finding.rule;
      return diagnostic;
    }));
    return findings;
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const findings = this.findings.get(document.uri.toString()) ?? [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of findings) {
      if (!finding.fix || !problemRange(finding).intersection(range)) continue;
      const action = new vscode.CodeAction(fixTitle(finding), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, problemRange(finding.fix), finding.fix.text);
      action.diagnostics = this.diagnostics.get(document.uri)?.filter((d) => d.code === finding.rule && d.range.isEqual(problemRange(finding)));
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }

  private scheduleLint(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.drafts.has(key)) this.lints.schedule(key, () => this.lint(document));
  }

  private relintAll(): void {
    for (const document of vscode.workspace.textDocuments) if (this.drafts.has(document.uri.toString())) this.lint(document);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.lints.cancel(key);
    this.drafts.delete(key);
    this.findings.delete(key);
    this.diagnostics.delete(document.uri);
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', IS_DRAFT_CONTEXT, this.activeDraft() !== undefined);
  }

  dispose(): void {
    this.lints.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

const SEVERITY: Record<LintFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function fixTitle(finding: LintFinding): string {
  const fix = finding.fix;
  if (!fix || fix.text === '') return vscode.l10n.t('Remove it ({0})', finding.rule);
  return vscode.l10n.t('Replace with "{0}" ({1})', fix.text, finding.rule);
}
