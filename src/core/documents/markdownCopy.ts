// A Markdown copy of a PDF or Word contract, for users who want to annotate it: its first line names the original
// and the SHA-256 of its bytes, so that the copy can always be traced to the file it came from.
import { posix } from 'node:path';
import type { ContractDocument } from './document';

export function markdownCopyText(originalName: string, document: Pick<ContractDocument, 'text' | 'sha256'>): string {
  return `<!-- Converted by Clean Break from ${originalName} (SHA-256 ${document.sha256}) -->\n\n${document.text}`;
}

/** For a path with forward slashes (a URI's). The first free name beside the original: acme.md, then acme (2).md, acme (3).md…; an existing file is never replaced. */
export async function markdownCopyPath(originalPath: string, exists: (path: string) => Promise<boolean>): Promise<string> {
  const stem = posix.join(posix.dirname(originalPath), posix.basename(originalPath, posix.extname(originalPath)));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}.md` : `${stem} (${n}).md`;
    if (!(await exists(candidate))) return candidate;
  }
}
