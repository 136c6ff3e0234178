// When the relationship ends, from `decision.endAfter`: after the notice period, on a deliverable's due date, or
// on a date the freelancer chose.
import type { ContractSummary } from '../clauses/types';
import type { Client, Defaults } from '../clients/schema';
import { addDays } from '../clients/dates';

/** Used when neither the contract nor clients.yaml states a notice period. */
export const FALLBACK_NOTICE_DAYS = 30;

/** Where the notice period came from. */
export type NoticeSource = 'contract' | 'defaults' | 'fallback';

export type EndDateRule =
  | { kind: 'notice'; noticeDays: number; source: NoticeSource }
  | { kind: 'deliverable'; title: string }
  | { kind: 'date' };

export type EndDateResult =
  | { ok: true; date: string; rule: EndDateRule }
  | { ok: false; problem: EndDateProblem; title: string };

/** Why `deliverable:<title>` gives no date: no deliverable has that title, or it has no due date. */
export type EndDateProblem = 'unknown-deliverable' | 'undated-deliverable';

export interface NoticePeriod {
  days: number;
  source: NoticeSource;
}

/** The contract's notice period when it states one, else `defaults.noticeDays`, else 30 days. */
export function noticePeriod(defaults: Partial<Defaults> | undefined, contract: Pick<ContractSummary, 'noticeDays'> | undefined): NoticePeriod {
  if (contract?.noticeDays !== undefined) return { days: contract.noticeDays, source: 'contract' };
  if (defaults?.noticeDays !== undefined) return { days: defaults.noticeDays, source: 'defaults' };
  return { days: FALLBACK_NOTICE_DAYS, source: 'fallback' };
}

const DELIVERABLE_PREFIX = 'deliverable:';

/** `today` is the day the notice is given; with no decision recorded, the notice rule applies. */
export function computeEndDate(
  client: Client,
  defaults: Partial<Defaults> | undefined,
  contract: Pick<ContractSummary, 'noticeDays'> | undefined,
  today: string,
): EndDateResult {
  const endAfter = client.decision?.endAfter ?? 'notice';
  if (endAfter === 'notice') {
    const notice = noticePeriod(defaults, contract);
    return { ok: true, date: addDays(today, notice.days), rule: { kind: 'notice', noticeDays: notice.days, source: notice.source } };
  }
  if (endAfter.startsWith(DELIVERABLE_PREFIX)) {
    const title = endAfter.slice(DELIVERABLE_PREFIX.length).trim();
    const deliverable = client.deliverables.find((d) => d.title === title);
    if (!deliverable) {
      return { ok: false, problem: 'unknown-deliverable', title };
    }
    if (!deliverable.due) {
      return { ok: false, problem: 'undated-deliverable', title };
    }
    return { ok: true, date: deliverable.due, rule: { kind: 'deliverable', title } };
  }
  return { ok: true, date: endAfter, rule: { kind: 'date' } };
}
