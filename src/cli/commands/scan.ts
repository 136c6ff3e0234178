// `clean-break scan`: prints the clauses the engine finds in contract files, or scores a labelled JSONL file.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { scanContract } from '../../core/clauses/scan';
import type { ClauseSpan, ContractSummary, ScanResult } from '../../core/clauses/types';
import { RefusedFileError, requireReadableSize } from '../../core/workspace';
import type { Language } from '../../core/clients/schema';
import { DocumentError, pageAt } from '../../core/documents/document';
import { documentNoticeMessage, documentProblemMessage } from '../../core/documents/messages';
import { isDocumentPath } from '../../core/documents/kinds';
import { readDocumentFile } from '../../core/documents/read';
import { cannotReadFile, fileTrouble, readBytesFile } from '../clientWorkspace';
import { type CliIO, type Command, ExitCode, UsageError } from '../command';
import { CLI_MESSAGES, type CliMessages } from '../messages';
import { parseFlags } from '../flags';

/** Why a file cannot be read, with the system's error code. */
class UnreadableFile extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The file's text; a folder, a pipe or a file over the size limit is refused before it is read. */
async function readWithin(path: string, shownPath: string): Promise<string> {
  const trouble = fileTrouble(path);
  if (trouble) throw new UnreadableFile(trouble);
  requireReadableSize((await stat(path)).size, shownPath);
  return readFile(path, 'utf8');
}

function cannotRead(io: CliIO, language: Language, shownPath: string, error: unknown): void {
  const say = CLI_MESSAGES[language];
  if (error instanceof RefusedFileError) io.stderr(`${error.problemLine(language)}\n`);
  else io.stderr(`clean-break scan: ${say.cannotRead(shownPath, say.fileTrouble((error as NodeJS.ErrnoException).code ?? String(error)))}\n`);
}
import { scanClient } from './scanClient';

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

export function describeSummary(s: ContractSummary, say: CliMessages): string {
  const lines = [
    say.language(s.language),
    say.canEndForConvenience(s.canTerminateForConvenience, s.forCauseOnly),
    say.notice(s.noticeDays),
    say.terminationFee(s.terminationFee, s.terminationFeeWithoutAmount),
    say.afterTheEnd(s.survives),
  ];
  return lines.map((line) => `  ${line}\n`).join('');
}

/** A contract's text and, for a PDF, where its pages start; Markdown and text files are read as they are. */
export interface ContractText {
  text: string;
  pageStarts?: number[];
  notices: string[];
}

/** The contract's text, undefined when there is no such file; PDF and Word files are read into text. */
export async function readContract(path: string, shownPath: string, language: Language): Promise<ContractText | undefined> {
  if (!isDocumentPath(path)) return { text: await readWithin(path, shownPath), notices: [] };
  const document = await readDocumentFile(path, readBytesFile);
  if (!document) return undefined;
  return { text: document.text, pageStarts: document.pageStarts, notices: document.notices.map((n) => documentNoticeMessage(n, shownPath, language)) };
}

/** `mark` adds a note to a clause's line (scan --client marks the deliverables still owed). */
export function printResult(io: CliIO, language: Language, shownPath: string, contract: ContractText, result: ScanResult, mark: (span: ClauseSpan) => string = () => ''): void {
  const say = CLI_MESSAGES[language];
  io.stdout(`${shownPath}\n`);
  for (const warning of [...contract.notices, ...result.warnings.map((w) => w[language])]) io.stdout(`  ${say.warning(warning)}\n`);
  printClauses(io, language, shownPath, contract, result.spans, mark);
  if (!result.spans.length) io.stdout(`  ${say.noClauses}\n`);
  io.stdout(describeSummary(result.summary, say));
}

/** One line per clause: where it is, its kind, score, excerpt and value. */
export function printClauses(io: CliIO, language: Language, shownPath: string, contract: ContractText, spans: readonly ClauseSpan[], mark: (span: ClauseSpan) => string = () => ''): void {
  const say = CLI_MESSAGES[language];
  const { text } = contract;
  const at = positions(text, spans.map((s) => s.start));
  for (const span of spans) {
    const { line, column } = at.get(span.start) ?? { line: 1, column: 1 };
    const value =
      span.value !== undefined ? `  [${span.kind === 'notice' && typeof span.value === 'number' ? say.daysValue(span.value) : span.value}]`
      : span.noticeDays !== undefined ? `  [${say.daysNoticeValue(span.noticeDays)}]`
      : '';
    const party = span.party && span.party !== 'unknown' ? `  (${say.party[span.party]})` : '';
    const page = pageAt(contract, span.start);
    io.stdout(`${shownPath}:${line}:${column}${page === undefined ? '' : ` (page ${page})`}  ${span.kind}  ${span.score.toFixed(2)}  "${excerpt(text.slice(span.start, span.end))}"${value}${party}${mark(span)}\n`);
  }
}

/** A scan as --json prints it: each explanation and warning in the user's language, as on screen. */
export function inLanguage(result: ScanResult, language: Language) {
  return {
    ...result,
    spans: result.spans.map((span) => ({ ...span, explanation: span.explanation[language] })),
    warnings: result.warnings.map((warning) => warning[language]),
    summary: { ...result.summary, survives: result.summary.survives.map((phrase) => phrase[language]) },
  };
}

async function scanJsonl(path: string, io: CliIO, language: Language): Promise<ExitCode> {
  let content: string;
  try {
    content = await readWithin(path, path);
  } catch (error) {
    cannotRead(io, language, path, error);
    return ExitCode.problemsFound;
  }
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(lines[i]);
    } catch {
      io.stderr(`clean-break scan: ${path}:${i + 1}: ${CLI_MESSAGES[language].notAJsonObject}\n`);
      return ExitCode.problemsFound;
    }
    if (typeof doc.text !== 'string') {
      io.stderr(`clean-break scan: ${path}:${i + 1}: ${CLI_MESSAGES[language].noTextField}\n`);
      return ExitCode.problemsFound;
    }
    const spans = scanContract(doc.text).spans.map(({ kind, start, end, score, value }) => (value === undefined ? { kind, start, end, score } : { kind, start, end, score, value }));
    io.stdout(`${JSON.stringify({ id: doc.id, spans })}\n`);
  }
  return ExitCode.ok;
}

export const scanCommand: Command = {
  name: 'scan',
  usage: 'clean-break scan FILE... [--json] | clean-break scan --client ID [--workspace DIR] [--json] | clean-break scan --jsonl GOLD.jsonl',
  async run(args, { workspace, io, language }) {
    const say = CLI_MESSAGES[language];
    const flags = parseFlags(args, ['jsonl', 'client'], ['json']);
    const values = { json: flags.switches.has('json'), jsonl: flags.values.get('jsonl'), client: flags.values.get('client') };
    const { positionals } = flags;
    if (values.jsonl !== undefined) {
      if (positionals.length || values.json) throw new UsageError((say) => say.jsonlAlone);
      return scanJsonl(resolve(workspace, values.jsonl), io, language);
    }
    if (values.client !== undefined) {
      if (positionals.length) throw new UsageError((say) => say.clientWithoutFile);
      return scanClient(workspace, values.client, values.json === true, io, language);
    }
    if (!positionals.length) throw new UsageError((say) => say.nameContractFile);
    let failed = false;
    const results: { path: string; result: ReturnType<typeof inLanguage>; pageStarts?: number[] }[] = [];
    for (const file of positionals) {
      const path = resolve(workspace, file);
      const shownPath = relative(workspace, path) || file;
      let contract: ContractText | undefined;
      try {
        contract = await readContract(path, shownPath, language);
      } catch (error) {
        if (error instanceof DocumentError) io.stderr(`clean-break scan: ${documentProblemMessage(error, shownPath, language)}\n`);
        else cannotRead(io, language, shownPath, error);
        failed = true;
        continue;
      }
      if (!contract) {
        io.stderr(`clean-break scan: ${cannotReadFile(path, shownPath, say)}\n`);
        failed = true;
        continue;
      }
      const result = scanContract(contract.text);
      if (values.json) results.push({ path: shownPath, result: inLanguage(result, language), ...(contract.pageStarts && { pageStarts: contract.pageStarts }) });
      else printResult(io, language, shownPath, contract, result);
    }
    if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return failed ? ExitCode.problemsFound : ExitCode.ok;
  },
};
