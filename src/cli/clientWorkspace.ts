// Reads what readiness and draft need from a workspace on disk: clients.yaml, one client, and its scanned contract.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadClients } from '../core/clients/loader';
import type { Client, ClientsFile } from '../core/clients/schema';
import { formatProblem, type Problem } from '../core/problem';
import { contractStatusOf } from '../core/readiness/contract';
import type { ContractStatus } from '../core/readiness/types';
import { type CliIO, UsageError } from './command';

const CLIENTS_FILE = 'clients.yaml';

export interface WorkspaceClient {
  file: ClientsFile;
  client: Client;
  contract: ContractStatus;
  /** Problems in clients.yaml; errors in other clients' entries do not stop this one. */
  problems: Problem[];
}

class WorkspaceError extends Error {}

export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Reads a text file, or undefined when there is none; for template loading and config files. */
export async function readTextFile(path: string): Promise<string | undefined> {
  return isFile(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Reads a file's bytes, at most `limit` + 1 of them, or undefined when there is none; for PDF and Word contracts. */
export async function readBytesFile(path: string, limit: number): Promise<Uint8Array | undefined> {
  if (!isFile(path)) return undefined;
  const file = await open(path, 'r');
  try {
    const size = Math.min((await file.stat()).size, limit + 1);
    const bytes = new Uint8Array(size);
    const { bytesRead } = await file.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function loadWorkspaceClient(workspace: string, clientId: string | undefined): Promise<WorkspaceClient> {
  if (clientId === undefined) throw new UsageError('--client ID is required');
  const clientsPath = join(workspace, CLIENTS_FILE);
  if (!isFile(clientsPath)) throw new WorkspaceError(`no ${CLIENTS_FILE} in ${workspace}; pass --workspace DIR`);
  const base = dirname(clientsPath);
  const { data, problems } = loadClients(readFileSync(clientsPath, 'utf8'), {
    file: CLIENTS_FILE,
    exists: (relativePath) => isFile(join(base, relativePath)),
  });
  const client = data.clients.find((c) => c.id === clientId);
  if (!client) {
    const ids = data.clients.map((c) => c.id).join(', ') || 'none';
    throw new UsageError(`no client '${clientId}' in ${CLIENTS_FILE} (clients: ${ids})`);
  }
  return { file: data, client, contract: await contractStatusOf(client, base, readTextFile, readBytesFile), problems };
}

export function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => `${formatProblem(p)}\n`).join('');
}

/** Loads the client and prints the problems of clients.yaml on stderr; undefined, after saying why, when it cannot. */
export async function loadClientOrReport(
  command: string,
  workspace: string,
  clientId: string | undefined,
  io: CliIO,
): Promise<WorkspaceClient | undefined> {
  try {
    const loaded = await loadWorkspaceClient(workspace, clientId);
    io.stderr(problemLines(loaded.problems));
    return loaded;
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    io.stderr(`clean-break ${command}: ${error.message}\n`);
    return undefined;
  }
}
