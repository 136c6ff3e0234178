// Hints on clients.yaml for deliverables the contract, or the notes and emails of a scope, do not clearly promise (none
// found, or several passages), with quick fixes that add a `ref`: one per candidate passage, or a pick among all the
// passages the matcher read.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../commands/ids';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { offsetRange } from '../positions';
import { contractTextOf } from '../contracts/contractDocuments';
import type { Portfolio } from './portfolio';
import type { Client } from '../../core/clients/schema';
import type { Citation } from '../../core/deliverables/citations';

export const UNMATCHED_CODE = 'clients/deliverable-unmatched';

/** The text of a single contract, as the engine reads it: a PDF or Word file's words, not its bytes. */
async function textOfContract(uri: vscode.Uri): Promise<string | undefined> {
  const contract = await contractTextOf(uri);
  return contract && 'text' in contract ? contract.text : undefined;
}

/** The text a deliverable's ref is matched in: a contract's, or a scope's notes and emails joined, as the matcher read it. */
export interface RefSource {
  /** Shown in the pick: the contract's file name, or the scope as clients.yaml names it. */
  name: string;
  text(): Promise<string | undefined>;
  /** Whether the text's line numbers are a file's: a scope's count in its files joined, and are not shown. */
  fileLines: boolean;
}

/** What a quick fix needs to know about a hint. */
interface Unmatched {
  clientId: string;
  index: number;
  source: RefSource;
  /** The candidate passages, quoted as the citations quote them, with where each is; empty when none could be named. */
  candidates: { text: string; where: string }[];
}

export class DeliverableHints implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly codeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clean-break-deliverables');
  private readonly unmatched = new WeakMap<vscode.Diagnostic, Unmatched>();

  /** Recomputes the hints for the clients of this snapshot of clients.yaml. */
  async update(portfolio: Portfolio | undefined): Promise<void> {
    if (!portfolio) {
      this.diagnostics.clear();
      return;
    }
    const { uri, text } = portfolio.snapshot;
    const hints: vscode.Diagnostic[] = [];
    let titles: Map<string, [number, number][]> | undefined;
    for (const { client } of portfolio.entries) {
      const contract = portfolio.contractUri(client);
      const scoped = contract === undefined && client.contract !== undefined && core().singleContractFile(client.contract) === undefined;
      if (!contract && !scoped) continue;
      const status = await portfolio.contract(client);
      if (status.state !== 'scanned' || !status.deliverables) continue;
      const file = contract ? basename(status.path) : status.path;
      const source: RefSource = contract
        ? { name: file, text: () => textOfContract(contract), fileLines: true }
        : { name: file, text: () => scopeText(portfolio, client), fileLines: false };
      const where = (c: Citation) => (contract ? vscode.l10n.t('line {0}', c.line) : vscode.l10n.t('{0}, line {1}', basename(c.path), c.line));
      for (const d of status.deliverables.deliverables) {
        if (d.cited) continue;
        titles ??= core().deliverableTitleRanges(text);
        const [start, end] = titles.get(client.id)?.[d.index] ?? [0, 0];
        const title = d.deliverable.title;
        const message = d.candidates
          ? contract
            ? vscode.l10n.t('“{0}” could be promised in several places of {1} (lines {2}): add a ref to name one.', title, file, d.candidates.map((c) => c.line).join(', '))
            : vscode.l10n.t('“{0}” could be promised in several places of {1} ({2}): add a ref to name one.', title, file, d.candidates.map(where).join('; '))
          : d.cause === 'ref-not-found'
            ? vscode.l10n.t('The ref “{0}” of “{1}” is not in {2}: correct it, or quote a phrase of the contract.', d.deliverable.ref ?? '', title, file)
            : d.cause === 'other-language'
              ? vscode.l10n.t('“{0}” is not found in {1}, which is written in another language than the title: add a ref.', title, file)
              : vscode.l10n.t('“{0}” is not found in {1}: add a ref, a clause number or a phrase quoted from it.', title, file);
        const hint = new vscode.Diagnostic(new vscode.Range(positionAt(text, start), positionAt(text, end)), message, vscode.DiagnosticSeverity.Hint);
        hint.source = 'Clean Break';
        hint.code = UNMATCHED_CODE;
        this.unmatched.set(hint, { clientId: client.id, index: d.index, source, candidates: (d.candidates ?? []).map((c) => ({ text: c.text, where: where(c) })) });
        hints.push(hint);
      }
    }
    this.diagnostics.set(uri, hints);
  }

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of this.diagnostics.get(document.uri) ?? []) {
      const unmatched = this.unmatched.get(diagnostic);
      if (!unmatched || !context.diagnostics.some((d) => d.range.isEqual(diagnostic.range) && d.message === diagnostic.message)) continue;
      const sourceText = await unmatched.source.text();
      if (sourceText === undefined) continue;
      const candidates = new Map(unmatched.candidates.map((c) => [c.text, c.where]));
      for (const choice of candidates.size ? core().refChoices(sourceText).filter((c) => candidates.has(c.text)) : []) {
        const action = new vscode.CodeAction(vscode.l10n.t('Add ref: "{0}" ({1})', choice.ref, candidates.get(choice.text)!), vscode.CodeActionKind.QuickFix);
        action.edit = refEdit(document, unmatched, choice.ref);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const pick = new vscode.CodeAction(vscode.l10n.t('Add ref: choose the passage…'), vscode.CodeActionKind.QuickFix);
      pick.command = { command: CommandId.chooseDeliverableRef, title: pick.title, arguments: [document.uri, unmatched.clientId, unmatched.index, unmatched.source] };
      pick.diagnostics = [diagnostic];
      actions.push(pick);
    }
    return actions;
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

/** The position of an offset in a text that may not be open in an editor. */
function positionAt(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  return new vscode.Position(before.split('\n').length - 1, offset - (before.lastIndexOf('\n') + 1));
}

function refEdit(document: vscode.TextDocument, { clientId, index }: Pick<Unmatched, 'clientId' | 'index'>, ref: string): vscode.WorkspaceEdit {
  const before = document.getText();
  const replacement = core().minimalReplacement(before, core().setDeliverableRef(before, clientId, index, ref));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, offsetRange(document, replacement.start, replacement.end), replacement.text);
  return edit;
}

/** A scope's notes and emails joined, as the matcher reads them; undefined when a file of it is missing. */
async function scopeText(portfolio: Portfolio, client: Client): Promise<string | undefined> {
  const scope = await portfolio.readScope(client);
  return 'missing' in scope ? undefined : scope.text;
}

/** The quick fix's last resort: pick any passage the matcher read, and its ref goes into clients.yaml (not saved). */
export async function chooseDeliverableRef(clientsUri: vscode.Uri, clientId: string, index: number, source: RefSource): Promise<void> {
  const sourceText = await source.text();
  if (sourceText === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not found.', source.name));
    return;
  }
  const choices = core().refChoices(sourceText);
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({ label: choice.text, ...(source.fileLines ? { description: vscode.l10n.t('line {0}', choice.line) } : {}), choice })),
    { placeHolder: vscode.l10n.t('Which passage of {0} promises it?', source.name), matchOnDescription: true },
  );
  if (!picked) return;
  const document = await vscode.workspace.openTextDocument(clientsUri);
  try {
    await vscode.workspace.applyEdit(refEdit(document, { clientId, index }, picked.choice.ref));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('clients.yaml was not changed: {0}', core().errorText(error, displayLanguage())));
  }
}
