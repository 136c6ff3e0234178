// Reads what readiness and draft need from a workspace on disk: clients.yaml, one client, and its scanned contract.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { ValidateOptions } from '../core/clients/validate';
import { loadClientsFile } from '../core/clients/store';
import type { Client, ClientsFile, Language } from '../core/clients/schema';
import { formatProblem, type Problem } from '../core/problem';
import { contractStatusOf } from '../core/readiness/contract';
import type { ContractStatus } from '../core/readiness/types';
import { MAX_FILE_BYTES, readingInside, refusalMessages, requireReadableSize } from '../core/workspace';
import { type CliIO, UsageError } from './command';
import { CLI_MESSAGES, type CliMessages } from './messages';

const CLIENTS_FILE = 'clients.yaml';

export interface WorkspaceClient {
  file: ClientsFile;
  client: Client;
  contract: ContractStatus;
  /** Problems in clients.yaml; errors in other clients' entries do not stop this one. */
  problems: Problem[];
}

class WorkspaceError extends Error {
  /** The problems of clients.yaml that explain it, printed before it. */
  constructor(message: string, readonly problems: readonly Problem[] = []) {
    super(message);
  }
}

/**
 * Whether clients.yaml has an entry with this id, read or not: one with errors is not among the loaded clients. A file
 * too large to load is not read here either.
 */
function namesClient(path: string, id: string): boolean {
  if (statSync(path).size > MAX_FILE_BYTES) return false;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Block style ("- id: acme") or flow style ("- { id: acme, name: … }").
  return new RegExp(`(?:^|[{,])[ \\t-]*id:[ \\t]*["']?${escaped}["']?[ \\t]*(?:[,}#]|$)`, 'm').test(readFileSync(path, 'utf8'));
}

export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Why a path cannot be read as a file, as a system error code ("ENOENT", "EISDIR") or `notAFile` for a pipe or a
 * device, which would block a read for ever; undefined for a regular file. CliMessages.fileTrouble words it.
 */
export function fileTrouble(path: string): string | undefined {
  try {
    const info = statSync(path);
    return info.isFile() ? undefined : info.isDirectory() ? 'EISDIR' : 'notAFile';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/** Why the file at `path` (shown as `shown`) could not be read, in the user's words. */
export function cannotReadFile(path: string, shown: string, say: CliMessages): string {
  return say.cannotRead(shown, say.fileTrouble(fileTrouble(path) ?? 'ENOENT'));
}

/** The path as the user can open it: relative to the current folder when inside it, absolute otherwise. */
export function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

/** Reads a text file, or undefined when there is none; one over the size limit is refused before it is read. */
export async function readTextFile(path: string): Promise<string | undefined> {
  if (!isFile(path)) return undefined;
  requireReadableSize(statSync(path).size, shownPath(path));
  return readFileSync(path, 'utf8');
}

/** How contract paths in the clients.yaml of `clientsFolder` are checked: they must exist, inside `workspace`. */
export function contractChecks(workspace: string, clientsFolder: string): ValidateOptions {
  return {
    // A contract may name a folder of notes and emails.
    exists: (relativePath) => existsSync(join(clientsFolder, relativePath)),
    refuse: (relativePath) => refusalMessages(workspace, join(clientsFolder, relativePath), relativePath),
  };
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

async function loadWorkspaceClient(workspace: string, clientId: string | undefined, say: CliMessages): Promise<WorkspaceClient> {
  if (clientId === undefined) throw new UsageError((s) => s.clientRequired);
  const clientsPath = join(workspace, CLIENTS_FILE);
  if (!isFile(clientsPath)) throw new WorkspaceError(say.noClientsFile(workspace));
  const base = dirname(clientsPath);
  const { data, problems } = loadClientsFile(clientsPath, { file: CLIENTS_FILE, ...contractChecks(workspace, base) });
  const client = data.clients.find((c) => c.id === clientId);
  if (!client && problems.some((p) => p.severity === 'error')) {
    // No client read at all (a file too large, not text, not YAML), or this one's entry has errors: say so after them.
    if (data.clients.length === 0) throw new WorkspaceError(say.clientsFileUnreadable, problems);
    if (namesClient(clientsPath, clientId)) throw new WorkspaceError(say.clientHasErrors(clientId), problems);
  }
  if (!client) throw new UsageError((s) => s.noSuchClient(clientId, data.clients.map((c) => c.id).join(', ')));
  return {
    file: data,
    client,
    contract: await contractStatusOf(client, base, readingInside(workspace, readTextFile), listFolder, readingInside(workspace, readBytesFile)),
    problems,
  };
}

/** The files in a folder, or undefined when there is no such folder. */
async function listFolder(path: string): Promise<string[] | undefined> {
  if (!isFolder(path)) return undefined;
  return readdirSync(path, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

/** The problems of a file, one line each, worded in `language`. */
export function problemLines(problems: readonly Problem[], language: Language): string {
  return problems.map((p) => `${formatProblem(p, language)}\n`).join('');
}

/** Loads the client and prints the problems of clients.yaml on stderr; undefined, after saying why, when it cannot. */
export async function loadClientOrReport(
  command: string,
  workspace: string,
  clientId: string | undefined,
  io: CliIO,
  language: Language,
): Promise<WorkspaceClient | undefined> {
  try {
    const loaded = await loadWorkspaceClient(workspace, clientId, CLI_MESSAGES[language]);
    io.stderr(problemLines(loaded.problems, language));
    return loaded;
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    io.stderr(`${problemLines(error.problems, language)}clean-break ${command}: ${error.message}\n`);
    return undefined;
  }
}
