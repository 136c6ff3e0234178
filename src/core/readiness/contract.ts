// What the readiness check knows of a client's contract: none named, named but not found or not readable, or scanned.
import { join } from 'node:path';
import { scanContract } from '../clauses/scan';
import type { Client } from '../clients/schema';
import { DocumentError } from '../documents/document';
import { isDocumentPath, readDocumentFile } from '../documents/read';
import type { ReadBytes, ReadText } from '../workspace';
import type { ContractStatus } from './types';

/** The contract's text: a Markdown or text file as it is, a PDF or Word file read into text. */
async function contractText(path: string, readText: ReadText, readBytes?: ReadBytes): Promise<string | undefined> {
  if (!readBytes || !isDocumentPath(path)) return readText(path);
  return (await readDocumentFile(path, readBytes))?.text;
}

/** `clientsFolder` is the folder of clients.yaml, which contract paths are relative to. */
export async function contractStatusOf(client: Client, clientsFolder: string, readText: ReadText, readBytes?: ReadBytes): Promise<ContractStatus> {
  if (client.contract === undefined) return { state: 'none' };
  let text: string | undefined;
  try {
    text = await contractText(join(clientsFolder, client.contract), readText, readBytes);
  } catch (error) {
    if (error instanceof DocumentError) return { state: 'unreadable', path: client.contract, problem: error.code };
    throw error;
  }
  if (text === undefined) return { state: 'missing', path: client.contract };
  return { state: 'scanned', path: client.contract, summary: scanContract(text).summary };
}
