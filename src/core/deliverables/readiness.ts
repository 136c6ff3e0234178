// The readiness item "obligations" when the contract could be read: what is paid but not delivered, each with the
// passage that promises it, and what the contract says happens to unfinished work when it ends.
import { basename } from 'node:path';
import type { ClientFacts } from '../clients/derive';
import type { Language } from '../clients/schema';
import type { ReadinessMessages } from '../readiness/messages';
import type { ReadinessItem } from '../readiness/types';
import type { Citation, DeliverableCitations } from './citations';
import { CITATION_MESSAGES, whereCited } from './messages';

export function obligationsWithCitations(
  report: DeliverableCitations,
  facts: ClientFacts,
  say: ReadinessMessages,
  date: (iso: string) => string,
  language: Language,
): Pick<ReadinessItem, 'status' | 'reason' | 'citations'> {
  // A folder or a list of files is named as written; a single file by its name.
  const file = /[/,]$|, /.test(report.path) ? report.path : basename(report.path);
  const paidUndelivered = new Set(facts.paidUndelivered);
  const cited = report.deliverables.filter((d) => paidUndelivered.has(d.deliverable));
  const citations: Citation[] = cited.flatMap((d) => d.cited ?? []);
  const anyOwed = report.deliverables.some((d) => d.owed);
  const afterEnd = anyOwed && report.postTermination.length ? ` ${CITATION_MESSAGES[language].contractSaysAfterEnd(report.postTermination.map((c) => c.text))}` : '';
  if (anyOwed) citations.push(...report.postTermination);
  const withCitations = citations.length ? { citations } : {};
  if (cited.length === 0) return { status: 'ok', reason: `${say.nothingPaidUndelivered}${afterEnd}`, ...withCitations };
  const items = cited.map((d) => `${say.deliverable(d.deliverable.title, d.deliverable.due && date(d.deliverable.due), d.deliverable.invoice)}, ${whereCited(d, file, language, date)}`).join('; ');
  return { status: 'block', reason: `${say.paidUndelivered(items)}${afterEnd}`, ...withCitations };
}
