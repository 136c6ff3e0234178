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
import { defaultsOverrides } from '../settings';
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

  contractUri(client: Client): vscode.Uri | undefined {
    return client.contract === undefined ? undefined : vscode.Uri.joinPath(this.snapshot.uri, '..', client.contract);
  }

  contract(client: Client): Promise<ContractStatus> {
    let status = this.contracts.get(client.id);
    if (!status) {
      status = core().contractStatusOf(
        client,
        dirname(this.snapshot.uri.fsPath),
        (path) => readText(vscode.Uri.file(path)),
        (path, limit) => readBytes(vscode.Uri.file(path), limit),
      );
      this.contracts.set(client.id, status);
    }
    return status;
  }

  async readiness(client: Client, language?: 'en' | 'it'): Promise<Readiness> {
    return core().checkReadiness({ file: this.file, client, contract: await this.contract(client), today: this.today, language });
  }
}
