// The Clients tree: each client with its status, what it owes, the Pareto badge and the cooling-off day; under it
// the readiness checklist (the meeting as a checkbox that writes back), the contract's clauses, deliverables,
// invoices and incidents.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { ClauseSpan } from '../../core/clauses/types';
import type { CitedDeliverable } from '../../core/deliverables/citations';
import type { Client, Deliverable, Incident, Invoice } from '../../core/clients/schema';
import type { ReadinessItem } from '../../core/readiness/types';
import { CommandId } from '../commands/ids';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { clauseLabel, clauseValueText } from '../contracts/clauseLabels';
import { contractTextOf, contractTextUri } from '../contracts/contractDocuments';
import { type ClientEntry, Portfolio } from './portfolio';
import { clientStatusLabel, deliverableStatusLabel, formatMoney, incidentKindLabel, readinessItemLabel } from './labels';

type Group = 'readiness' | 'contract' | 'deliverables' | 'invoices' | 'incidents';

export type ClientTreeNode =
  | { type: 'client'; entry: ClientEntry }
  | { type: 'group'; entry: ClientEntry; group: Group }
  | { type: 'readiness'; entry: ClientEntry; item: ReadinessItem }
  /** `file` names the note or email of a scope the clause is in. */
  | { type: 'clause'; entry: ClientEntry; uri: vscode.Uri; span: ClauseSpan; file?: string }
  /** `passageIn` is the file where its passage is: the contract, or a note or email of the scope. */
  | { type: 'deliverable'; entry: ClientEntry; deliverable: Deliverable; cited?: CitedDeliverable; passageIn?: vscode.Uri; single: boolean }
  | { type: 'invoice'; entry: ClientEntry; invoice: Invoice }
  | { type: 'incident'; entry: ClientEntry; incident: Incident }
  | { type: 'message'; text: string };

const STATUS_ICON: Record<NonNullable<Client['status']>, string> = {
  prospect: 'person-add',
  active: 'person',
  'winding-down': 'debug-step-out',
  ended: 'circle-slash',
};

const READINESS_ICON = {
  ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  warn: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  block: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
};

export class ClientTreeProvider implements vscode.TreeDataProvider<ClientTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClientTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private portfolio: Portfolio | undefined;

  constructor(private readonly load: () => Promise<Portfolio | undefined>) {}

  refresh(): void {
    this.portfolio = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: ClientTreeNode): Promise<ClientTreeNode[]> {
    if (!node) {
      this.portfolio = await this.load();
      if (!this.portfolio) return [];
      if (!this.portfolio.entries.length) return [{ type: 'message', text: vscode.l10n.t('No client could be read: see the Problems panel.') }];
      return this.portfolio.entries.map((entry) => ({ type: 'client', entry }));
    }
    const portfolio = this.portfolio;
    if (!portfolio) return [];
    const { entry } = node as { entry: ClientEntry };
    switch (node.type) {
      case 'client':
        return this.groupsOf(entry);
      case 'group':
        return this.childrenOf(portfolio, entry, node.group);
      default:
        return [];
    }
  }

  private groupsOf(entry: ClientEntry): ClientTreeNode[] {
    const { client } = entry;
    const groups: Group[] = ['readiness'];
    if (client.contract) groups.push('contract');
    if (client.deliverables.length) groups.push('deliverables');
    if (client.invoices.length) groups.push('invoices');
    if (client.incidents.length) groups.push('incidents');
    return groups.map((group) => ({ type: 'group', entry, group }));
  }

  private async childrenOf(portfolio: Portfolio, entry: ClientEntry, group: Group): Promise<ClientTreeNode[]> {
    const { client } = entry;
    switch (group) {
      case 'readiness':
        return (await portfolio.readiness(client)).items.map((item) => ({ type: 'readiness', entry, item }));
      case 'contract': {
        if ((await portfolio.contract(client)).state === 'refused') {
          return [{ type: 'message', text: vscode.l10n.t('{0} was not read: it is outside the workspace folder or too large.', [client.contract ?? ''].flat().join(', ')) }];
        }
        const uri = portfolio.contractUri(client);
        if (!uri && client.contract !== undefined) return [{ type: 'message', text: await scopeSummary(portfolio, client) }, ...(await scopeClauses(portfolio, entry))];
        const contract = uri && (await contractTextOf(uri));
        if (!contract) return [{ type: 'message', text: uri ? vscode.l10n.t('{0} was not found.', uri.fsPath) : await scopeSummary(portfolio, client) }];
        if ('unreadable' in contract) return [{ type: 'message', text: contract.unreadable }];
        const spans = core().scanContract(contract.text).spans;
        if (!spans.length) return [{ type: 'message', text: vscode.l10n.t('No clause about ending it was found.') }];
        return spans.map((span) => ({ type: 'clause', entry, uri: contract.uri, span }));
      }
      case 'deliverables': {
        const contract = portfolio.contractUri(client);
        const single = core().singleContractFile(client.contract) !== undefined;
        // A single contract outside the workspace is not read; a scope's files are each checked as they are read.
        const status = (contract || (client.contract && !single)) && (await portfolio.contract(client));
        const cited = status && status.state === 'scanned' ? status.deliverables?.deliverables : undefined;
        return client.deliverables.map((deliverable, i) => {
          const passage = cited?.[i]?.cited;
          const passageIn = single ? contract && contractTextUri(contract) : passage && contractTextUri(portfolio.fileUri(passage.path));
          return { type: 'deliverable', entry, deliverable, cited: cited?.[i], single, ...(passageIn ? { passageIn } : {}) };
        });
      }
      case 'invoices':
        return client.invoices.map((invoice) => ({ type: 'invoice', entry, invoice }));
      case 'incidents':
        return client.incidents.map((incident) => ({ type: 'incident', entry, incident }));
    }
  }

  getTreeItem(node: ClientTreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'client':
        return clientItem(node.entry, this.portfolio);
      case 'group':
        return groupItem(node.entry, node.group);
      case 'readiness':
        return readinessItem(node.entry, node.item);
      case 'clause':
        return clauseItem(node.uri, node.span, node.file);
      case 'deliverable':
        return deliverableItem(node);
      case 'invoice':
        return invoiceItem(node.entry, node.invoice);
      case 'incident':
        return incidentItem(node.incident);
      case 'message':
        return new vscode.TreeItem(node.text);
    }
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function clientItem(entry: ClientEntry, portfolio: Portfolio | undefined): vscode.TreeItem {
  const { client, facts, pareto } = entry;
  const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `client:${client.id}`;
  const parts: string[] = [];
  if (facts.outstanding > 0) parts.push(vscode.l10n.t('{0} due', formatMoney(facts.outstanding, facts.currency)));
  if (pareto?.costly) parts.push(vscode.l10n.t('costly'));
  if (facts.coolingOff && !facts.coolingOff.over) parts.push(vscode.l10n.t('cooling off: day {0} of {1}', facts.coolingOff.day, facts.coolingOff.days));
  else if (facts.coolingOff) parts.push(vscode.l10n.t('decided {0} days ago', facts.coolingOff.day));
  item.description = parts.join(' · ');
  const status = client.status ?? 'active';
  item.iconPath = new vscode.ThemeIcon(
    STATUS_ICON[status],
    pareto?.costly ? new vscode.ThemeColor('problemsErrorIcon.foreground') : facts.overdue > 0 ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined,
  );
  // "Scan Contract" opens a single contract file; notes and emails have no file of their own to open.
  item.contextValue = `client${core().singleContractFile(client.contract) ? ':contract' : ''}${client.decision ? ':decision' : ''}`;
  item.tooltip = clientTooltip(entry, portfolio);
  return item;
}

function clientTooltip({ client, facts, pareto }: ClientEntry, portfolio: Portfolio | undefined): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(client.name)}** \`${client.id}\` — ${clientStatusLabel(client.status ?? 'active')}\n\n`);
  if (client.contact?.name || client.contact?.email) md.appendMarkdown(`$(person) ${escape([client.contact.name, client.contact.email].filter(Boolean).join(' · '))}\n\n`);
  const money = (n: number) => formatMoney(n, facts.currency);
  md.appendMarkdown(`$(credit-card) ${vscode.l10n.t('Paid {0} · outstanding {1} · overdue {2}', money(facts.revenue), money(facts.outstanding), money(facts.overdue))}\n\n`);
  md.appendMarkdown(`$(clock) ${vscode.l10n.t('{0} hours · {1} incidents ({2} after hours)', facts.hours, facts.incidentCount, facts.incidentsByKind['after-hours'])}\n\n`);
  if (pareto) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    md.appendMarkdown(`$(graph) ${vscode.l10n.t('{0} of the trouble for {1} of the revenue', pct(pareto.troubleShare), pct(pareto.revenueShare))}${pareto.costly ? ` — **${vscode.l10n.t('costly')}**` : ''}\n\n`);
  }
  if (facts.paidUndelivered.length) md.appendMarkdown(`$(package) ${vscode.l10n.t('Paid but not delivered: {0}', escape(facts.paidUndelivered.map((d) => d.title).join(', ')))}\n\n`);
  if (facts.coolingOff) md.appendMarkdown(`$(milestone) ${vscode.l10n.t('Decided on {0}', facts.coolingOff.decidedOn)}${facts.endsOn ? ` · ${vscode.l10n.t('ends {0}', facts.endsOn)}` : ''}\n\n`);
  if (portfolio) md.appendMarkdown(`_${vscode.l10n.t('As of {0}', portfolio.today)}_`);
  return md;
}

/**
 * The clauses of notes and emails read as one scope, each opening in its own file; none of an email whose file
 * encodes its words, as they have no place there.
 */
async function scopeClauses(portfolio: Portfolio, entry: ClientEntry): Promise<ClientTreeNode[]> {
  // Read and scanned once with the readiness check; the summary above says why when it could not be.
  const status = await portfolio.contract(entry.client);
  if (status.state !== 'scanned') return [];
  return (status.clauses ?? []).flatMap(({ path, spans }) => {
    const uri = contractTextUri(portfolio.fileUri(path));
    return spans.map((span): ClientTreeNode => ({ type: 'clause', entry, uri, span, file: basename(path) }));
  });
}

/** What the Contract branch says of notes and emails read as one scope. */
async function scopeSummary(portfolio: Portfolio, client: Client): Promise<string> {
  const status = await portfolio.contract(client);
  if (status.state === 'missing') return vscode.l10n.t('{0} was not found.', status.path);
  if (status.state === 'scanned' && status.emails) return vscode.l10n.t('The scope rests on {0} emails, not a signed contract.', status.emails);
  return vscode.l10n.t('Contract notes: {0}', status.state === 'scanned' ? status.path : '');
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function groupItem(entry: ClientEntry, group: Group): vscode.TreeItem {
  const labels: Record<Group, [string, string]> = {
    readiness: [vscode.l10n.t('Readiness'), 'checklist'],
    contract: [vscode.l10n.t('Contract'), 'law'],
    deliverables: [vscode.l10n.t('Deliverables'), 'package'],
    invoices: [vscode.l10n.t('Invoices'), 'credit-card'],
    incidents: [vscode.l10n.t('Incidents'), 'warning'],
  };
  const [label, icon] = labels[group];
  const item = new vscode.TreeItem(label, group === 'readiness' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${group}:${entry.client.id}`;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = `group:${group}`;
  if (group === 'contract' && entry.client.contract) item.description = core().contractPaths(entry.client.contract).join(', ');
  if (group === 'incidents') item.description = String(entry.client.incidents.length);
  return item;
}

function readinessItem(entry: ClientEntry, readiness: ReadinessItem): vscode.TreeItem {
  const item = new vscode.TreeItem(readinessItemLabel(readiness.id));
  item.id = `readiness:${entry.client.id}:${readiness.id}`;
  item.description = readiness.reason;
  item.tooltip = readiness.reason;
  item.iconPath = READINESS_ICON[readiness.status];
  item.contextValue = `readiness:${readiness.id}`;
  const meeting = entry.client.decision?.meeting;
  if (readiness.id === 'meeting' && meeting) {
    // The one manual item: ticking it records that the meeting took place.
    item.checkboxState = {
      state: meeting.held ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: vscode.l10n.t('Meeting held'),
    };
  }
  return item;
}

function clauseItem(uri: vscode.Uri, span: ClauseSpan, file?: string): vscode.TreeItem {
  const value = clauseValueText(span.kind, span.value) ?? `${Math.round(span.score * 100)}%`;
  const item = new vscode.TreeItem(clauseLabel(span.kind));
  item.description = file ? `${value} · ${file}` : value;
  item.tooltip = span.explanation[displayLanguage()];
  item.iconPath = new vscode.ThemeIcon('symbol-key');
  item.contextValue = `clause:${span.kind}`;
  item.command = { command: CommandId.revealClause, title: vscode.l10n.t('Reveal Clause'), arguments: [uri, span.start, span.end] };
  return item;
}

/**
 * A click on a deliverable the contract promises opens the contract at that passage; one a note or email of the scope
 * promises opens that file there (at its top, where a CodeLens explains, when the email's file encodes its words).
 */
function deliverableItem({ deliverable, cited, passageIn, single }: Extract<ClientTreeNode, { type: 'deliverable' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(deliverable.title);
  const status = deliverable.status ?? 'not-started';
  const parts: string[] = [deliverableStatusLabel(status)];
  if (deliverable.due) parts.push(vscode.l10n.t('due {0}', deliverable.due));
  if (deliverable.paid) parts.push(deliverable.invoice === undefined ? vscode.l10n.t('paid') : vscode.l10n.t('paid, invoice {0}', deliverable.invoice));
  if (cited?.cited) {
    const { path, line, start, end, encoded } = cited.cited;
    parts.push(single ? vscode.l10n.t('line {0}', line) : encoded ? vscode.l10n.t('{0} (encoded email)', path) : vscode.l10n.t('{0}, line {1}', path, line));
    item.tooltip = cited.cited.text;
    if (passageIn) item.command = { command: CommandId.revealClause, title: vscode.l10n.t('Reveal in Contract'), arguments: encoded ? [passageIn, 0, 0] : [passageIn, start, end] };
  } else if (cited && single) {
    parts.push(cited.candidates ? vscode.l10n.t('in several places of the contract') : vscode.l10n.t('not found in the contract'));
  } else if (cited) {
    parts.push(cited.candidates ? vscode.l10n.t('in several places of these notes and emails') : vscode.l10n.t('not found in these notes and emails'));
  }
  item.description = parts.join(' · ');
  const open = status !== 'delivered' && status !== 'cancelled';
  item.iconPath = new vscode.ThemeIcon(open ? (deliverable.paid ? 'alert' : 'circle-large-outline') : 'pass');
  item.contextValue = open ? 'deliverable:open' : 'deliverable:closed';
  return item;
}

function invoiceItem(entry: ClientEntry, invoice: Invoice): vscode.TreeItem {
  const item = new vscode.TreeItem(invoice.number);
  const late = entry.facts.overdueInvoices.find((o) => o.number === invoice.number);
  const amount = formatMoney(invoice.amount, entry.facts.currency);
  item.description = invoice.paidOn
    ? vscode.l10n.t('{0} · paid {1}', amount, invoice.paidOn)
    : late
      ? vscode.l10n.t('{0} · {1} days late', amount, late.daysLate)
      : vscode.l10n.t('{0} · unpaid', amount);
  item.iconPath = new vscode.ThemeIcon(invoice.paidOn ? 'pass' : late ? 'error' : 'circle-large-outline');
  item.contextValue = invoice.paidOn ? 'invoice:paid' : 'invoice:unpaid';
  return item;
}

function incidentItem(incident: Incident): vscode.TreeItem {
  const item = new vscode.TreeItem(`${incident.date} · ${incidentKindLabel(incident.kind)}`);
  item.description = incident.note;
  item.tooltip = incident.note;
  item.iconPath = new vscode.ThemeIcon(incident.kind === 'after-hours' ? 'clock' : 'note');
  return item;
}
