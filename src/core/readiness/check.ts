// Is the freelancer ready to tell this client? The article's checklist, computed from clients.yaml, the contract
// and today: each item ok, warn or block, with its one-line reason in the user's interface language.
import { addDays } from '../clients/dates';
import { type ClientFacts, deriveFacts } from '../clients/derive';
import type { Client, ClientsFile, Language } from '../clients/schema';
import { CITATION_MESSAGES } from '../deliverables/messages';
import { obligationsWithCitations } from '../deliverables/readiness';
import { computeEndDate, type EndDateResult, noticePeriod } from '../drafting/endDate';
import { formatDate, formatMoney } from '../drafting/format';
import { DEFAULT_MEETING_MODE } from '../drafting/phrases';
import { READINESS_MESSAGES, type ReadinessMessages } from './messages';
import { type ContractStatus, READINESS_ITEMS, type Readiness, type ReadinessItem, type ReadinessItemId } from './types';

/** Clients ended within 30 or 365 days from this many on: the article's "several times a month or a year". */
export const MANY_TERMINATIONS = 2;

export interface ReadinessInput {
  file: ClientsFile;
  client: Client;
  contract: ContractStatus;
  /** YYYY-MM-DD: the day the notice would be given. */
  today: string;
  /** The language of the reasons: the user's interface language, not the client's (only drafts speak that). */
  language: Language;
}

interface Context extends ReadinessInput {
  language: Language;
  facts: ClientFacts;
  terminations: { last30Days: number; last365Days: number };
  say: ReadinessMessages;
  date: (iso: string) => string;
  money: (amount: number) => string;
  end: EndDateResult;
}

type Check = (context: Context) => Pick<ReadinessItem, 'status' | 'reason' | 'citations'>;

const CHECKS: Record<ReadinessItemId, Check> = {
  'cooling-off': ({ facts, file, say, date }) => {
    const coolingOff = facts.coolingOff;
    if (!coolingOff) return { status: 'block', reason: say.noDecision(file.defaults.coolingOffDays) };
    if (coolingOff.over) return { status: 'ok', reason: say.coolingOffOver(date(coolingOff.decidedOn), coolingOff.day) };
    const readyOn = addDays(coolingOff.decidedOn, coolingOff.days);
    return { status: 'block', reason: say.coolingOffRunning(date(coolingOff.decidedOn), date(readyOn), coolingOff.days) };
  },

  terminations: ({ terminations, say }) => {
    const many = terminations.last30Days >= MANY_TERMINATIONS || terminations.last365Days >= MANY_TERMINATIONS;
    return { status: many ? 'warn' : 'ok', reason: say.terminations(terminations.last30Days, terminations.last365Days, many) };
  },

  contract: ({ contract, say, language }) => {
    if (contract.state === 'none') return { status: 'warn', reason: say.noContract };
    if (contract.state === 'missing') return { status: 'warn', reason: say.contractMissing(contract.path) };
    if (contract.state === 'refused') return { status: 'warn', reason: say.contractRefused(contract.path, contract.refusal) };
    if (contract.state === 'unreadable') return { status: 'warn', reason: say.contractUnreadable(contract.path) };
    const { canTerminateForConvenience, forCauseOnly, noticeDays, terminationFee, terminationFeeWithoutAmount } = contract.summary;
    const says = say.contractSays({ convenience: canTerminateForConvenience, forCauseOnly, noticeDays, fee: terminationFee, feeWithoutAmount: terminationFeeWithoutAmount });
    if (contract.emails) return { status: 'warn', reason: `${CITATION_MESSAGES[language].scopeOnEmails(contract.emails)} ${says}` };
    return { status: canTerminateForConvenience ? 'ok' : 'warn', reason: says };
  },

  obligations: ({ contract, facts, say, date, language }) => {
    if (contract.state === 'scanned' && contract.deliverables) return obligationsWithCitations(contract.deliverables, facts, say, date, language);
    if (facts.paidUndelivered.length === 0) return { status: 'ok', reason: say.nothingPaidUndelivered };
    const items = facts.paidUndelivered.map((d) => say.deliverable(d.title, d.due && date(d.due), d.invoice)).join(', ');
    return { status: 'block', reason: say.paidUndelivered(items) };
  },

  money: ({ client, facts, say, date, money }) => {
    const list = (invoices: { number: string; amount: number; due?: string }[]) =>
      invoices.map((i) => say.invoice(i.number, money(i.amount), i.due && date(i.due))).join(', ');
    if (facts.overdueInvoices.length > 0) return { status: 'block', reason: say.overdue(list(facts.overdueInvoices)) };
    const unpaid = client.invoices.filter((invoice) => invoice.paidOn === undefined);
    if (unpaid.length === 0) return { status: 'ok', reason: say.allPaid };
    return { status: 'warn', reason: say.unpaid(list(unpaid)) };
  },

  meeting: ({ client, say, date, today }) => {
    const meeting = client.decision?.meeting;
    if (!meeting || (meeting.on === undefined && meeting.held !== true)) return { status: 'warn', reason: say.noMeeting };
    const mode = say.meetingModes[meeting.mode ?? DEFAULT_MEETING_MODE];
    // A date gone by, not marked held: the talk may never have happened.
    if (meeting.held !== true && meeting.on !== undefined && meeting.on < today) return { status: 'warn', reason: say.meetingPassed(mode, date(meeting.on)) };
    return { status: 'ok', reason: say.meetingPlanned(mode, meeting.on && date(meeting.on), meeting.held) };
  },

  notice: ({ end, contract, file, today, say, date }) => {
    if (!end.ok) {
      return { status: 'block', reason: end.problem === 'unknown-deliverable' ? say.unknownDeliverable(end.title) : say.undatedDeliverable(end.title) };
    }
    // Notice of an end already gone by makes no sense: the email would say the work ended in the past.
    if (end.date < today) return { status: 'block', reason: say.endDatePast(date(end.date)) };
    const summary = contract.state === 'scanned' ? contract.summary : undefined;
    const notice = noticePeriod(file.defaults, summary);
    const earliest = addDays(today, notice.days);
    if (notice.source === 'contract' && end.date < earliest) {
      return { status: 'warn', reason: say.shorterThanContract(date(end.date), notice.days, date(earliest)) };
    }
    const rule = end.rule;
    if (rule.kind === 'notice') return { status: 'ok', reason: say.endsOnNotice(date(end.date), rule.noticeDays, rule.source) };
    if (rule.kind === 'deliverable') return { status: 'ok', reason: say.endsWithDeliverable(date(end.date), rule.title) };
    return { status: 'ok', reason: say.endsOnDate(date(end.date)) };
  },

  referral: ({ client, say }) => {
    const decision = client.decision;
    if (decision?.disrespectful === true) return { status: 'ok', reason: say.disrespectful };
    const referral = decision?.referral;
    if (referral?.name !== undefined) return { status: 'ok', reason: say.referralColleague(referral.name) };
    if (referral?.kind !== undefined) return { status: 'ok', reason: say.referralKind(referral.kind) };
    return { status: 'warn', reason: say.noReferral };
  },
};

export function checkReadiness(input: ReadinessInput): Readiness {
  const { file, client, contract, today, language } = input;
  const portfolio = deriveFacts(file, today);
  // A client being edited may not be in the file yet; its own facts still count.
  const facts = portfolio.clients.find((c) => c.id === client.id) ?? deriveFacts({ ...file, clients: [client] }, today).clients[0];
  const summary = contract.state === 'scanned' ? contract.summary : undefined;
  const context: Context = {
    ...input,
    language,
    facts,
    terminations: portfolio.terminations,
    say: READINESS_MESSAGES[language],
    date: (iso) => formatDate(iso, language),
    money: (amount) => formatMoney(amount, language, facts.currency),
    end: computeEndDate(client, file.defaults, summary, today),
  };
  const items: ReadinessItem[] = READINESS_ITEMS.map((id) => ({ id, ...CHECKS[id](context) }));
  const blocked = items.some((item) => item.status === 'block');
  return {
    clientId: client.id,
    language,
    items,
    blocked,
    ...(context.end.ok ? { endDate: context.end.date, endDateRule: context.end.rule } : {}),
  };
}
