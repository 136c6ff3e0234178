// Reads a contract kept as PDF or Word into text, by its extension, under a size limit, remembering the text of
// the last few files by their content's hash: reopening is instant, and a changed file is read again.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { ReadBytes } from '../workspace';
import { type ContractDocument, DocumentError, type DocumentNoticeCode } from './document';
import { readDocx } from './docx';
import { isDocumentPath, MAX_DOCUMENT_BYTES } from './kinds';
import { readPdf } from './pdf';

const CACHED_DOCUMENTS = 16;

/** Scripts the clause engine has no rules for: the text is shown, with a word that no clause may be found. */
const UNREAD_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function noticesFor(extension: string, text: string): DocumentNoticeCode[] {
  const notices: DocumentNoticeCode[] = [];
  if (extension === '.docm') notices.push('macrosIgnored');
  const unread = text.match(UNREAD_SCRIPTS)?.length ?? 0;
  if (unread > text.length * 0.1) notices.push('unsupportedScript');
  return notices;
}

const cache = new Map<string, ContractDocument>();

/** Reads the bytes of a .pdf, .docx or .docm file; throws a DocumentError saying why when it cannot. */
export async function readDocument(path: string, bytes: Uint8Array): Promise<ContractDocument> {
  const extension = extname(path).toLowerCase();
  if (!isDocumentPath(path)) throw new DocumentError('unsupported', extension || path);
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentError('tooLarge', `${bytes.length} bytes`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = `${extension}:${sha256}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  let document: ContractDocument;
  if (extension === '.pdf') {
    const { text, pageStarts } = await readPdf(bytes);
    document = { text, pageStarts, sha256, notices: noticesFor(extension, text) };
  } else {
    const text = await readDocx(bytes);
    document = { text, sha256, notices: noticesFor(extension, text) };
  }
  cache.set(key, document);
  if (cache.size > CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
  return document;
}

/** Reads a document file through the workspace, undefined when there is no such file. */
export async function readDocumentFile(path: string, readBytes: ReadBytes): Promise<ContractDocument | undefined> {
  const bytes = await readBytes(path, MAX_DOCUMENT_BYTES);
  return bytes && readDocument(path, bytes);
}
