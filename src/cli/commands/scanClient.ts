// `clean-break scan --client ID`: the client's contract, its clauses with the deliverables still owed marked, and
// where each deliverable of clients.yaml is promised (or why it could not be named). Notes and emails read as one
// scope are cited in their own files, with each email's sender and date.
import { basename, join } from 'node:path';
import { scanContract } from '../../core/clauses/scan';
import type { ClauseSpan } from '../../core/clauses/types';
import { type Citation, type CitedDeliverable, citeDeliverables } from '../../core/deliverables/citations';
import { CITATION_MESSAGES } from '../../core/deliverables/messages';
import { scopeProblemMessage } from '../../core/documents/messages';
import { singleContractFile } from '../../core/documents/scope';
import type { Language } from '../../core/clients/schema';
import { type CliIO, ExitCode } from '../command';
import { CLI_MESSAGES, type CliMessages } from '../messages';
import { loadClientOrReport } from '../clientWorkspace';
import { describeSummary, inLanguage, printClauses, printResult, readContract } from './scan';

function where(c: Citation, single: boolean, say: CliMessages): string {
  const sender = c.from ? say.emailFrom(c.from, c.date) : '';
  // An encoded email's lines are those of its decoded words, not of the .eml.
  return `${say.atLine(c.line, single ? undefined : c.path)}${c.encoded ? say.inDecodedWords : ''}${sender}`;
}

function stateLine(d: CitedDeliverable, file: string, single: boolean, language: Language): string {
  const say = CLI_MESSAGES[language];
  const { deliverable } = d;
  const facts = [
    say.deliverableStatus[deliverable.status ?? 'not-started'],
    deliverable.due && say.due(deliverable.due),
    deliverable.paid && say.paid,
    deliverable.invoice !== undefined && say.invoice(deliverable.invoice),
  ].filter(Boolean);
  const found = d.cited
    ? `${where(d.cited, single, say)}${d.how === 'ref' ? say.byRef : ''}: "${d.cited.text}"${d.sharedWith ? say.alsoPromises(d.sharedWith) : ''}`
    : d.candidates
      ? say.ambiguous(d.candidates.map((c) => where(c, single, say)))
      : CITATION_MESSAGES[language].notFound(file, d.cause, deliverable.ref);
  // Both words padded to the longer one, so the titles line up.
  const width = Math.max(say.deliverableState(true).length, say.deliverableState(false).length);
  return `  ${say.deliverableState(d.owed).padEnd(width)}  ${deliverable.title} [${facts.join(', ')}]  ${found}\n`;
}

function deliverableLines(deliverables: readonly CitedDeliverable[], file: string, single: boolean, language: Language): string {
  const say = CLI_MESSAGES[language];
  const owed = deliverables.filter((d) => d.owed).length;
  return `${say.deliverablesHeading(owed)}\n${deliverables.map((d) => stateLine(d, file, single, language)).join('') || `  ${say.noDeliverables}\n`}`;
}

export async function scanClient(workspace: string, clientId: string, json: boolean, io: CliIO, language: Language): Promise<ExitCode> {
  const loaded = await loadClientOrReport('scan', workspace, clientId, io, language);
  if (!loaded) return ExitCode.problemsFound;
  const { client, contract } = loaded;
  const say = CLI_MESSAGES[language];
  if (contract.state === 'none') {
    io.stderr(`clean-break scan: ${say.namesNoContract(client.id)}\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'refused') {
    io.stderr(`clean-break scan: ${say.contractRefused(contract.path)}\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'unreadable') {
    io.stderr(`clean-break scan: ${say.contractUnreadable(contract.path, contract.problem)}\n`);
    return ExitCode.problemsFound;
  }
  if (contract.state === 'missing') {
    io.stderr(`clean-break scan: ${say.contractMissing(contract.path)}\n`);
    return ExitCode.problemsFound;
  }
  const path = singleContractFile(client.contract);
  if (path === undefined) {
    // Notes and emails: the scope's summary and where each deliverable is promised.
    if (json) io.stdout(`${JSON.stringify({ path: contract.path, contract }, null, 2)}\n`);
    else {
      const basis = contract.emails ? say.restingOnEmails(contract.emails) : '';
      io.stdout(`${contract.path}${basis}\n${(contract.problems ?? []).map((p) => `  ${say.warning(`${p.path}: ${scopeProblemMessage(p, language)}`)}\n`).join('')}`);
      // Each file's clauses at their place in it; an email whose file encodes its words has none to point at.
      let found = 0;
      for (const { path: file, spans } of contract.clauses ?? []) {
        const text = spans.length ? await readContract(join(workspace, file), file, language).catch(() => undefined) : undefined;
        if (!text) continue;
        printClauses(io, language, file, text, spans);
        found += spans.length;
      }
      if (!found) io.stdout(`  ${say.noClauses}\n`);
      io.stdout(describeSummary(contract.summary, say));
      io.stdout(deliverableLines(contract.deliverables?.deliverables ?? [], contract.path, false, language));
    }
    return ExitCode.ok;
  }
  const contractText = await readContract(join(workspace, path), path, language);
  if (!contractText) {
    io.stderr(`clean-break scan: ${say.contractMissing(path)}\n`);
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
    return titles.length ? say.owedMark(titles) : '';
  };
  printResult(io, language, path, contractText, result, markOwed);
  io.stdout(deliverableLines(report.deliverables, basename(path), true, language));
  return ExitCode.ok;
}
