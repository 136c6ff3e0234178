// What the readiness check knows of a client's contract: none named, named but not found, or scanned.
import { join } from 'node:path';
import { scanContract } from '../clauses/scan';
import type { Client } from '../clients/schema';
import { type ReadText, RefusedFileError } from '../workspace';
import type { ContractStatus } from './types';

/** `clientsFolder` is the folder of clients.yaml, which contract paths are relative to. */
export async function contractStatusOf(client: Client, clientsFolder: string, readText: ReadText): Promise<ContractStatus> {
  if (client.contract === undefined) return { state: 'none' };
  let text: string | undefined;
  try {
    text = await readText(join(clientsFolder, client.contract));
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    return { state: 'refused', path: client.contract, refusal: error.refusal };
  }
  if (text === undefined) return { state: 'missing', path: client.contract };
  return { state: 'scanned', path: client.contract, summary: scanContract(text).summary };
}
