// The one-line reasons of the readiness checklist, in English and Italian. Dates and amounts arrive formatted.
import type { Language, MeetingMode } from '../clients/schema';
import type { NoticeSource } from '../drafting/endDate';
import type { Refusal } from '../workspace';

export interface ReadinessMessages {
  noDecision(coolingOffDays: number): string;
  coolingOffOver(decidedOn: string, daysAgo: number): string;
  coolingOffRunning(decidedOn: string, readyOn: string, coolingOffDays: number): string;
  terminations(last30: number, last365: number, many: boolean): string;
  noContract: string;
  contractMissing(path: string): string;
  contractRefused(path: string, refusal: Refusal): string;
  /** A PDF or Word contract that exists but could not be read. */
  contractUnreadable(path: string): string;
  contractSays(parts: { convenience: boolean; forCauseOnly: boolean; noticeDays?: number; fee?: string; feeWithoutAmount?: boolean }): string;
  paidUndelivered(items: string): string;
  nothingPaidUndelivered: string;
  overdue(items: string): string;
  unpaid(items: string): string;
  allPaid: string;
  /** `item`: "2026-047 (€2,400.00, due 14 November 2026)". */
  invoice(number: string, amount: string, due?: string): string;
  /** `item`: "Brand guide (due 11 December 2026, invoice 2026-014)". */
  deliverable(title: string, due?: string, invoice?: string): string;
  meetingPlanned(mode: string, on?: string, held?: boolean): string;
  noMeeting: string;
  meetingPassed(mode: string, on: string): string;
  endsOnNotice(endDate: string, noticeDays: number, source: NoticeSource): string;
  endsWithDeliverable(endDate: string, title: string): string;
  endsOnDate(endDate: string): string;
  endDatePast(endDate: string): string;
  shorterThanContract(endDate: string, noticeDays: number, earliest: string): string;
  unknownDeliverable(title: string): string;
  undatedDeliverable(title: string): string;
  disrespectful: string;
  referralColleague(name: string): string;
  referralKind(kind: string): string;
  noReferral: string;
  meetingModes: Record<MeetingMode, string>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** "Brand guide (due 11 December 2026, invoice 2026-014)": the facts that are known, in brackets. */
const inBrackets = (title: string, facts: (string | undefined)[]) => {
  const known = facts.filter(Boolean);
  return known.length ? `${title} (${known.join(', ')})` : title;
};

export const READINESS_MESSAGES: Record<Language, ReadinessMessages> = {
  en: {
    noDecision: (days) => `No decision recorded: set decision.decidedOn, then wait ${plural(days, 'day', 'days')} before acting.`,
    coolingOffOver: (decidedOn, daysAgo) => `Decided on ${decidedOn}, ${plural(daysAgo, 'day', 'days')} ago: the cooling-off period is over.`,
    coolingOffRunning: (decidedOn, readyOn, days) =>
      `Decided on ${decidedOn}: take ${plural(days, 'day', 'days')} to cool off, and act from ${readyOn}.`,
    terminations: (last30, last365, many) =>
      `${plural(last30, 'client', 'clients')} ended in the last 30 days, ${last365} in the last 365` +
      (many ? ': several in a short time; listen to your instinct.' : '.'),
    noContract: 'No contract: gather the emails that set the scope and expectations.',
    contractMissing: (path) => `${path} was not found: gather the emails that set the scope and expectations.`,
    contractRefused: (path, refusal) =>
      `${path} was not read: ${refusal === 'outside-workspace' ? 'it is outside the workspace folder; move it inside' : 'it is too large'}.`,
    contractUnreadable: (path) => `${path} could not be read (Scan Contract says why): gather the emails that set the scope and expectations.`,
    contractSays: ({ convenience, forCauseOnly, noticeDays, fee, feeWithoutAmount }) =>
      [
        convenience
          ? 'You may end it without cause'
          : forCauseOnly
            ? 'Only for-cause termination: read the contract with care'
            : 'No termination clause found: read the contract line by line',
        noticeDays !== undefined ? `notice ${plural(noticeDays, 'day', 'days')}` : 'no notice period stated',
        fee !== undefined ? `termination fee ${fee}` : feeWithoutAmount ? 'termination fee, amount not stated' : 'no termination fee',
      ].join('; ') + '.',
    paidUndelivered: (items) => `Paid but not delivered: ${items}. Deliver it before you end the relationship.`,
    nothingPaidUndelivered: 'Everything paid for has been delivered.',
    overdue: (items) => `Overdue: ${items}. Wait until they have paid before announcing.`,
    unpaid: (items) => `Unpaid: ${items}. Wait until they have paid before announcing.`,
    allPaid: 'Every invoice is paid.',
    invoice: (number, amount, due) => `${number} (${amount}${due ? `, due ${due}` : ''})`,
    deliverable: (title, due, invoice) => inBrackets(title, [due && `due ${due}`, invoice && `invoice ${invoice}`]),
    meetingPlanned: (mode, on, held) => (held ? `The ${mode} took place${on ? ` on ${on}` : ''}.` : `A ${mode} is planned${on ? ` on ${on}` : ''}.`),
    noMeeting: "No meeting or call planned: don't just stop answering; plan one (decision.meeting).",
    meetingPassed: (mode, on) => `The ${mode} planned on ${on} has passed and is not marked as held: mark it held (decision.meeting.held) if it took place, or plan another (decision.meeting).`,
    endsOnNotice: (endDate, days, source) =>
      `Ends on ${endDate}: ${plural(days, 'day', 'days')} of notice from today (${
        source === 'contract' ? 'the contract' : source === 'defaults' ? 'defaults.noticeDays' : 'the usual 30 days'
      }).`,
    endsWithDeliverable: (endDate, title) => `Ends on ${endDate}, when “${title}” is due.`,
    endsOnDate: (endDate) => `Ends on ${endDate}, the date set in decision.endAfter.`,
    endDatePast: (endDate) => `The end date, ${endDate}, is already past: choose a later one (decision.endAfter).`,
    shorterThanContract: (endDate, days, earliest) =>
      `Ends on ${endDate}, sooner than the contract's ${plural(days, 'day', 'days')} of notice allow (${earliest} at the earliest).`,
    unknownDeliverable: (title) => `decision.endAfter names “${title}”, but no deliverable has that title.`,
    undatedDeliverable: (title) => `decision.endAfter names “${title}”, which has no due date.`,
    disrespectful: 'Marked disrespectful: no referral is owed.',
    referralColleague: (name) => `Referral: ${name}.`,
    referralKind: (kind) => `Referral: ${kind}.`,
    noReferral: 'No referral: name a colleague or the kind of provider that fits (decision.referral).',
    meetingModes: { call: 'call', video: 'video call', 'in-person': 'meeting in person' },
  },
  it: {
    noDecision: (days) => `Nessuna decisione registrata: indica decision.decidedOn, poi aspetta ${plural(days, 'giorno', 'giorni')} prima di agire.`,
    coolingOffOver: (decidedOn, daysAgo) => `Decisione presa ${plural(daysAgo, 'giorno', 'giorni')} fa (${decidedOn}): il periodo di riflessione è finito.`,
    coolingOffRunning: (decidedOn, readyOn, days) =>
      `Decisione presa: ${decidedOn}. Prenditi ${plural(days, 'giorno', 'giorni')} di riflessione; potrai agire da: ${readyOn}.`,
    terminations: (last30, last365, many) =>
      `${plural(last30, 'cliente chiuso', 'clienti chiusi')} negli ultimi 30 giorni, ${last365} negli ultimi 365` +
      (many ? ': parecchi in poco tempo; ascolta il tuo istinto.' : '.'),
    noContract: 'Nessun contratto: raccogli le email che definiscono lo scopo e le aspettative.',
    contractMissing: (path) => `${path} non trovato: raccogli le email che definiscono lo scopo e le aspettative.`,
    contractRefused: (path, refusal) =>
      `${path} non è stato letto: ${refusal === 'outside-workspace' ? 'è fuori dalla cartella di lavoro; spostalo al suo interno' : 'è troppo grande'}.`,
    contractUnreadable: (path) => `${path} non si può leggere (Analizza contratto ne dice il motivo): raccogli le email che definiscono lo scopo e le aspettative.`,
    contractSays: ({ convenience, forCauseOnly, noticeDays, fee, feeWithoutAmount }) =>
      [
        convenience
          ? 'Puoi recedere senza giusta causa'
          : forCauseOnly
            ? 'Solo risoluzione per giusta causa: leggi il contratto con attenzione'
            : 'Nessuna clausola di recesso trovata: leggi il contratto riga per riga',
        noticeDays !== undefined ? `preavviso ${plural(noticeDays, 'giorno', 'giorni')}` : 'nessun preavviso indicato',
        fee !== undefined ? `penale di recesso ${fee}` : feeWithoutAmount ? 'penale di recesso, importo non indicato' : 'nessuna penale di recesso',
      ].join('; ') + '.',
    paidUndelivered: (items) => `Pagato ma non consegnato: ${items}. Consegnalo prima di chiudere il rapporto.`,
    nothingPaidUndelivered: 'Tutto ciò che è stato pagato è stato consegnato.',
    overdue: (items) => `Scadute: ${items}. Aspetta il pagamento prima di comunicare la decisione.`,
    unpaid: (items) => `Da pagare: ${items}. Aspetta il pagamento prima di comunicare la decisione.`,
    allPaid: 'Tutte le fatture sono pagate.',
    invoice: (number, amount, due) => `${number} (${amount}${due ? `, scadenza ${due}` : ''})`,
    deliverable: (title, due, invoice) => inBrackets(title, [due && `scadenza ${due}`, invoice && `fattura ${invoice}`]),
    meetingPlanned: (mode, on, held) => (held ? `Colloquio svolto (${mode}${on ? `, ${on}` : ''}).` : `In programma: ${mode}${on ? `, ${on}` : ''}.`),
    noMeeting: 'Nessun incontro o chiamata in programma: non smettere semplicemente di rispondere; fissane uno (decision.meeting).',
    meetingPassed: (mode, on) => `Il colloquio (${mode}, ${on}) è passato e non risulta svolto: segnalalo come svolto (decision.meeting.held) se c'è stato, o fissane un altro (decision.meeting).`,
    endsOnNotice: (endDate, days, source) =>
      `Fine: ${endDate}, con ${plural(days, 'giorno', 'giorni')} di preavviso da oggi (${
        source === 'contract' ? 'dal contratto' : source === 'defaults' ? 'defaults.noticeDays' : 'i consueti 30 giorni'
      }).`,
    endsWithDeliverable: (endDate, title) => `Fine: ${endDate}, alla scadenza di “${title}”.`,
    endsOnDate: (endDate) => `Fine: ${endDate}, la data indicata in decision.endAfter.`,
    endDatePast: (endDate) => `La data di fine, ${endDate}, è già passata: scegline una successiva (decision.endAfter).`,
    shorterThanContract: (endDate, days, earliest) =>
      `Fine: ${endDate}, prima dei ${plural(days, 'giorno', 'giorni')} di preavviso del contratto (data minima: ${earliest}).`,
    unknownDeliverable: (title) => `decision.endAfter indica “${title}”, ma nessuna consegna ha quel titolo.`,
    undatedDeliverable: (title) => `decision.endAfter indica “${title}”, che non ha una scadenza.`,
    disrespectful: 'Segnato come irrispettoso: nessuna referenza è dovuta.',
    referralColleague: (name) => `Referenza: ${name}.`,
    referralKind: (kind) => `Referenza: ${kind}.`,
    noReferral: 'Nessuna referenza: indica un collega o il tipo di fornitore adatto (decision.referral).',
    meetingModes: { call: 'telefonata', video: 'videochiamata', 'in-person': 'incontro di persona' },
  },
};
