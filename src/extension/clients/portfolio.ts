// What the sidebar and the commands need to know about the clients, derived once per snapshot of clients.yaml:
// each client's facts and Pareto standing, and, on demand, its contract and readiness.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { ClientFacts } from '../../core/clients/derive';
import type { ParetoEntry } from '../../core/clients/pareto';
import type { Client, ClientsFile } from '../../core/clients/schema';
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
    const uri = vscode.Uri.joinPath(this.snapshot.uri, '..', file);
    return isInWorkspace(uri) ? uri : undefined;
  }

  contract(client: Client): Promise<ContractStatus> {
    let status = this.contracts.get(client.id);
    if (!status) {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? dirname(this.snapshot.uri.fsPath);
      const readInside = core().readingInside(root, (path) => readText(vscode.Uri.file(path)));
      const readBytesInside = core().readingInside(root, (path: string, limit: number) => readBytes(vscode.Uri.file(path), limit));
      status = core().contractStatusOf(client, dirname(this.snapshot.uri.fsPath), readInside, listFolder, readBytesInside);
      this.contracts.set(client.id, status);
    }
    return status;
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
