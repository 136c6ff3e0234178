// What the readiness check knows of a client's contract: none named, named but not found, or scanned (a contract file,
// or notes and saved emails read as one scope), with where each deliverable is promised.
import { scanContract } from '../clauses/scan';
import type { Client } from '../clients/schema';
import { citeScope, contractPaths, type ListFolder, readScope } from '../documents/scope';
import { type ReadText, RefusedFileError } from '../workspace';
import type { ContractStatus } from './types';

/** `clientsFolder` is the folder of clients.yaml, which contract paths are relative to; `listFolder` reads folders. */
export async function contractStatusOf(client: Client, clientsFolder: string, readText: ReadText, listFolder: ListFolder = async () => undefined): Promise<ContractStatus> {
  if (client.contract === undefined) return { state: 'none' };
  const path = contractPaths(client.contract).join(', ');
  let scope: Awaited<ReturnType<typeof readScope>>;
  try {
    scope = await readScope(client.contract, clientsFolder, readText, listFolder);
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    return { state: 'refused', path, refusal: error.refusal };
  }
  if ('missing' in scope) return { state: 'missing', path: scope.missing };
  const scan = scanContract(scope.text);
  const emails = scope.sources.filter((s) => s.kind === 'email').length;
  return {
    state: 'scanned',
    path,
    summary: scan.summary,
    ...(emails ? { emails } : {}),
    ...(scope.problems.length ? { problems: scope.problems } : {}),
    ...(client.deliverables.length ? { deliverables: citeScope(client, path, scope, scan) } : {}),
  };
}
