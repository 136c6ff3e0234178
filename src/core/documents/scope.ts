// A client's scope as clients.yaml names it in `contract`: one contract file, or contract notes and saved emails
// (a folder of them, or a list). Each is read (emails by their sender's own words), and they are joined into one
// text for the clause engine and the matcher, with where each came from, so a passage is cited in its own file.
import { join } from 'node:path';
import type { ScanResult } from '../clauses/types';
import type { Client } from '../clients/schema';
import { type Citation, citeDeliverables, type DeliverableCitations } from '../deliverables/citations';
import type { ReadBytes, ReadText } from '../workspace';
import { readEmail } from './email';
import { isDocumentPath } from './kinds';
import { readDocumentFile } from './read';

/** The names in a folder, or undefined when there is no such folder. */
export type ListFolder = (path: string) => Promise<string[] | undefined>;

export interface ScopeSource {
  /** Relative to clients.yaml. */
  path: string;
  kind: 'contract' | 'note' | 'email';
  from?: string;
  date?: string;
  /** Where its text sits in the joined text. */
  start: number;
  end: number;
}

export interface Scope {
  text: string;
  sources: ScopeSource[];
  /** Files that could not be read as notes or emails, each with why. */
  problems: string[];
}

const READABLE = /\.(md|txt|eml|pdf|docx|docm)$/i;
const SEPARATOR = '\n\n';

export function contractPaths(contract: string | readonly string[]): string[] {
  return typeof contract === 'string' ? [contract] : [...contract];
}

/** One .md or .txt file: a contract the editor can highlight in place. */
export function singleContractFile(contract: string | readonly string[] | undefined): string | undefined {
  return typeof contract === 'string' && /\.(md|txt|pdf|docx|docm)$/i.test(contract) ? contract : undefined;
}

/** The files a path names: itself, or the readable files of a folder in name order (PDF and Word with `documents`). */
async function expand(path: string, folder: string, listFolder: ListFolder, documents: boolean): Promise<string[] | undefined> {
  if (!path.endsWith('/')) return [path];
  const names = await listFolder(join(folder, path));
  return names?.filter((name) => READABLE.test(name) && (documents || !isDocumentPath(name))).sort().map((name) => `${path}${name}`);
}

/** Reads the scope; `missing` names the first path that is not there. */
export async function readScope(
  contract: string | readonly string[],
  folder: string,
  readText: ReadText,
  listFolder: ListFolder,
  readBytes?: ReadBytes,
): Promise<Scope | { missing: string }> {
  const single = singleContractFile(contract);
  const parts: { source: Omit<ScopeSource, 'start' | 'end'>; text: string }[] = [];
  const problems: string[] = [];
  for (const path of contractPaths(contract)) {
    const files = await expand(path, folder, listFolder, readBytes !== undefined);
    if (!files) return { missing: path };
    for (const file of files) {
      // PDF and Word files are read into text; a DocumentError says why one cannot be.
      const raw = readBytes && isDocumentPath(file) ? (await readDocumentFile(join(folder, file), readBytes))?.text : await readText(join(folder, file));
      if (raw === undefined) return { missing: file };
      if (!/\.eml$/i.test(file)) {
        parts.push({ source: { path: file, kind: single ? 'contract' : 'note' }, text: raw });
        continue;
      }
      try {
        const email = await readEmail(raw);
        if (!email.own) problems.push(`${file}: no plain-text words of its sender to read`);
        parts.push({ source: { path: file, kind: 'email', ...(email.from ? { from: email.from } : {}), ...(email.date ? { date: email.date } : {}) }, text: email.own });
      } catch (error) {
        problems.push(`${file}: not a readable email (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  }
  const sources: ScopeSource[] = [];
  let offset = 0;
  for (const { source, text } of parts) {
    sources.push({ ...source, start: offset, end: offset + text.length });
    offset += text.length + SEPARATOR.length;
  }
  return { text: parts.map((p) => p.text).join(SEPARATOR), sources, problems };
}

/** A citation in the joined text, moved to its own file: that file's path and line, and the email's sender and date. */
export function inSource(scope: Scope, citation: Citation): Citation {
  const source = scope.sources.find((s) => s.start <= citation.start && citation.start <= s.end);
  if (!source || scope.sources.length === 1) return citation;
  let line = 1;
  for (let i = scope.text.indexOf('\n', source.start); i >= 0 && i < citation.start; i = scope.text.indexOf('\n', i + 1)) line++;
  return { ...citation, path: source.path, line, ...(source.from ? { from: source.from } : {}), ...(source.date ? { date: source.date } : {}) };
}

/** The deliverables cited in the scope, each passage in its own file. */
export function citeScope(client: Client, path: string, scope: Scope, scan: ScanResult): DeliverableCitations {
  const report = citeDeliverables(client, path, scope.text, scan);
  const move = (citation: Citation) => inSource(scope, citation);
  return {
    ...report,
    deliverables: report.deliverables.map((d) => ({ ...d, ...(d.cited ? { cited: move(d.cited) } : {}), ...(d.candidates ? { candidates: d.candidates.map(move) } : {}) })),
    postTermination: report.postTermination.map(move),
  };
}
