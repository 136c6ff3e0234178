// `clean-break scan --client ID`: the client's contract, its clauses with the deliverables still owed marked, and
// where each deliverable of clients.yaml is promised (or why it could not be named). Notes and emails read as one
// scope are cited in their own files, with each email's sender and date.
import { basename, join } from 'node:path';
import { scanContract } from '../../core/clauses/scan';
import type { ClauseSpan } from '../../core/clauses/types';
import { type Citation, type CitedDeliverable, citeDeliverables } from '../../core/deliverables/citations';
import { CITATION_MESSAGES } from '../../core/deliverables/messages';
import { singleContractFile } from '../../core/documents/scope';
import type { Language } from '../../core/clients/schema';
import { type CliIO, ExitCode } from '../command';
import { loadClientOrReport } from '../clientWorkspace';
import { inLanguage, printResult, readContract } from './scan';

function where(c: Citation, single: boolean): string {
  const sender = c.from ? ` (email from ${c.from}${c.date ? `, ${c.date}` : ''})` : '';
  return `${single ? '' : `${c.path} `}line ${c.line}${sender}`;
}

function stateLine(d: CitedDeliverable, file: string, single: boolean, language: Language): string {
  const status = d.deliverable.status ?? 'not-started';
  const facts = [status, d.deliverable.due && `due ${d.deliverable.due}`, d.deliverable.paid && 'paid', d.deliverable.invoice !== undefined && `invoice ${d.deliverable.invoice}`].filter(Boolean).join(', ');
  const found = d.cited
    ? `${where(d.cited, single)}${d.how === 'ref' ? ' (by ref)' : ''}: "${d.cited.text}"${d.sharedWith ? ` (also ${d.sharedWith.join(', ')})` : ''}`
    : d.candidates
      ? `ambiguous: ${d.candidates.map((c) => where(c, single)).join('; ')}; add a ref to name one`
      : CITATION_MESSAGES[language].notFound(file, d.cause, d.deliverable.ref);
  return `  ${d.owed ? 'owed' : 'done'}  ${d.deliverable.title} [${facts}]  ${found}\n`;
}

function deliverableLines(deliverables: readonly CitedDeliverable[], file: string, single: boolean, language: Language): string {
  const owed = deliverables.filter((d) => d.owed).length;
  return `deliverables (${owed} still owed):\n${deliverables.map((d) => stateLine(d, file, single, language)).join('') || '  none in clients.yaml\n'}`;
}

export async function scanClient(workspace: string, clientId: string, json: boolean, io: CliIO, language: Language): Promise<ExitCode> {
  const loaded = await loadClientOrReport('scan', workspace, clientId, io, language);
  if (!loaded) return ExitCode.problemsFound;
  const { client, contract } = loaded;
  if (contract.state === 'none') {
    io.stderr(`clean-break scan: ${client.id} names no contract in clients.yaml\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'refused') {
    io.stderr(`clean-break scan: ${contract.path} was not read: it is outside the workspace folder or too large\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'unreadable') {
    io.stderr(`clean-break scan: ${contract.path} could not be read (${contract.problem})\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'missing') {
    io.stderr(`clean-break scan: cannot read ${contract.path}: no such file or folder\n`);
    return ExitCode.problemsFound;
  }
  const path = singleContractFile(client.contract);
  if (path === undefined) {
    // Notes and emails: the scope's summary and where each deliverable is promised.
    if (json) io.stdout(`${JSON.stringify({ path: contract.path, contract }, null, 2)}\n`);
    else {
      const basis = contract.emails ? `, resting on ${contract.emails} emails, not a signed contract` : '';
      io.stdout(`${contract.path}${basis}\n${(contract.problems ?? []).map((p) => `  warning: ${p}\n`).join('')}`);
      io.stdout(deliverableLines(contract.deliverables?.deliverables ?? [], contract.path, false, language));
    }
    return ExitCode.ok;
  }
  const contractText = await readContract(join(workspace, path), path, language);
  if (!contractText) {
    io.stderr(`clean-break scan: cannot read ${path}: no such file\n`);
    return ExitCode.problemsFound;
  }
  const { text } = contractText;
  const result = scanContract(text);
  const report = citeDeliverables(client, path, text, result, client.language ?? loaded.file.me?.language);
  if (json) {
    io.stdout(`${JSON.stringify({ path, result: inLanguage(result, language), deliverables: report }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const owed = report.deliverables.filter((d) => d.owed && d.cited);
  const markOwed = (span: ClauseSpan) => {
    const titles = owed.filter((d) => d.cited!.start < span.end && span.start < d.cited!.end).map((d) => d.deliverable.title);
    return titles.length ? `  ← owed: ${titles.join(', ')}` : '';
  };
  printResult(io, language, path, contractText, result, markOwed);
  io.stdout(deliverableLines(report.deliverables, basename(path), true, language));
  return ExitCode.ok;
}
