// `clean-break scan`: prints the clauses the engine finds in contract files, or scores a labelled JSONL file.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scanContract } from '../../core/clauses/scan';
import type { ScanResult } from '../../core/clauses/types';
import { DocumentError, pageAt } from '../../core/documents/document';
import { documentNoticeMessage, documentProblemMessage } from '../../core/documents/messages';
import { isDocumentPath, readDocumentFile } from '../../core/documents/read';
import { readBytesFile } from '../clientWorkspace';
import { type CliIO, type Command, ExitCode, UsageError } from '../command';

const EXCERPT_CHARS = 60;

/** 1-based line and column of every offset asked for, in one pass over the text. */
function positions(text: string, offsets: number[]): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  let next = 0;
  for (const offset of sorted) {
    while (next < offset) {
      const newline = text.indexOf('\n', next);
      if (newline < 0 || newline >= offset) break;
      line++;
      lineStart = newline + 1;
      next = newline + 1;
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

function describeSummary(result: ScanResult): string {
  const s = result.summary;
  const lines = [
    `  language: ${s.language}`,
    `  can end it for convenience: ${s.canTerminateForConvenience ? 'yes' : 'no'}${s.forCauseOnly ? ' (for cause only)' : ''}`,
    `  notice: ${s.noticeDays === undefined ? 'not stated' : `${s.noticeDays} days`}`,
    `  termination fee: ${s.terminationFee ?? 'none found'}`,
    `  after the end: ${s.survives.length ? s.survives.join(', ') : 'nothing found'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** A contract's text and, for a PDF, where its pages start; Markdown and text files are read as they are. */
interface ContractText {
  text: string;
  pageStarts?: number[];
  notices: string[];
}

async function readContract(path: string, shownPath: string, language: 'en' | 'it'): Promise<ContractText | undefined> {
  if (!isDocumentPath(path)) return { text: await readFile(path, 'utf8'), notices: [] };
  const document = await readDocumentFile(path, readBytesFile);
  if (!document) return undefined;
  return { text: document.text, pageStarts: document.pageStarts, notices: document.notices.map((n) => documentNoticeMessage(n, shownPath, language)) };
}

function printResult(io: CliIO, shownPath: string, contract: ContractText, result: ScanResult): void {
  const { text } = contract;
  io.stdout(`${shownPath}\n`);
  for (const warning of [...contract.notices, ...result.warnings]) io.stdout(`  warning: ${warning}\n`);
  const at = positions(text, result.spans.map((s) => s.start));
  for (const span of result.spans) {
    const { line, column } = at.get(span.start) ?? { line: 1, column: 1 };
    const value =
      span.value !== undefined ? `  [${span.kind === 'notice' ? `${span.value} days` : span.value}]`
      : span.noticeDays !== undefined ? `  [${span.noticeDays} days notice]`
      : '';
    const party = span.party && span.party !== 'unknown' ? `  (${span.party})` : '';
    const page = pageAt(contract, span.start);
    io.stdout(`${shownPath}:${line}:${column}${page === undefined ? '' : ` (page ${page})`}  ${span.kind}  ${span.score.toFixed(2)}  "${excerpt(text.slice(span.start, span.end))}"${value}${party}\n`);
  }
  if (!result.spans.length) io.stdout('  no clauses found\n');
  io.stdout(describeSummary(result));
}

async function scanJsonl(path: string, io: CliIO): Promise<ExitCode> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    io.stderr(`clean-break scan: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return ExitCode.problemsFound;
  }
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(lines[i]);
    } catch {
      io.stderr(`clean-break scan: ${path}:${i + 1}: not a JSON object\n`);
      return ExitCode.problemsFound;
    }
    if (typeof doc.text !== 'string') {
      io.stderr(`clean-break scan: ${path}:${i + 1}: no "text" field\n`);
      return ExitCode.problemsFound;
    }
    const spans = scanContract(doc.text).spans.map(({ kind, start, end, score, value }) => (value === undefined ? { kind, start, end, score } : { kind, start, end, score, value }));
    io.stdout(`${JSON.stringify({ id: doc.id, spans })}\n`);
  }
  return ExitCode.ok;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'find what contracts say about ending them',
  usage: 'clean-break scan FILE... [--json] | clean-break scan --jsonl GOLD.jsonl',
  async run(args, { workspace, io }) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, jsonl: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.jsonl !== undefined) {
      if (positionals.length || values.json) throw new UsageError('--jsonl takes one labelled file and nothing else');
      return scanJsonl(resolve(workspace, values.jsonl), io);
    }
    if (!positionals.length) throw new UsageError('name at least one contract file');
    let failed = false;
    const results: { path: string; result: ScanResult; pageStarts?: number[] }[] = [];
    const language = io.env.LANG?.startsWith('it') ? 'it' : 'en';
    for (const file of positionals) {
      const path = resolve(workspace, file);
      const shownPath = relative(workspace, path) || file;
      let contract: ContractText | undefined;
      try {
        contract = await readContract(path, shownPath, language);
      } catch (error) {
        const why = error instanceof DocumentError ? documentProblemMessage(error, shownPath, language) : `cannot read ${shownPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
        io.stderr(`clean-break scan: ${why}\n`);
        failed = true;
        continue;
      }
      if (!contract) {
        io.stderr(`clean-break scan: cannot read ${shownPath}: ENOENT\n`);
        failed = true;
        continue;
      }
      const result = scanContract(contract.text);
      if (values.json) results.push({ path: shownPath, result, ...(contract.pageStarts && { pageStarts: contract.pageStarts }) });
      else printResult(io, shownPath, contract, result);
    }
    if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return failed ? ExitCode.problemsFound : ExitCode.ok;
  },
};
