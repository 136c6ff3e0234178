// A client's scope as clients.yaml names it in `contract`: one contract file, or contract notes and saved emails
// (a folder of them, or a list). Each is read (emails by their sender's own words), and they are joined into one
// text for the clause engine and the matcher, with where each came from, so a passage is cited in its own file, at
// its place there when it has one.
import { join } from 'node:path';
import type { ClauseSpan, ScanResult } from '../clauses/types';
import type { Client } from '../clients/schema';
import { type Citation, citeDeliverables, type DeliverableCitations } from '../deliverables/citations';
import type { DeliverableMatcher } from '../deliverables/match';
import { MAX_FILE_BYTES, type ReadBytes, type ReadText } from '../workspace';
import { EmailError, readEmail } from './email';
import { isDocumentPath } from './kinds';
import { fileOffset, IN_PLACE, type Placement, placeOwnWords } from './placement';
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
  /** Where that text sits in the file; none for an email whose words its file encodes (see placement.ts). */
  placement?: Placement;
}

/** A file of the scope that could not be read as an email, and why; documents/messages.ts words it. */
export interface ScopeProblem {
  path: string;
  code: 'noOwnWords' | EmailError['code'];
  detail?: string;
}

export interface Scope {
  text: string;
  sources: ScopeSource[];
  /** Files that could not be read as notes or emails, each with why. */
  problems: ScopeProblem[];
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

/**
 * The files a scope names, relative to the folder of clients.yaml, in the order they are read (PDF and Word files
 * with `documents`); `missing` names the first path that is not there.
 */
export async function scopeFiles(contract: string | readonly string[], folder: string, listFolder: ListFolder, documents: boolean): Promise<string[] | { missing: string }> {
  const all: string[] = [];
  for (const path of contractPaths(contract)) {
    const files = await expand(path, folder, listFolder, documents);
    if (!files) return { missing: path };
    all.push(...files);
  }
  return all;
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
  const problems: ScopeProblem[] = [];
  const files = await scopeFiles(contract, folder, listFolder, readBytes !== undefined);
  if ('missing' in files) return files;
  for (const file of files) {
    // PDF and Word files are read into text; a DocumentError says why one cannot be.
    const raw = readBytes && isDocumentPath(file) ? (await readDocumentFile(join(folder, file), readBytes))?.text : await readText(join(folder, file));
    if (raw === undefined) return { missing: file };
    if (!/\.eml$/i.test(file)) {
      parts.push({ source: { path: file, kind: single ? 'contract' : 'note', placement: IN_PLACE }, text: raw });
      continue;
    }
    try {
      // From the bytes, so postal-mime decodes an 8-bit body by its own charset; text open in an editor (differing
      // from the disk) is taken as it is.
      const bytes = readBytes && (await readBytes(join(folder, file), MAX_FILE_BYTES));
      const email = await readEmail(bytes && new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) === raw ? bytes : raw);
      if (!email.own) problems.push({ path: file, code: 'noOwnWords' });
      const placement = placeOwnWords(raw, email.own);
      parts.push({
        source: { path: file, kind: 'email', ...(email.from ? { from: email.from } : {}), ...(email.date ? { date: email.date } : {}), ...(placement ? { placement } : {}) },
        text: email.own,
      });
    } catch (error) {
      if (!(error instanceof EmailError)) throw error;
      problems.push({ path: file, code: error.code, ...(error.detail ? { detail: error.detail } : {}) });
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

function sourceAt(scope: Scope, offset: number): ScopeSource | undefined {
  return scope.sources.find((s) => s.start <= offset && offset <= s.end);
}

/** A range of the joined text within one source, at its offsets in that source's file, or in its words when unplaced. */
function inFile(source: ScopeSource, start: number, end: number): { start: number; end: number } {
  const from = start - source.start;
  const to = Math.min(end, source.end) - source.start;
  return source.placement ? { start: fileOffset(source.placement, from), end: fileOffset(source.placement, to) } : { start: from, end: to };
}

/**
 * A citation in the joined text, moved to its own file: that file's path, line and offsets, and the email's sender
 * and date. In an email its file encodes, the line and offsets are those of its decoded words, and `encoded` says so.
 */
export function inSource(scope: Scope, citation: Citation): Citation {
  const source = sourceAt(scope, citation.start);
  if (!source || source.kind === 'contract') return citation;
  let line = source.placement?.line ?? 1;
  for (let i = scope.text.indexOf('\n', source.start); i >= 0 && i < citation.start; i = scope.text.indexOf('\n', i + 1)) line++;
  return {
    ...citation,
    ...inFile(source, citation.start, citation.end),
    path: source.path,
    line,
    ...(source.from ? { from: source.from } : {}),
    ...(source.date ? { date: source.date } : {}),
    ...(source.placement ? {} : { encoded: true as const }),
  };
}

/** The clauses the scan found in one file of the scope, at their offsets in that file; none where its words have no place there. */
export function spansInFile(source: ScopeSource, spans: readonly ClauseSpan[]): ClauseSpan[] {
  if (!source.placement) return [];
  return spans.filter((span) => source.start <= span.start && span.start < source.end).map((span) => ({ ...span, ...inFile(source, span.start, span.end) }));
}

/** The deliverables cited in the scope, each passage in its own file; `matcher` keeps what it read for the next call. */
export function citeScope(client: Client, path: string, scope: Scope, scan: ScanResult, matcher?: DeliverableMatcher): DeliverableCitations {
  const report = citeDeliverables(client, path, scope.text, scan, undefined, matcher);
  const move = (citation: Citation) => inSource(scope, citation);
  return {
    ...report,
    deliverables: report.deliverables.map((d) => ({ ...d, ...(d.cited ? { cited: move(d.cited) } : {}), ...(d.candidates ? { candidates: d.candidates.map(move) } : {}) })),
    postTermination: report.postTermination.map(move),
  };
}
