// "Draft Termination Email", "Draft Referral Note", "Draft Meeting Request": checks readiness (the user sees what
// blocks, and may draft anyway), renders the template in the draft's language, and opens it as a new untitled
// document. A broken template override is reported at its position and the built-in template is used.
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DraftKind } from '../../core/drafting/templates';
import { readText } from '../clients/clientsModel';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { toDiagnostic } from '../positions';
import type { CommandTarget, Services } from '../services';
import { draftLanguage } from '../settings';

const templateProblems = vscode.languages.createDiagnosticCollection('clean-break-templates');

export function disposeTemplateProblems(): void {
  templateProblems.dispose();
}

export interface DraftOptions {
  /** Draft even when readiness blocks, without asking (the user already chose to). */
  anyway?: boolean;
}

export async function draft(services: Services, kind: DraftKind, node?: CommandTarget, options: DraftOptions = {}): Promise<vscode.TextEditor | undefined> {
  const picked = await services.pickClient(node);
  if (!picked) return undefined;
  const { portfolio, entry } = picked;
  const { client } = entry;
  const language = draftLanguage();
  const readiness = await portfolio.readiness(client);
  const blocking = readiness.items.filter((item) => item.status === 'block');
  if (blocking.length && !options.anyway) {
    const anyway = vscode.l10n.t('Draft Anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is not ready to be told.', client.name),
      { modal: true, detail: blocking.map((item) => `• ${item.reason}`).join('\n') },
      anyway,
    );
    if (choice !== anyway) return undefined;
  }
  const contract = await portfolio.contract(client);
  const workspaceRoot = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  try {
    const result = await core().createDraft(
      {
        kind,
        client,
        me: portfolio.file.me,
        defaults: portfolio.file.defaults,
        contract: contract.state === 'scanned' ? contract.summary : undefined,
        today: portfolio.today,
        language,
      },
      {
        builtInFolder: join(services.extensionUri.fsPath, 'templates'),
        workspaceRoot,
        trusted: vscode.workspace.isTrusted,
        readText: (path) => readText(vscode.Uri.file(path)),
      },
    );
    templateProblems.clear();
    for (const problem of result.problems) {
      if (workspaceRoot) templateProblems.set(vscode.Uri.file(join(workspaceRoot, problem.file)), [toDiagnostic(problem)]);
      void vscode.window.showWarningMessage(vscode.l10n.t('{0}: the built-in template was used instead.', core().formatProblem(problem, displayLanguage())));
    }
    const known = core().knownFactsOf(result, client, portfolio.file.me, portfolio.file.clients.filter((c) => c !== client));
    return services.drafts.open(result.text, { kind, clientId: client.id, language: result.language, to: client.contact?.email, known });
  } catch (error) {
    const reason = core().errorText(error, displayLanguage());
    void vscode.window.showErrorMessage(vscode.l10n.t('No draft for {0}: {1}', client.name, reason));
    return undefined;
  }
}
