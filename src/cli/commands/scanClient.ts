// `clean-break scan --client ID`: the client's contract, its clauses with the deliverables still owed marked, and
// where each deliverable of clients.yaml is promised (or why it could not be named).
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { scanContract } from '../../core/clauses/scan';
import type { ClauseSpan } from '../../core/clauses/types';
import { type CitedDeliverable, citeDeliverables } from '../../core/deliverables/citations';
import { CITATION_MESSAGES } from '../../core/deliverables/messages';
import { type CliIO, ExitCode } from '../command';
import { loadClientOrReport } from '../clientWorkspace';
import { printResult } from './scan';

function stateLine(d: CitedDeliverable, file: string): string {
  const status = d.deliverable.status ?? 'not-started';
  const facts = [status, d.deliverable.due && `due ${d.deliverable.due}`, d.deliverable.paid && 'paid'].filter(Boolean).join(', ');
  const where = d.cited
    ? `line ${d.cited.line}${d.how === 'ref' ? ' (by ref)' : ''}: "${d.cited.text}"${d.sharedWith ? ` (also ${d.sharedWith.join(', ')})` : ''}`
    : d.candidates
      ? `ambiguous: lines ${d.candidates.map((c) => c.line).join(', ')}; add a ref to name one`
      : CITATION_MESSAGES.en.notFound(file, d.cause, d.deliverable.ref);
  return `  ${d.owed ? 'owed' : 'done'}  ${d.deliverable.title} [${facts}]  ${where}\n`;
}

export async function scanClient(workspace: string, clientId: string, json: boolean, io: CliIO): Promise<ExitCode> {
  const loaded = await loadClientOrReport('scan', workspace, clientId, io);
  if (!loaded) return ExitCode.problemsFound;
  const { client } = loaded;
  if (client.contract === undefined) {
    io.stderr(`clean-break scan: ${client.id} names no contract in clients.yaml\n`);
    return ExitCode.problemsFound;
  }
  const path = client.contract;
  let text: string;
  try {
    text = await readFile(join(workspace, path), 'utf8');
  } catch (error) {
    io.stderr(`clean-break scan: cannot read ${client.contract}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return ExitCode.problemsFound;
  }
  const result = scanContract(text);
  const report = citeDeliverables(client, client.contract, text, result, client.language ?? loaded.file.me?.language);
  if (json) {
    io.stdout(`${JSON.stringify({ path: client.contract, result, deliverables: report }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const owed = report.deliverables.filter((d) => d.owed && d.cited);
  const markOwed = (span: ClauseSpan) => {
    const titles = owed.filter((d) => d.cited!.start < span.end && span.start < d.cited!.end).map((d) => d.deliverable.title);
    return titles.length ? `  ← owed: ${titles.join(', ')}` : '';
  };
  printResult(io, client.contract, text, result, markOwed);
  io.stdout(`deliverables (${report.deliverables.filter((d) => d.owed).length} still owed):\n${report.deliverables.map((d) => stateLine(d, basename(path))).join('') || '  none in clients.yaml\n'}`);
  return ExitCode.ok;
}
