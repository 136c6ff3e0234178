// Activation: creates the long-lived parts and registers the views, editor features and commands, without
// loading the core (dist/core.js), so that activation stays cheap. Everything is disposed through
// context.subscriptions.
import * as vscode from 'vscode';
import { ClientTreeProvider } from './clients/clientTree';
import { ClientsModel } from './clients/clientsModel';
import { ClientsStatus } from './clients/clientsStatus';
import { writeBack } from './clients/writeBack';
import { convertContract } from './commands/convertContract';
import { copyDraft } from './commands/copyDraft';
import { createClientsFile } from './commands/createClientsFile';
import { type DraftOptions, disposeTemplateProblems, draft } from './commands/draft';
import { CommandId } from './commands/ids';
import { type ImportOptions, importData } from './commands/importData';
import { type IncidentOptions, logIncident } from './commands/logIncident';
import { markDelivered } from './commands/markDelivered';
import { markInvoicePaid } from './commands/markInvoicePaid';
import { openContractTextCommand } from './commands/openContractText';
import { openMailto } from './commands/openMailto';
import { openSample } from './commands/openSample';
import { type PolishOptions, polishDraft } from './commands/polishDraft';
import { type DecisionOptions, recordDecision } from './commands/recordDecision';
import { revealClause } from './commands/revealClause';
import { scanContract } from './commands/scanContract';
import { setApiKey } from './commands/setApiKey';
import { showReadiness } from './commands/showReadiness';
import { ClauseOutline } from './contracts/clauseOutline';
import { CONTRACT_TEXT_SCHEME, ContractTextProvider, contractTextUri } from './contracts/contractDocuments';
import { ContractHighlighter } from './contracts/contractHighlighter';
import { NoticeDeadlines } from './contracts/noticeDeadlines';
import { DeliverableHighlights } from './contracts/deliverableHighlights';
import { ScopeMembers } from './contracts/scopeMembers';
import { chooseDeliverableRef, DeliverableHints } from './clients/deliverableHints';
import { core } from './core';
import { displayLanguage } from './displayLanguage';
import { DraftDocuments } from './drafts/draftDocuments';
import { IMPORT_SCHEME, ImportPreviews } from './imports/importPreview';
import { LintSettings } from './drafts/lintSettings';
import { POLISH_SCHEME, PolishPreviews } from './polish/polishPreview';
import { ApiKeyStore } from './secrets';
import { type CommandTarget, Services } from './services';

export interface CleanBreakApi {
  services: Services;
  tree: ClientTreeProvider;
  deliverables: DeliverableHighlights;
}

const CONTRACT_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
  // Saved emails of a client's scope, whatever language a user's extensions give them.
  { scheme: 'file', pattern: '**/*.eml' },
  { scheme: CONTRACT_TEXT_SCHEME },
];

export function activate(context: vscode.ExtensionContext): CleanBreakApi {
  const clients = new ClientsModel();
  const contractTexts = new ContractTextProvider();
  const scopes = new ScopeMembers();
  const highlighter = new ContractHighlighter(scopes, (uri, offset) => contractTexts.pageAt(uri, offset));
  const noticeDeadlines = new NoticeDeadlines(highlighter);
  const deliverables = new DeliverableHighlights(highlighter, scopes);
  const deliverableHints = new DeliverableHints();
  const lintSettings = new LintSettings();
  const drafts = new DraftDocuments(lintSettings);
  const services = new Services(context.extensionUri, clients, highlighter, drafts, new ApiKeyStore(context.secrets));
  const tree = new ClientTreeProvider(() => services.portfolio());
  const treeView = vscode.window.createTreeView('cleanBreak.clients', { treeDataProvider: tree, showCollapseAll: true });
  const status = new ClientsStatus(services);
  const previews = new PolishPreviews();
  const imports = new ImportPreviews(clients);

  const updateAll = async () => {
    services.invalidate();
    tree.refresh();
    void status.update();
    const portfolio = await services.portfolio();
    if (portfolio) {
      await scopes.setPortfolio(portfolio);
      highlighter.setNamedContracts(portfolio.entries.flatMap(({ client }) => portfolio.contractUri(client) ?? []).map(contractTextUri));
      await noticeDeadlines.update(portfolio);
      deliverables.setPortfolio(portfolio);
    }
    await deliverableHints.update(portfolio);
  };
  // Updates run one at a time, so an older one never finishes last with stale warnings; changes that come while one
  // runs make one more run, which reads the newest clients.yaml.
  let updates = Promise.resolve();
  let updateQueued = false;
  const onClientsChanged = (): Promise<void> => {
    if (updateQueued) return updates;
    updateQueued = true;
    updates = updates.then(async () => {
      updateQueued = false;
      try {
        await updateAll();
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Clean Break could not bring its views up to date with clients.yaml: {0}', core().errorText(error, displayLanguage())));
      }
    });
    return updates;
  };

  const command = (id: CommandId, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    clients,
    scopes,
    highlighter,
    noticeDeadlines,
    deliverables,
    deliverableHints,
    lintSettings,
    drafts,
    tree,
    treeView,
    status,
    previews,
    vscode.workspace.registerTextDocumentContentProvider(POLISH_SCHEME, previews),
    contractTexts,
    vscode.workspace.registerTextDocumentContentProvider(CONTRACT_TEXT_SCHEME, contractTexts),
    imports,
    vscode.workspace.registerTextDocumentContentProvider(IMPORT_SCHEME, imports),
    { dispose: disposeTemplateProblems },
    clients.onDidChange(onClientsChanged),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('cleanBreak.coolingOffDays') || event.affectsConfiguration('cleanBreak.defaultNoticeDays')) void onClientsChanged();
    }),
    treeView.onDidChangeCheckboxState(async (event) => {
      for (const [node, state] of event.items) {
        if (node.type !== 'readiness' || node.item.id !== 'meeting') continue;
        const held = state === vscode.TreeItemCheckboxState.Checked;
        // A change that was not written leaves the box as clients.yaml has it.
        if (!(await writeBack(clients, (text) => core().setMeetingHeld(text, node.entry.client.id, held)))) tree.refresh();
      }
    }),
    vscode.languages.registerHoverProvider(CONTRACT_SELECTOR, highlighter),
    vscode.languages.registerCodeLensProvider(CONTRACT_SELECTOR, highlighter),
    vscode.languages.registerDocumentSymbolProvider(CONTRACT_SELECTOR, new ClauseOutline(highlighter), { label: vscode.l10n.t('Contract clauses') }),
    vscode.languages.registerHoverProvider(CONTRACT_SELECTOR, deliverables),
    vscode.languages.registerCodeLensProvider(CONTRACT_SELECTOR, deliverables),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file', language: 'yaml' }, deliverableHints, { providedCodeActionKinds: DeliverableHints.codeActionKinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: 'untitled', language: 'markdown' }, drafts, {
      providedCodeActionKinds: DraftDocuments.codeActionKinds,
    }),
    command(CommandId.draftTermination, (target?: CommandTarget, options?: DraftOptions) => draft(services, 'termination', target, options)),
    command(CommandId.draftReferral, (target?: CommandTarget, options?: DraftOptions) => draft(services, 'referral', target, options)),
    command(CommandId.draftMeeting, (target?: CommandTarget, options?: DraftOptions) => draft(services, 'meeting', target, options)),
    command(CommandId.polishDraft, (options?: PolishOptions) => polishDraft(services, previews, context.workspaceState, options)),
    command(CommandId.recordDecision, (target?: CommandTarget, options?: DecisionOptions) => recordDecision(services, target, options)),
    command(CommandId.logIncident, (target?: CommandTarget, options?: IncidentOptions) => logIncident(services, target, options)),
    command(CommandId.markDelivered, (target?: CommandTarget, options?: { title?: string }) => markDelivered(services, target, options)),
    command(CommandId.markInvoicePaid, (target?: CommandTarget, options?: { number?: string; paidOn?: string }) => markInvoicePaid(services, target, options)),
    command(CommandId.showReadiness, (target?: CommandTarget) => showReadiness(services, target)),
    command(CommandId.scanContract, (target?: CommandTarget) => scanContract(services, target)),
    command(CommandId.createClientsFile, () => createClientsFile(context.extensionUri)),
    command(CommandId.setApiKey, () => setApiKey(services.apiKeys)),
    command(CommandId.openSample, () => openSample(context.extensionUri)),
    command(CommandId.refreshClients, () => clients.reload()),
    command(CommandId.copyDraft, () => copyDraft(services)),
    command(CommandId.openMailto, () => openMailto(services)),
    command(CommandId.revealClause, (uri: vscode.Uri, start: number, end: number) => revealClause(services, uri, start, end)),
    command(CommandId.chooseDeliverableRef, chooseDeliverableRef),
    command(CommandId.openContractText, (resource?: vscode.Uri) => openContractTextCommand(services, resource)),
    command(CommandId.convertContract, (resource?: vscode.Uri) => convertContract(resource)),
    command(CommandId.importHours, (uri?: vscode.Uri, options?: ImportOptions) => importData(services, imports, 'hours', uri, options)),
    command(CommandId.importInvoices, (uri?: vscode.Uri, options?: ImportOptions) => importData(services, imports, 'invoices', uri, options)),
    command(CommandId.importMail, (uri?: vscode.Uri, options?: ImportOptions) => importData(services, imports, 'mail', uri, options)),
    // From the diff's title bar or the palette: whatever import waits; from its notification: that import only.
    command(CommandId.applyImport, (preview?: vscode.Uri) => imports.apply(preview instanceof vscode.Uri ? preview : undefined)),
  );
  // The first load happens after activation returns: activation itself never parses anything.
  setTimeout(() => void clients.reload(), 0);
  return { services, tree, deliverables };
}

export function deactivate(): void {}
