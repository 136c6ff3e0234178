// Facts derived from the records: what each client owes, what you owe them, what they cost, where the decision
// stands. `today` is always passed in, so the same file gives the same answer in tests and on the command line.
import { isOwed } from '../deliverables/owed';
import { computeEndDate } from '../drafting/endDate';
import { addDays, daysBetween } from './dates';
import { type Client, type ClientsFile, type Defaults, type Deliverable, type IncidentKind, type Invoice } from './schema';

/** The invoice a deliverable names in `invoice`, when the client has it. */
export function invoiceOf(deliverable: Deliverable, client: Client): Invoice | undefined {
  return deliverable.invoice === undefined ? undefined : client.invoices.find((invoice) => invoice.number === deliverable.invoice);
}

export interface OverdueInvoice {
  number: string;
  amount: number;
  due: string;
  /** Days since the due date; at least 1. */
  daysLate: number;
}

export interface CoolingOff {
  decidedOn: string;
  /** Days since the decision: 0 on the day it was recorded. */
  day: number;
  /** The cooling-off period, `defaults.coolingOffDays`. */
  days: number;
  /** True once `day` has reached `days`: drafts may be called ready. */
  over: boolean;
}

export interface ClientFacts {
  id: string;
  name: string;
  status?: Client['status'];
  /** The client's currency, else the default one, else none. */
  currency?: string;
  /** Paid invoices: what the client brought in. */
  revenue: number;
  /** Unpaid invoices, due or not. */
  outstanding: number;
  /** Unpaid invoices whose due date has passed. */
  overdue: number;
  overdueInvoices: OverdueInvoice[];
  /** Paid for, but neither delivered nor cancelled: to deliver before ending the relationship. */
  paidUndelivered: Deliverable[];
  incidentsByKind: Record<IncidentKind, number>;
  incidentCount: number;
  /** Hours the incidents cost, as logged on them. */
  incidentHours: number;
  /** Hours spent on the client (`hours`, 0 when not given). */
  hours: number;
  coolingOff?: CoolingOff;
  /** When the relationship ends under the recorded decision, when that can be told (see `endDateOf`). */
  endsOn?: string;
  /** When the relationship ended, for clients that count as terminated (see `terminationDateOf`). */
  terminatedOn?: string;
}

export interface PortfolioFacts {
  clients: ClientFacts[];
  /** Clients terminated within the last 30 and 365 days, today included. */
  terminations: { last30Days: number; last365Days: number };
}

/**
 * The day the relationship ends under the recorded decision, by the same rule the drafts use (computeEndDate), with
 * the notice given on the day the client is told: the planned meeting, or before one is planned, the first day
 * after cooling off. `noticeDays` is the contract's period when it is known; defaults.noticeDays otherwise.
 */
export function endDateOf(client: Client, defaults: Defaults, noticeDays?: number): string | undefined {
  const decision = client.decision;
  if (!decision) return undefined;
  const told = decision.meeting?.on ?? addDays(decision.decidedOn, defaults.coolingOffDays);
  const contract = noticeDays === undefined ? undefined : { noticeDays };
  const end = computeEndDate(client, defaults, contract, told);
  return end.ok ? end.date : undefined;
}

/**
 * A client counts as terminated when it has a decision and either its status is `ended` or its end date has
 * passed. The termination date is the end date, or today for an `ended` client whose end date is still ahead or
 * unknown (it ended early). An `ended` client without a decision has no date and is not counted.
 */
export function terminationDateOf(client: Client, endsOn: string | undefined, today: string): string | undefined {
  if (!client.decision) return undefined;
  if (client.status === 'ended') return endsOn !== undefined && endsOn <= today ? endsOn : today;
  return endsOn !== undefined && endsOn <= today ? endsOn : undefined;
}

/** A zero count for every incident kind. Written out rather than built from INCIDENT_KINDS: this runs once per
 * client, and the type still insists on every kind. */
function noIncidents(): Record<IncidentKind, number> {
  return { 'after-hours': 0, 'vague-feedback': 0, 'late-payment': 0, 'scope-creep': 0, disrespect: 0, other: 0 };
}

function clientFacts(client: Client, file: ClientsFile, today: string): ClientFacts {
  let revenue = 0;
  let outstanding = 0;
  let overdue = 0;
  const overdueInvoices: OverdueInvoice[] = [];
  for (const invoice of client.invoices) {
    if (invoice.paidOn !== undefined) {
      revenue += invoice.amount;
      continue;
    }
    outstanding += invoice.amount;
    const daysLate = invoice.due === undefined ? 0 : daysBetween(invoice.due, today);
    if (invoice.due !== undefined && daysLate > 0) {
      overdue += invoice.amount;
      overdueInvoices.push({ number: invoice.number, amount: invoice.amount, due: invoice.due, daysLate });
    }
  }
  const incidentsByKind = noIncidents();
  let incidentHours = 0;
  for (const incident of client.incidents) {
    incidentsByKind[incident.kind]++;
    incidentHours += incident.hours ?? 0;
  }
  const decision = client.decision;
  const coolingOffDays = file.defaults.coolingOffDays;
  const day = decision ? daysBetween(decision.decidedOn, today) : 0;
  const endsOn = endDateOf(client, file.defaults);
  return {
    id: client.id,
    name: client.name,
    status: client.status,
    currency: client.currency ?? file.defaults.currency,
    revenue,
    outstanding,
    overdue,
    overdueInvoices,
    paidUndelivered: client.deliverables.filter((d) => d.paid === true && isOwed(d)),
    incidentsByKind,
    incidentCount: client.incidents.length,
    incidentHours,
    hours: client.hours ?? 0,
    coolingOff: decision ? { decidedOn: decision.decidedOn, day, days: coolingOffDays, over: day >= coolingOffDays } : undefined,
    endsOn,
    terminatedOn: terminationDateOf(client, endsOn, today),
  };
}

export function deriveFacts(file: ClientsFile, today: string): PortfolioFacts {
  const clients = file.clients.map((client) => clientFacts(client, file, today));
  const within = (days: number) =>
    clients.filter((c) => c.terminatedOn !== undefined && daysBetween(c.terminatedOn, today) < days).length;
  return { clients, terminations: { last30Days: within(30), last365Days: within(365) } };
}
