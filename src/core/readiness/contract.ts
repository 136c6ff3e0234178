// What the readiness check knows of a client's contract: none named, named but not found, or scanned.
import { join } from 'node:path';
import { scanContract } from '../clauses/scan';
import type { Client } from '../clients/schema';
import { citeDeliverables } from '../deliverables/citations';
import type { ReadText } from '../workspace';
import type { ContractStatus } from './types';

/** `clientsFolder` is the folder of clients.yaml, which contract paths are relative to. */
export async function contractStatusOf(client: Client, clientsFolder: string, readText: ReadText): Promise<ContractStatus> {
  if (client.contract === undefined) return { state: 'none' };
  const text = await readText(join(clientsFolder, client.contract));
  if (text === undefined) return { state: 'missing', path: client.contract };
  const scan = scanContract(text);
  const deliverables = client.deliverables.length ? { deliverables: citeDeliverables(client, client.contract, text, scan) } : {};
  return { state: 'scanned', path: client.contract, summary: scan.summary, ...deliverables };
}
