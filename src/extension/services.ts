// The long-lived parts the commands work with, created once at activation.
import * as vscode from 'vscode';
import { clientStatusLabel } from './clients/labels';
import type { ClientsModel, ClientsSnapshot } from './clients/clientsModel';
import { type ClientEntry, Portfolio } from './clients/portfolio';
import type { ClientTreeNode } from './clients/clientTree';
import type { ContractHighlighter } from './contracts/contractHighlighter';
import type { DraftDocuments } from './drafts/draftDocuments';
import type { ApiKeyStore } from './secrets';

/** What a client command is run on: a node of the Clients tree, a client id (from a link or a keybinding), or nothing. */
export type CommandTarget = ClientTreeNode | { clientId: string };

/** The client id a command target names, if it names one. */
export function targetClientId(target: CommandTarget | undefined): string | undefined {
  if (!target) return undefined;
  if ('clientId' in target) return target.clientId;
  return 'entry' in target ? target.entry.client.id : undefined;
}

export class Services {
  private cached: { snapshot: ClientsSnapshot; portfolio: Portfolio } | undefined;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly clients: ClientsModel,
    readonly highlighter: ContractHighlighter,
    readonly drafts: DraftDocuments,
    readonly apiKeys: ApiKeyStore,
  ) {}

  /** The clients as they stand now; one Portfolio per snapshot of clients.yaml. */
  async portfolio(): Promise<Portfolio | undefined> {
    const snapshot = await this.clients.current();
    if (!snapshot) return undefined;
    if (this.cached?.snapshot !== snapshot) this.cached = { snapshot, portfolio: new Portfolio(snapshot) };
    return this.cached.portfolio;
  }

  /** Forgets derived data (for example after a settings change), keeping the snapshot. */
  invalidate(): void {
    this.cached = undefined;
  }

  /**
   * The client a command is about: the tree node or client id it was run on, or one the user picks. Undefined, after telling
   * the user why where needed, when there is none.
   */
  async pickClient(target?: CommandTarget, placeHolder?: string): Promise<{ portfolio: Portfolio; entry: ClientEntry } | undefined> {
    const portfolio = await this.portfolio();
    if (!portfolio) {
      const create = vscode.l10n.t('Create clients.yaml');
      void vscode.window
        .showWarningMessage(vscode.l10n.t('This workspace has no clients.yaml yet.'), create)
        .then((choice) => choice === create && vscode.commands.executeCommand('cleanBreak.createClientsFile'));
      return undefined;
    }
    const clientId = targetClientId(target);
    if (clientId !== undefined) {
      const entry = portfolio.entry(clientId);
      if (entry) return { portfolio, entry };
      void vscode.window.showWarningMessage(vscode.l10n.t('There is no client "{0}" in clients.yaml.', clientId));
      return undefined;
    }
    if (!portfolio.entries.length) {
      const show = vscode.l10n.t('Show Problems');
      void vscode.window
        .showWarningMessage(vscode.l10n.t('No client could be read from clients.yaml: see the Problems panel.'), show)
        .then((choice) => choice === show && vscode.commands.executeCommand('workbench.actions.view.problems'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      portfolio.entries.map((entry) => ({
        label: entry.client.name,
        description: entry.client.id,
        detail: [clientStatusLabel(entry.client.status ?? 'active'), entry.pareto?.costly ? vscode.l10n.t('costly') : undefined, entry.client.decision ? vscode.l10n.t('decision recorded') : undefined]
          .filter(Boolean)
          .join(' · '),
        entry,
      })),
      { placeHolder: placeHolder ?? vscode.l10n.t('Choose a client'), matchOnDescription: true },
    );
    return picked && { portfolio, entry: picked.entry };
  }
}
