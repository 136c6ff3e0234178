// Deliverables of clients.yaml in their contract: the passages promising those still owed get a highlight of their
// own (a themable border, apart from the clause-kind backgrounds), delivered ones a quiet note, ambiguous candidates a
// dashed border; a hover gives the deliverable's status, due date and whether it is paid; a CodeLens at the top sums
// up what is still owed and runs Show Readiness. Matches follow the text as the user types. In a note or email of a
// client's scope, the whole scope is matched and the passages that lie in that file are drawn; the hover adds an
// email's sender and date, and the CodeLens says what the scope rests on, and when an email's file encodes its words.
import * as vscode from 'vscode';
import type { Citation, DeliverableCitations } from '../../core/deliverables/citations';
import type { Client } from '../../core/clients/schema';
import type { Portfolio } from '../clients/portfolio';
import { CommandId } from '../commands/ids';
import { core } from '../core';
import { KeyedDebounce } from '../debounce';
import { displayLanguage } from '../displayLanguage';
import { offsetRange } from '../positions';
import { today } from '../today';
import { contractTextUri } from './contractDocuments';
import type { ContractHighlighter } from './contractHighlighter';
import { longDate } from '../longDate';
import { deliverableFacts } from './deliverableLabels';
import type { MemberView, ScopeMembers } from './scopeMembers';

const REMATCH_DELAY_MS = 150;

export type DeliverableMark = 'owed' | 'delivered' | 'ambiguous';

/** A client whose contract a document is, with the notice to use when the contract states none. */
export interface ContractOwner {
  client: Client;
  defaultNoticeDays: number;
}

interface Matched {
  version: number;
  owner: ContractOwner;
  report: DeliverableCitations;
}

/** A document's client, its deliverables matched, and which of the cited passages lie in that document. */
interface MatchesIn {
  owner: ContractOwner;
  report: DeliverableCitations;
  here: (citation: Citation) => boolean;
  /** For a note or email of a scope. */
  member?: MemberView;
}

function decorationStyle(mark: DeliverableMark): vscode.DecorationRenderOptions {
  const owed = new vscode.ThemeColor('cleanBreak.deliverable.owed');
  const quiet = new vscode.ThemeColor('cleanBreak.deliverable.delivered');
  switch (mark) {
    case 'owed':
      return { border: '2px solid', borderColor: owed, borderRadius: '3px', overviewRulerColor: owed, overviewRulerLane: vscode.OverviewRulerLane.Left, after: { color: owed, margin: '0 0 0 1em', fontWeight: 'bold' } };
    case 'ambiguous':
      return { border: '2px dashed', borderColor: owed, borderRadius: '3px', after: { color: owed, margin: '0 0 0 1em' } };
    case 'delivered':
      return { after: { color: quiet, margin: '0 0 0 1em', fontStyle: 'italic' } };
  }
}

export class DeliverableHighlights implements vscode.HoverProvider, vscode.CodeLensProvider, vscode.Disposable {
  private owners = new Map<string, ContractOwner>();
  private readonly matched = new Map<string, Matched>();
  private readonly matchers = new Map<string, InstanceType<ReturnType<typeof core>['DeliverableMatcher']>>();
  private readonly types = new Map<DeliverableMark, vscode.TextEditorDecorationType>();
  /** What was last drawn in each document, by mark: the integration tests read it. */
  private readonly drawn = new Map<string, Record<DeliverableMark, vscode.DecorationOptions[]>>();
  private readonly rematches = new KeyedDebounce(REMATCH_DELAY_MS);
  private readonly codeLensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.codeLensChanged.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly highlighter: ContractHighlighter,
    private readonly scopes: ScopeMembers,
  ) {
    this.subscriptions = [
      this.codeLensChanged,
      scopes.onDidUpdate((document) => this.render(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const key = event.document.uri.toString();
        if (this.owners.has(key)) this.rematches.schedule(key, () => this.render(event.document));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.rematches.cancel(key);
        this.matched.delete(key);
        this.matchers.delete(key);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cleanBreak.highlights')) this.refreshVisible();
      }),
    ];
  }

  /** The contracts named in clients.yaml and whose they are; a contract two clients share goes to the first. */
  setPortfolio(portfolio: Portfolio): void {
    this.owners = new Map();
    for (const { client } of portfolio.entries) {
      // Keyed as the editor shows it: a PDF or Word contract by its text document.
      const contract = portfolio.contractUri(client);
      const key = contract && contractTextUri(contract).toString();
      if (key && !this.owners.has(key)) this.owners.set(key, { client, defaultNoticeDays: portfolio.file.defaults.noticeDays });
    }
    this.matched.clear();
    this.refreshVisible();
  }

  /** The deliverables matched in a contract document, or undefined when it is no client's contract. */
  reportFor(document: vscode.TextDocument): DeliverableCitations | undefined {
    const key = document.uri.toString();
    const owner = this.owners.get(key);
    if (!owner) return undefined;
    const cached = this.matched.get(key);
    if (cached && cached.version === document.version && cached.owner === owner) return cached.report;
    let matcher = this.matchers.get(key);
    if (!matcher) this.matchers.set(key, (matcher = new (core().DeliverableMatcher)()));
    const scan = this.highlighter.resultFor(document);
    const report = core().citeDeliverables(owner.client, core().singleContractFile(owner.client.contract) ?? '', document.getText(), scan, undefined, matcher);
    this.matched.set(key, { version: document.version, owner, report });
    return report;
  }

  /** The ranges last drawn in a document, by mark. */
  drawnIn(uri: vscode.Uri): Record<DeliverableMark, vscode.Range[]> {
    const drawn = this.drawn.get(uri.toString());
    const ranges = (mark: DeliverableMark) => (drawn?.[mark] ?? []).map((d) => d.range);
    return { owed: ranges('owed'), delivered: ranges('delivered'), ambiguous: ranges('ambiguous') };
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration('cleanBreak').get<boolean>('highlights.enabled', true);
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (this.owners.has(editor.document.uri.toString()) || this.scopes.isMember(editor.document)) this.render(editor.document);
    }
  }

  private matchesIn(document: vscode.TextDocument): MatchesIn | undefined {
    if (!this.enabled()) return undefined;
    if (this.scopes.isMember(document)) {
      const member = this.scopes.current(document);
      if (!member) return undefined;
      const report = member.report ?? { path: member.path, language: member.scan.language, deliverables: [], postTermination: [] };
      return { owner: member.owner, report, here: (c) => c.path === member.path && !c.encoded, member };
    }
    const report = this.reportFor(document);
    const owner = this.owners.get(document.uri.toString());
    return report && owner && { owner, report, here: () => true };
  }

  private typeFor(mark: DeliverableMark): vscode.TextEditorDecorationType {
    let type = this.types.get(mark);
    if (!type) this.types.set(mark, (type = vscode.window.createTextEditorDecorationType(decorationStyle(mark))));
    return type;
  }

  private render(document: vscode.TextDocument): void {
    const matches = this.matchesIn(document);
    const marks: Record<DeliverableMark, vscode.DecorationOptions[]> = { owed: [], delivered: [], ambiguous: [] };
    for (const d of matches?.report.deliverables ?? []) {
      const title = d.deliverable.title;
      if (d.cited) {
        if (!matches!.here(d.cited)) continue;
        const mark = d.owed ? 'owed' : 'delivered';
        const note = d.owed ? `⚑ ${vscode.l10n.t('still owed: {0}', title)}` : `✓ ${vscode.l10n.t('delivered: {0}', title)}`;
        marks[mark].push({ range: offsetRange(document, d.cited.start, d.cited.end), renderOptions: { after: { contentText: note } } });
      } else if (d.owed && d.candidates) {
        for (const c of d.candidates.filter(matches!.here)) {
          marks.ambiguous.push({ range: offsetRange(document, c.start, c.end), renderOptions: { after: { contentText: `? ${vscode.l10n.t('maybe: {0}', title)}` } } });
        }
      }
    }
    this.drawn.set(document.uri.toString(), marks);
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === document)) {
      for (const mark of ['owed', 'delivered', 'ambiguous'] as const) editor.setDecorations(this.typeFor(mark), marks[mark]);
    }
    this.codeLensChanged.fire();
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (this.scopes.isMember(document)) await this.scopes.viewOf(document);
    const matches = this.matchesIn(document);
    if (!matches) return undefined;
    const offset = document.offsetAt(position);
    const markdown = new vscode.MarkdownString();
    let range: vscode.Range | undefined;
    for (const d of matches.report.deliverables) {
      const here = [d.cited, ...(d.candidates ?? [])].find((c) => c && matches.here(c) && c.start <= offset && offset < c.end);
      if (!here) continue;
      range ??= offsetRange(document, here.start, here.end);
      const heading = d.cited ? (d.owed ? vscode.l10n.t('Still owed: {0}', d.deliverable.title) : vscode.l10n.t('Delivered: {0}', d.deliverable.title)) : vscode.l10n.t('Maybe: {0}', d.deliverable.title);
      // appendText escapes what clients.yaml and the contract say, so a title cannot inject Markdown.
      markdown.appendMarkdown('**').appendText(heading).appendMarkdown('**  \n').appendText(deliverableFacts(d.deliverable, matches.owner.client));
      if (here.from) markdown.appendMarkdown('  \n').appendText(here.date ? vscode.l10n.t('In the email from {0} of {1}', here.from, longDate(here.date)) : vscode.l10n.t('In the email from {0}', here.from));
      if (d.candidates) markdown.appendMarkdown('  \n').appendText(vscode.l10n.t('One of {0} passages that could promise it: add a ref in clients.yaml to name one.', d.candidates.length));
      if (d.sharedWith) markdown.appendMarkdown('  \n').appendText(vscode.l10n.t('This passage also promises: {0}', d.sharedWith.join(', ')));
      markdown.appendMarkdown('\n\n');
    }
    return range && new vscode.Hover(markdown, range);
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (this.scopes.isMember(document)) await this.scopes.viewOf(document);
    const matches = this.matchesIn(document);
    if (!matches) return [];
    const { owner, report, member } = matches;
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = member ? this.memberLenses(member, top) : [];
    if (report.deliverables.length === 0 && !member) return lenses;
    const owed = report.deliverables.filter((d) => d.owed);
    const paid = owed.filter((d) => d.deliverable.paid === true).length;
    const unmatched = owed.filter((d) => !d.cited).length;
    const notice = this.highlighter.resultFor(document).summary.noticeDays ?? owner.defaultNoticeDays;
    const end = longDate(core().addDays(today(), notice));
    const parts = [
      ...(member ? [scopeBasis(member)] : []),
      owed.length === 0
        ? vscode.l10n.t('Nothing still owed')
        : owed.length === 1
          ? vscode.l10n.t('Still owed: 1 deliverable, {0} already paid', paid)
          : vscode.l10n.t('Still owed: {0} deliverables, {1} already paid', owed.length, paid),
      ...(unmatched ? [member ? vscode.l10n.t('{0} not found in these notes and emails', unmatched) : vscode.l10n.t('{0} not found in the contract', unmatched)] : []),
      vscode.l10n.t('ends {0} if notice is given today', end),
    ];
    lenses.unshift(new vscode.CodeLens(top, { title: parts.join(' · '), command: CommandId.showReadiness, arguments: [{ clientId: owner.client.id }] }));
    return lenses;
  }

  /** Why a member shows no passages: its file encodes the email's words, or it could not be read as an email. */
  private memberLenses(member: MemberView, top: vscode.Range): vscode.CodeLens[] {
    const reveal = { command: 'cleanBreak.clients.focus', tooltip: vscode.l10n.t('The Clean Break view lists each deliverable with the passage that promises it.') };
    if (member.problem) return [new vscode.CodeLens(top, { ...reveal, title: vscode.l10n.t('Not read as an email: {0}', core().scopeProblemMessage(member.problem, displayLanguage())) })];
    if (member.source?.kind === 'email' && !member.source.placement) {
      return [new vscode.CodeLens(top, { ...reveal, title: vscode.l10n.t('This email is encoded in its file (quoted-printable or base64): its passages cannot be marked here; the Clean Break view lists them') })];
    }
    return [];
  }

  dispose(): void {
    this.rematches.dispose();
    for (const type of this.types.values()) type.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** "Rests on 3 emails, not a signed contract": what the readiness check says of the scope, short for the CodeLens. */
function scopeBasis(member: MemberView): string {
  const emails = member.emails === 1 ? vscode.l10n.t('1 email') : vscode.l10n.t('{0} emails', member.emails);
  const notes = member.notes === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', member.notes);
  const basis = member.emails && member.notes ? `${emails} + ${notes}` : member.emails ? emails : notes;
  return vscode.l10n.t('Rests on {0}, not a signed contract', basis);
}
