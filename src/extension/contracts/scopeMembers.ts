// Notes and saved emails that a client's `contract` names as one scope (a folder or a list): which files belong to
// one, and what the whole scope says in each. The scope is read again when a member changes (that member's text from
// its editor, the others from disk), scanned and matched as one text, and each member is given the clauses and the
// passages that lie in it, at their offsets in its file (none in an email its file encodes). Reading is asynchronous
// (folders are listed, emails decoded), so views are kept per document version and `onDidUpdate` says when one is ready.
// A file added to or removed from a scope's folder makes the members be listed again.
import * as vscode from 'vscode';
import type { ScanResult } from '../../core/clauses/types';
import type { DeliverableCitations } from '../../core/deliverables/citations';
import type { ScopeProblem, ScopeSource } from '../../core/documents/scope';
import type { Portfolio } from '../clients/portfolio';
import { core } from '../core';
import { KeyedDebounce } from '../debounce';
import { contractTextUri } from './contractDocuments';
import type { ContractOwner } from './deliverableHighlights';

const REREAD_DELAY_MS = 150;

export interface MemberView {
  version: number;
  owner: ContractOwner;
  /** The file as clients.yaml's folder names it, as citations do. */
  path: string;
  /** How the file was read into the scope; undefined when it could not be (`problem` says why). */
  source?: ScopeSource;
  problem?: ScopeProblem;
  /** The whole scope's scan: its summary, and the clauses that lie in this file at their offsets in it. */
  scan: ScanResult;
  /** Every deliverable of the client, each passage cited in its own file. */
  report?: DeliverableCitations;
  emails: number;
  notes: number;
}

interface Member {
  owner: ContractOwner;
  path: string;
}

export class ScopeMembers implements vscode.Disposable {
  private portfolio: Portfolio | undefined;
  private members = new Map<string, Member>();
  private readonly views = new Map<string, MemberView>();
  private readonly reading = new Map<string, { version: number; view: Promise<MemberView | undefined> }>();
  /** One matcher per client, which re-reads only the lines an edit touched. */
  private readonly matchers = new Map<string, InstanceType<ReturnType<typeof core>['DeliverableMatcher']>>();
  private readonly rereads = new KeyedDebounce(REREAD_DELAY_MS);
  private readonly relists = new KeyedDebounce(REREAD_DELAY_MS);
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,txt,eml,pdf,docx,docm,MD,TXT,EML,PDF,DOCX,DOCM}');
    const relist = () => this.relists.schedule('members', () => void (this.portfolio && this.setPortfolio(this.portfolio)));
    this.subscriptions = [
      this.updated,
      watcher,
      watcher.onDidCreate(relist),
      watcher.onDidDelete(relist),
      // The other members of a scope read this one from disk: once it changes there, they read it again.
      watcher.onDidChange((uri) => this.rereadScopeOf(contractTextUri(uri))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isMember(event.document)) this.rereads.schedule(event.document.uri.toString(), () => void this.current(event.document));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.rereads.cancel(key);
        this.views.delete(key);
        this.reading.delete(key);
      }),
    ];
  }

  /** The members of every client's scope of notes and emails; a file two clients name goes to the first. */
  async setPortfolio(portfolio: Portfolio): Promise<void> {
    const members = new Map<string, Member>();
    for (const { client } of portfolio.entries) {
      const owner = { client, defaultNoticeDays: portfolio.file.defaults.noticeDays };
      for (const { path, uri } of await portfolio.scopeFiles(client)) {
        const key = contractTextUri(uri).toString();
        if (!members.has(key)) members.set(key, { owner, path });
      }
    }
    this.portfolio = portfolio;
    this.members = members;
    // What is drawn stays until the scope has been read again, so that nothing flickers.
    for (const key of this.views.keys()) if (!members.has(key)) this.views.delete(key);
    this.reading.clear();
    this.matchers.clear();
    for (const document of vscode.workspace.textDocuments) if (this.isMember(document)) void this.read(document);
  }

  private rereadScopeOf(changed: vscode.Uri): void {
    const owner = this.members.get(changed.toString())?.owner;
    if (!owner) return;
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.toString() !== changed.toString() && this.members.get(document.uri.toString())?.owner === owner) {
        this.reading.delete(document.uri.toString());
        void this.read(document);
      }
    }
  }

  isMember(document: vscode.TextDocument): boolean {
    return this.members.has(document.uri.toString());
  }

  /** The view last read for a document, perhaps of an earlier version; a read of the current one starts if none has. */
  current(document: vscode.TextDocument): MemberView | undefined {
    const view = this.views.get(document.uri.toString());
    if (view?.version !== document.version) void this.read(document);
    return view;
  }

  /** The view of the document as it is now. */
  async viewOf(document: vscode.TextDocument): Promise<MemberView | undefined> {
    const view = this.views.get(document.uri.toString());
    return view?.version === document.version ? view : this.read(document);
  }

  private read(document: vscode.TextDocument): Promise<MemberView | undefined> {
    const key = document.uri.toString();
    const member = this.members.get(key);
    const portfolio = this.portfolio;
    if (!member || !portfolio) return Promise.resolve(undefined);
    const pending = this.reading.get(key);
    if (pending?.version === document.version) return pending.view;
    const reading = { version: document.version, view: this.viewFor(document, member, portfolio) };
    this.reading.set(key, reading);
    void reading.view.then((view) => {
      // A read begun before clients.yaml changed, or overtaken by a later version, is dropped.
      if (!view || this.reading.get(key) !== reading || this.members.get(key) !== member) return;
      this.views.set(key, view);
      this.updated.fire(document);
    });
    return reading.view;
  }

  private async viewFor(document: vscode.TextDocument, member: Member, portfolio: Portfolio): Promise<MemberView | undefined> {
    const { client } = member.owner;
    const version = document.version;
    let scope: Awaited<ReturnType<Portfolio['readScope']>>;
    try {
      // A PDF or Word member shows its text read-only: the scope reads it from the file.
      scope = await portfolio.readScope(client, document.uri.scheme === 'file' ? { fsPath: document.uri.fsPath, text: document.getText() } : undefined);
    } catch {
      // A file refused or unreadable: the tree and the readiness check say why.
      return undefined;
    }
    if ('missing' in scope) return undefined;
    const scan = core().scanContract(scope.text);
    const source = scope.sources.find((s) => s.path === member.path);
    const problem = scope.problems.find((p) => p.path === member.path);
    return {
      version,
      owner: member.owner,
      path: member.path,
      ...(source ? { source } : {}),
      ...(problem ? { problem } : {}),
      scan: { ...scan, spans: source ? core().spansInFile(source, scan.spans) : [] },
      ...(client.deliverables.length ? { report: core().citeScope(client, core().contractPaths(client.contract ?? []).join(', '), scope, scan, this.matcherOf(client.id)) } : {}),
      emails: scope.sources.filter((s) => s.kind === 'email').length,
      notes: scope.sources.filter((s) => s.kind !== 'email').length,
    };
  }

  private matcherOf(clientId: string): InstanceType<ReturnType<typeof core>['DeliverableMatcher']> {
    let matcher = this.matchers.get(clientId);
    if (!matcher) this.matchers.set(clientId, (matcher = new (core().DeliverableMatcher)()));
    return matcher;
  }

  dispose(): void {
    this.rereads.dispose();
    this.relists.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
