// What a contract file kept as PDF or Word becomes: plain text that keeps its structure, where its pages start, and
// what went wrong or was left out while reading it.

/** Why a file could not be read; each has a message in both interface languages (messages.ts). */
export type DocumentProblemCode = 'tooLarge' | 'noText' | 'empty' | 'encrypted' | 'corrupt' | 'notDocx' | 'zipLimits' | 'tooManyPages' | 'unsupported';

/** Something the user should know about a file that was read all the same. */
export type DocumentNoticeCode = 'macrosIgnored' | 'unsupportedScript';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentProblemCode,
    /** A technical detail for the curious (a library's message, a size), never needed to understand the problem. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DocumentError';
  }
}

export interface ContractDocument {
  text: string;
  /** SHA-256 of the file's bytes, in hex: the cache key, and the original's fingerprint in a Markdown copy. */
  sha256: string;
  /** The offset in `text` where each page begins, for PDFs; Word files have no fixed pages. */
  pageStarts?: number[];
  notices: DocumentNoticeCode[];
}

/** The 1-based page an offset of the text falls on, or undefined for a file without pages. */
export function pageAt(document: Pick<ContractDocument, 'pageStarts'>, offset: number): number | undefined {
  const starts = document.pageStarts;
  if (!starts?.length) return undefined;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
