// Hints on clients.yaml for deliverables the contract does not clearly promise (none found, or several passages), with
// quick fixes that add a `ref`: one per candidate passage, or a pick among all of the contract's passages.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../commands/ids';
import { core } from '../core';
import { offsetRange } from '../positions';
import { readText } from './clientsModel';
import type { Portfolio } from './portfolio';

export const UNMATCHED_CODE = 'clients/deliverable-unmatched';

/** What a quick fix needs to know about a hint. */
interface Unmatched {
  clientId: string;
  index: number;
  contract: vscode.Uri;
  /** Starts of the candidate passages; empty when none could be named. */
  starts: number[];
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
      const status = contract && (await portfolio.contract(client));
      if (!contract || status?.state !== 'scanned' || !status.deliverables) continue;
      for (const d of status.deliverables.deliverables) {
        if (d.cited) continue;
        titles ??= core().deliverableTitleRanges(text);
        const [start, end] = titles.get(client.id)?.[d.index] ?? [0, 0];
        const file = basename(status.path);
        const title = d.deliverable.title;
        const message = d.candidates
          ? vscode.l10n.t('“{0}” could be promised in several places of {1} (lines {2}): add a ref to name one.', title, file, d.candidates.map((c) => c.line).join(', '))
          : d.cause === 'ref-not-found'
            ? vscode.l10n.t('The ref “{0}” of “{1}” is not in {2}: correct it, or quote a phrase of the contract.', d.deliverable.ref ?? '', title, file)
            : d.cause === 'other-language'
              ? vscode.l10n.t('“{0}” is not found in {1}, which is written in another language than the title: add a ref.', title, file)
              : vscode.l10n.t('“{0}” is not found in {1}: add a ref, a clause number or a phrase quoted from it.', title, file);
        const hint = new vscode.Diagnostic(new vscode.Range(positionAt(text, start), positionAt(text, end)), message, vscode.DiagnosticSeverity.Hint);
        hint.source = 'Clean Break';
        hint.code = UNMATCHED_CODE;
        this.unmatched.set(hint, { clientId: client.id, index: d.index, contract, starts: (d.candidates ?? []).map((c) => c.start) });
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
      const contractText = await readText(unmatched.contract);
      if (contractText === undefined) continue;
      for (const choice of unmatched.starts.length ? core().refChoices(contractText, unmatched.starts) : []) {
        const action = new vscode.CodeAction(vscode.l10n.t('Add ref: "{0}" (line {1})', choice.ref, choice.line), vscode.CodeActionKind.QuickFix);
        action.edit = refEdit(document, unmatched, choice.ref);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const pick = new vscode.CodeAction(vscode.l10n.t('Add ref: choose the passage…'), vscode.CodeActionKind.QuickFix);
      pick.command = { command: CommandId.chooseDeliverableRef, title: pick.title, arguments: [document.uri, unmatched.clientId, unmatched.index, unmatched.contract] };
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

/** The quick fix's last resort: pick any passage of the contract, and its ref goes into clients.yaml (not saved). */
export async function chooseDeliverableRef(clientsUri: vscode.Uri, clientId: string, index: number, contract: vscode.Uri): Promise<void> {
  const contractText = await readText(contract);
  if (contractText === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not found.', vscode.workspace.asRelativePath(contract)));
    return;
  }
  const choices = core().refChoices(contractText);
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({ label: choice.text, description: vscode.l10n.t('line {0}', choice.line), choice })),
    { placeHolder: vscode.l10n.t('Which passage of {0} promises it?', basename(contract.fsPath)), matchOnDescription: true },
  );
  if (!picked) return;
  const document = await vscode.workspace.openTextDocument(clientsUri);
  try {
    await vscode.workspace.applyEdit(refEdit(document, { clientId, index }, picked.choice.ref));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('clients.yaml was not changed: {0}', error instanceof Error ? error.message : String(error)));
  }
}
