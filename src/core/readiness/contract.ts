// What the readiness check knows of a client's contract: none named, named but not found, refused, not readable, or
// scanned (a contract file, PDF and Word included, or notes and saved emails read as one scope), with where each
// deliverable is promised.
import { scanContract } from '../clauses/scan';
import type { Client } from '../clients/schema';
import { DocumentError } from '../documents/document';
import { citeScope, contractPaths, type ListFolder, readScope, singleContractFile, spansInFile } from '../documents/scope';
import { type ReadBytes, type ReadText, RefusedFileError } from '../workspace';
import type { ContractStatus } from './types';

/**
 * `clientsFolder` is the folder of clients.yaml, which contract paths are relative to; `listFolder` reads folders,
 * `readBytes` PDF and Word files.
 */
export async function contractStatusOf(
  client: Client,
  clientsFolder: string,
  readText: ReadText,
  listFolder: ListFolder = async () => undefined,
  readBytes?: ReadBytes,
): Promise<ContractStatus> {
  if (client.contract === undefined) return { state: 'none' };
  const path = contractPaths(client.contract).join(', ');
  let scope: Awaited<ReturnType<typeof readScope>>;
  try {
    scope = await readScope(client.contract, clientsFolder, readText, listFolder, readBytes);
  } catch (error) {
    if (error instanceof RefusedFileError) return { state: 'refused', path, refusal: error.refusal };
    if (error instanceof DocumentError) return { state: 'unreadable', path, problem: error.code };
    throw error;
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
    ...(singleContractFile(client.contract) === undefined ? { clauses: scope.sources.map((source) => ({ path: source.path, spans: spansInFile(source, scan.spans) })) } : {}),
    ...(client.deliverables.length ? { deliverables: citeScope(client, path, scope, scan) } : {}),
  };
}
