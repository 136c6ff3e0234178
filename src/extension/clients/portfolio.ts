// What the sidebar and the commands need to know about the clients, derived once per snapshot of clients.yaml:
// each client's facts and Pareto standing, and, on demand, its contract and readiness.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { ClientFacts } from '../../core/clients/derive';
import type { ParetoEntry } from '../../core/clients/pareto';
import type { Client, ClientsFile } from '../../core/clients/schema';
import type { Scope } from '../../core/documents/scope';
import type { ContractStatus, Readiness } from '../../core/readiness/types';
import { readBytes } from '../contracts/contractDocuments';
import { core } from '../core';
import { displayLanguage } from '../displayLanguage';
import { defaultsOverrides, isInWorkspace } from '../settings';
import { today } from '../today';
import { type ClientsSnapshot, readText } from './clientsModel';

export interface ClientEntry {
  client: Client;
  facts: ClientFacts;
  pareto?: ParetoEntry;
}

export class Portfolio {
  readonly file: ClientsFile;
  readonly entries: ClientEntry[];
  readonly today = today();
  private readonly contracts = new Map<string, Promise<ContractStatus>>();

  constructor(readonly snapshot: ClientsSnapshot) {
    const data = snapshot.loaded.data;
    this.file = { ...data, defaults: { ...data.defaults, ...defaultsOverrides() } };
    const facts = core().deriveFacts(this.file, this.today);
    const factsById = new Map(facts.clients.map((f) => [f.id, f]));
    const standing = new Map(core().pareto(facts.clients).entries.map((e) => [e.id, e]));
    this.entries = this.file.clients.flatMap((client) => {
      const clientFacts = factsById.get(client.id);
      return clientFacts ? [{ client, facts: clientFacts, pareto: standing.get(client.id) }] : [];
    });
  }

  entry(clientId: string): ClientEntry | undefined {
    return this.entries.find((e) => e.client.id === clientId);
  }

  /** The client's contract file; undefined when none is named, or when it lies outside the workspace. */
  contractUri(client: Client): vscode.Uri | undefined {
    // Only a single .md or .txt contract opens and highlights in place; notes and emails are read as one scope.
    const file = core().singleContractFile(client.contract);
    if (file === undefined) return undefined;
    const uri = this.fileUri(file);
    return isInWorkspace(uri) ? uri : undefined;
  }

  /** A file named in clients.yaml, by its path relative to it. */
  fileUri(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.snapshot.uri, '..', path);
  }

  /** The notes and emails of a client's scope inside the workspace; none for a single contract file. */
  async scopeFiles(client: Client): Promise<{ path: string; uri: vscode.Uri }[]> {
    if (client.contract === undefined || core().singleContractFile(client.contract) !== undefined) return [];
    const files = await core().scopeFiles(client.contract, this.folder, listFolder, true);
    return 'missing' in files ? [] : files.map((path) => ({ path, uri: this.fileUri(path) })).filter(({ uri }) => isInWorkspace(uri));
  }

  contract(client: Client): Promise<ContractStatus> {
    let status = this.contracts.get(client.id);
    if (!status) {
      const { readText: readInside, readBytes: readBytesInside } = this.readers();
      status = core().contractStatusOf(client, this.folder, readInside, listFolder, readBytesInside);
      this.contracts.set(client.id, status);
    }
    return status;
  }

  /**
   * The client's notes and emails read as one scope, with `open` (a member open in an editor, by its file system
   * path) read from the editor's text instead of the disk. Throws the core's refusal or document error.
   */
  readScope(client: Client, open?: { fsPath: string; text: string }): Promise<Scope | { missing: string }> {
    const readers = this.readers();
    const read = (path: string) => (open && path === open.fsPath ? Promise.resolve(open.text) : readers.readText(path));
    return core().readScope(client.contract ?? [], this.folder, read, listFolder, readers.readBytes);
  }

  /** The folder of clients.yaml, which the paths in it are relative to. */
  private get folder(): string {
    return dirname(this.snapshot.uri.fsPath);
  }

  /** Readers of the files clients.yaml names, which refuse any outside the workspace folder. */
  private readers() {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? this.folder;
    return {
      readText: core().readingInside(root, (path) => readText(vscode.Uri.file(path))),
      readBytes: core().readingInside(root, (path: string, limit: number) => readBytes(vscode.Uri.file(path), limit)),
    };
  }

  /** The checklist in the user's display language, whatever the client's. */
  async readiness(client: Client): Promise<Readiness> {
    return core().checkReadiness({ file: this.file, client, contract: await this.contract(client), today: this.today, language: displayLanguage() });
  }
}

/** The names in a folder of the workspace, or undefined when there is none. */
async function listFolder(path: string): Promise<string[] | undefined> {
  try {
    return (await vscode.workspace.fs.readDirectory(vscode.Uri.file(path))).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch {
    return undefined;
  }
}
