// Which contract files are documents read into text (PDF and Word), and how large one may be: apart from the
// readers, so the size check before reading needs none of them.
import { extname } from 'node:path';

/** Larger than any contract's text layer; a file over it is refused before it is read. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The extensions read as documents: other contract files are plain text. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.docm'] as const;

export function isDocumentPath(path: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}
