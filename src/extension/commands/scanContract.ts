// "Scan Contract": highlights what the active contract (or a contract file the user picks, Markdown, text, PDF or
// Word) says about ending it, and sums it up.
import * as vscode from 'vscode';
import { displayLanguage } from '../displayLanguage';
import { CONTRACT_TEXT_SCHEME, openContractText } from '../contracts/contractDocuments';
import { type CommandTarget, type Services, targetClientId } from '../services';

async function contractDocument(services: Services, node?: CommandTarget): Promise<vscode.TextDocument | undefined> {
  const clientId = targetClientId(node);
  if (clientId !== undefined) {
    const portfolio = await services.portfolio();
    const client = portfolio?.entry(clientId)?.client;
    const uri = client && portfolio?.contractUri(client);
    if (uri) return openContractText(uri);
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && (/\.(md|txt)$/i.test(active.uri.path) || active.uri.scheme === CONTRACT_TEXT_SCHEME)) return active;
  const files = await vscode.workspace.findFiles('**/*.{md,txt,pdf,docx,docm}', '**/node_modules/**', 500);
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Which contract?') },
  );
  return picked && openContractText(picked.uri);
}

export async function scanContract(services: Services, node?: CommandTarget): Promise<void> {
  const document = await contractDocument(services, node);
  if (!document) return;
  await vscode.window.showTextDocument(document, { preview: false });
  const result = services.highlighter.scan(document);
  const { summary } = result;
  const parts = [
    summary.canTerminateForConvenience
      ? vscode.l10n.t('you may end it without cause')
      : summary.forCauseOnly
        ? vscode.l10n.t('only for-cause termination')
        : vscode.l10n.t('no termination right found'),
    summary.noticeDays !== undefined ? vscode.l10n.t('notice {0} days', summary.noticeDays) : vscode.l10n.t('no notice period stated'),
    summary.terminationFee !== undefined
      ? vscode.l10n.t('termination fee {0}', summary.terminationFee)
      : summary.terminationFeeWithoutAmount
        ? vscode.l10n.t('termination fee, amount not stated')
        : vscode.l10n.t('no termination fee'),
  ];
  for (const warning of result.warnings) void vscode.window.showWarningMessage(warning[displayLanguage()]);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('{0}: {1} clauses found; {2}.', vscode.workspace.asRelativePath(document.uri), result.spans.length, parts.join('; ')),
  );
}
