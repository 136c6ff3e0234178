// What a template sees: the facts of one client's ending, gathered from clients.yaml, the contract and today.
// Optional facts are left out rather than set to null, so that a template printing one unguarded fails by name
// instead of leaving a blank.
import type { Client, Defaults, Language, Me } from '../clients/schema';
import type { Localized } from '../lint/types';
import { type EndDateRule } from './endDate';
import { DEFAULT_MEETING_MODE, DRAFT_PHRASES } from './phrases';
import { isOwed } from '../deliverables/owed';

export interface DraftModel {
  language: Language;
  /** ISO currency code for the money helper; absent when neither the client nor the defaults name one. */
  currency?: string;
  today: string;
  client: { name: string };
  /** Who the draft greets: the contact person, or the client itself. */
  recipient: string;
  me: { name?: string; business?: string; email?: string };
  /** The one reason, as a sentence without its full stop. */
  reason: string;
  endDate: string;
  /** Set when the end date comes from the notice period. */
  noticeDays?: number;
  since?: string;
  /** Work still to deliver: by its due date, or handed over as it stands on the end date when due later. */
  deliveries: { title: string; by: string; handover: boolean }[];
  openInvoices: { number: string; amount: number; due?: string; overdue: boolean }[];
  /** False when everything still to deliver is already paid for and no regular work is billed. */
  finalInvoice: boolean;
  meeting: { mode: string; on?: string };
  referral: { name?: string; email?: string; why?: string; kind?: string };
}

export interface ModelInput {
  client: Client;
  me?: Me;
  defaults?: Partial<Defaults>;
  today: string;
  language: Language;
  endDate: string;
  endDateRule: EndDateRule;
}

export interface BuiltModel {
  model: DraftModel;
  /** What the freelancer should know about a field, e.g. a reason replaced because of its language. */
  notes: Partial<Record<'reason' | 'referral' | 'meeting', Localized>>;
}

export function buildDraftModel(input: ModelInput): BuiltModel {
  const { client, me, defaults, today, language, endDate, endDateRule } = input;
  const phrases = DRAFT_PHRASES[language];
  const decision = client.decision;
  const notes: BuiltModel['notes'] = {};

  // Free text in clients.yaml is written in the client's language; a draft in another one cannot reuse it as is.
  const sameLanguage = language === usualLanguage(client, me);
  let reason = decision?.reason?.trim().replace(/[.\s]+$/, '') || phrases.defaultReason;
  if (decision?.reason && !sameLanguage) {
    notes.reason = {
      en: `decision.reason is written for ${client.name} in another language; this ${LANGUAGE_NAMES[language].en} draft gives the neutral default reason.`,
      it: `decision.reason è scritto per ${client.name} in un'altra lingua; questa bozza in ${LANGUAGE_NAMES[language].it} dà il motivo neutro predefinito.`,
    };
    reason = phrases.defaultReason;
  }
  const referral = decision?.referral ?? { kind: phrases.defaultProviderKind };
  if (decision?.referral && (referral.why || referral.kind) && !sameLanguage) {
    notes.referral = {
      en: `decision.referral is written in another language; translate it in this ${LANGUAGE_NAMES[language].en} draft.`,
      it: `decision.referral è scritto in un'altra lingua; traducilo in questa bozza in ${LANGUAGE_NAMES[language].it}.`,
    };
  }

  const remaining = client.deliverables
    .filter(isOwed)
    .sort((a, b) => (a.due ?? endDate).localeCompare(b.due ?? endDate));
  const deliveries = remaining.map((d) => {
    const handover = d.due !== undefined && d.due > endDate;
    return { title: d.title, by: handover || d.due === undefined ? endDate : d.due, handover };
  });
  const openInvoices = client.invoices
    .filter((invoice) => invoice.paidOn === undefined)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
    .map((invoice) => ({
      number: invoice.number,
      amount: invoice.amount,
      ...(invoice.due ? { due: invoice.due } : {}),
      overdue: invoice.due !== undefined && invoice.due < today,
    }));
  const allPrepaid = remaining.length > 0 && remaining.every((d) => d.paid === true);
  const currency = client.currency ?? defaults?.currency;
  const meeting = decision?.meeting;
  // A date gone by is never proposed: the request asks for a time in the coming days instead. A meeting held keeps
  // its date, which a template may name.
  const meetingOn = meeting?.on !== undefined && (meeting.on >= today || meeting.held === true) ? meeting.on : undefined;
  if (meeting?.on !== undefined && meetingOn === undefined) {
    notes.meeting = {
      en: `decision.meeting.on (${meeting.on}) has passed; the draft asks for a time in the coming days.`,
      it: `decision.meeting.on (${meeting.on}) è passato; la bozza chiede un momento nei prossimi giorni.`,
    };
  }

  const model: DraftModel = {
    language,
    ...(currency ? { currency } : {}),
    today,
    client: { name: client.name },
    recipient: client.contact?.name ?? client.name,
    me: definedOnly({ name: me?.name, business: me?.business, email: me?.email }),
    reason,
    endDate,
    ...(endDateRule.kind === 'notice' ? { noticeDays: endDateRule.noticeDays } : {}),
    ...(client.since ? { since: client.since } : {}),
    deliveries,
    openInvoices,
    finalInvoice: !(allPrepaid && client.retainer !== true),
    meeting: { mode: phrases.meetingModes[meeting?.mode ?? DEFAULT_MEETING_MODE], ...(meetingOn ? { on: meetingOn } : {}) },
    referral: definedOnly({ ...referral }),
  };
  return { model, notes };
}

/** Each draft language's name, in each language of the interface: the notes speak the user's. */
const LANGUAGE_NAMES: Record<Language, Localized> = { en: { en: 'English', it: 'inglese' }, it: { en: 'Italian', it: 'italiano' } };

/** The language the client is written to: its own, else the freelancer's, else English. */
export function usualLanguage(client: Client, me: Me | undefined): Language {
  return client.language ?? me?.language ?? 'en';
}

/** The draft language asked for (--draft-lang, cleanBreak.draftLanguage) when given, else the client's usual language. */
export function draftLanguage(requested: Language | undefined, client: Client, me: Me | undefined): Language {
  return requested ?? usualLanguage(client, me);
}

function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
