// The one definition of clients.yaml (format version 1, ../shared/notes/clients-yaml.md): the loader validates with it,
// the TypeScript types are inferred from it, and the JSON Schema for the YAML extension is generated from it.
// `error` texts say what was expected; the loader prefixes them with the offending key and value.
import { z } from 'zod';
import { CLIENTS_MESSAGES } from './messages';

/** The English `error` texts; the loader finds their Italian in the same table. */
const EXPECTED = CLIENTS_MESSAGES.en.expected;

/** Italian descriptions of the keys a file must have, for "missing required key"; the JSON Schema stays English. */
export const italianDescriptions = z.registry<{ description: string }>();

/** A key that must be written, described in English (the JSON Schema, the English message) and in Italian. */
function required<T extends z.ZodType>(schema: T, description: string, italian: string): T {
  const described = schema.describe(description);
  italianDescriptions.add(described, { description: italian });
  return described;
}

export const CLIENT_STATUSES = ['prospect', 'active', 'winding-down', 'ended'] as const;
export const DELIVERABLE_STATUSES = ['not-started', 'in-progress', 'delivered', 'cancelled'] as const;
export const INCIDENT_KINDS = ['after-hours', 'vague-feedback', 'late-payment', 'scope-creep', 'disrespect', 'other'] as const;
export const MEETING_MODES = ['call', 'video', 'in-person'] as const;
export const LANGUAGES = ['en', 'it'] as const;

/** Dates stay `YYYY-MM-DD` strings in the typed model, so no time zone can shift them by a day. */
export const isoDateSchema = z.iso.date({ error: EXPECTED.date });

const amount = z.number({ error: EXPECTED.amount }).nonnegative({ error: EXPECTED.nonNegativeAmount });
const hours = z.number({ error: EXPECTED.hours }).nonnegative({ error: EXPECTED.nonNegativeHours });
const days = z.int({ error: EXPECTED.days }).nonnegative({ error: EXPECTED.nonNegativeDays });
const email = z.email({ error: EXPECTED.email });
const currency = z.string().regex(/^[A-Z]{3}$/, { error: EXPECTED.currency });
const language = z.enum(LANGUAGES).describe('Draft language: en (English) or it (Italian).');

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const meSchema = z
  .strictObject({
    name: required(z.string().min(1), 'Your name, used to sign drafts.', 'Il tuo nome, per firmare le bozze.'),
    email: email.optional().describe('Your email address, used in drafts.'),
    business: z.string().optional().describe('Your business name, if you trade under one.'),
    language: language.optional().describe('Default draft language: en or it. A client may override it.'),
    timezone: z
      .string()
      .refine(isTimeZone, { error: EXPECTED.timeZone })
      .optional()
      .describe('Your time zone (IANA name, e.g. Europe/Rome), for after-hours checks.'),
    workingHours: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { error: EXPECTED.workingHours })
      .optional()
      .describe('Your working hours as "HH:MM-HH:MM"; messages outside them count as after-hours.'),
  })
  .describe('You, the freelancer. Used to sign drafts.');

export const defaultsSchema = z
  .strictObject({
    noticeDays: days.default(30).describe('Notice period in days, used when the contract says nothing. Default 30.'),
    coolingOffDays: days.default(3).describe('Days between recording a decision and acting on it. Default 3.'),
    currency: currency.optional().describe('Currency of amounts (ISO 4217 code, e.g. EUR) unless a client says otherwise.'),
  })
  .describe('Defaults for every client.');

export const contactSchema = z
  .strictObject({
    name: z.string().optional().describe("The contact person's name."),
    email: email.optional().describe("The contact person's email address."),
    phone: z.string().optional().describe('Phone number; quote it, e.g. "+39 02 0000 0000".'),
  })
  .describe('The person you deal with at the client.');

// The conversion sits on the number branch alone: a pipe over the whole union cost a transform step on every
// invoice, although nearly all numbers are written quoted.
const invoiceNumber = z.union([z.string().min(1), z.int().nonnegative().transform(String)], { error: EXPECTED.invoiceNumber });

export const deliverableSchema = z
  .strictObject({
    title: required(z.string().min(1), 'What you deliver; `endAfter: deliverable:<title>` refers to it.', 'Cosa consegni; `endAfter: deliverable:<titolo>` vi fa riferimento.'),
    due: isoDateSchema.optional().describe('Due date, YYYY-MM-DD.'),
    status: z.enum(DELIVERABLE_STATUSES).optional().describe('not-started | in-progress | delivered | cancelled'),
    paid: z.boolean().optional().describe('true when already paid for: it must be delivered before the relationship ends.'),
    major: z.boolean().optional().describe('true for a milestone the notice period can run to.'),
    ref: z
      .string()
      .min(1, { error: EXPECTED.ref })
      .optional()
      .describe('Where the contract promises it, when the title does not say: a clause number such as "2.1", or a phrase quoted from the contract.'),
    invoice: invoiceNumber.optional().describe('The number of the invoice that bills it, one of this client\'s invoices; when `paid` is left out, it is paid once that invoice has `paidOn`.'),
  })
  .describe('A piece of work you owe the client.');

export const invoiceSchema = z
  .strictObject({
    number: required(invoiceNumber, 'Invoice number; quote it, e.g. "2026-014".', 'Numero della fattura; mettilo tra virgolette, ad es. "2026-014".'),
    amount: required(amount, "Amount in the client's currency.", 'Importo nella valuta del cliente.'),
    issued: isoDateSchema.optional().describe('Date issued, YYYY-MM-DD.'),
    due: isoDateSchema.optional().describe('Payment due date, YYYY-MM-DD. Unpaid after it means overdue.'),
    paidOn: isoDateSchema.optional().describe('Date paid, YYYY-MM-DD. Leave it out while unpaid.'),
  })
  .describe('An invoice you sent the client.');

export const incidentSchema = z
  .strictObject({
    date: required(isoDateSchema, 'When it happened, YYYY-MM-DD.', 'Quando è successo, YYYY-MM-DD.'),
    kind: z
      .enum(INCIDENT_KINDS)
      .default('other')
      .describe('after-hours | vague-feedback | late-payment | scope-creep | disrespect | other'),
    note: z.string().optional().describe('What happened. Evidence for you; never quoted in a draft.'),
    hours: hours.optional().describe('Time it cost you, in hours.'),
    messageId: z.string().min(1).optional().describe('The Message-ID of the mail it was imported from; a re-import skips it.'),
  })
  .describe('Something that made the work harder. Evidence for you; never quoted in a draft.');

export const meetingSchema = z
  .strictObject({
    on: isoDateSchema.optional().describe('Date of the meeting or call, YYYY-MM-DD.'),
    mode: z.enum(MEETING_MODES).optional().describe('call | video | in-person'),
    held: z.boolean().optional().describe('true once the meeting or call has taken place.'),
  })
  .describe('The meeting or call where you tell the client. Do not just stop answering.');

export const referralSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe('A colleague you recommend.'),
    email: email.optional().describe("The colleague's email address."),
    why: z.string().optional().describe('Why they fit, e.g. "specialises in e-commerce".'),
    kind: z.string().min(1).optional().describe('Or a kind of provider that fits, e.g. "a full-service agency".'),
  })
  .refine((r) => r.name !== undefined || r.kind !== undefined, {
    error: EXPECTED.referral,
  })
  .describe('Who you suggest instead: a named colleague, or a kind of provider.');

/** `notice`, `deliverable:<title>` or a date; whether the title exists is checked against the client's deliverables. */
const endAfterPattern = /^(notice|deliverable:.*\S.*|\d{4}-\d{2}-\d{2})$/;

export const decisionSchema = z
  .strictObject({
    decidedOn: required(
      isoDateSchema,
      'The day you decided, YYYY-MM-DD. The cooling-off period counts from here.',
      'Il giorno in cui hai deciso, YYYY-MM-DD. Il periodo di riflessione parte da qui.',
    ),
    reason: z.string().optional().describe('The one reason the drafts give, e.g. "I no longer think my services meet your needs".'),
    endAfter: z
      .string({ error: EXPECTED.endAfter })
      .regex(endAfterPattern, { error: EXPECTED.endAfter })
      .refine((v) => !/^\d/.test(v) || isoDateSchema.safeParse(v).success, { error: EXPECTED.realDate })
      .optional()
      .describe('When the relationship ends: notice (after the notice period), deliverable:<title>, or a date YYYY-MM-DD.'),
    meeting: meetingSchema.optional(),
    referral: referralSchema.optional(),
    disrespectful: z.boolean().optional().describe('true when the client was disrespectful: no referral is needed.'),
  })
  .describe('Present once you decide to end the relationship.');

/** A contract, notes or saved emails: a file, a folder of them (written with a final /), or a list of both. */
const contractPath = z.string({ error: EXPECTED.contract }).regex(/(\.(md|txt|eml|pdf|docx|docm)|\/)$/i, { error: EXPECTED.contract });

export const clientSchema = z
  .strictObject({
    id: required(
      z.string().regex(/^[a-z0-9-]+$/, { error: EXPECTED.id }),
      'Short unique id: lowercase letters, digits and hyphens.',
      'Id breve e unico: lettere minuscole, cifre e trattini.',
    ),
    name: required(z.string().min(1), "The client's name.", 'Il nome del cliente.'),
    aliases: z
      .array(z.string().min(1))
      .optional()
      .describe('Other names for this client in time trackers and invoice lists (client or project names), for imports.'),
    contact: contactSchema.optional(),
    language: language.optional().describe("Overrides me.language for this client's drafts."),
    currency: currency.optional().describe("Currency of this client's amounts (ISO 4217 code); overrides defaults.currency."),
    status: z.enum(CLIENT_STATUSES).optional().describe('prospect | active | winding-down | ended'),
    since: isoDateSchema.optional().describe('When the relationship started, YYYY-MM-DD.'),
    contract: z
      .union([contractPath, z.array(contractPath).min(1, { error: EXPECTED.contractList })], { error: EXPECTED.contract })
      .optional()
      .describe('Contract or contract notes (.md, .txt, .pdf or .docx), saved emails (.eml), a folder of them ending in /, or a list of these; relative to clients.yaml.'),
    retainer: z.boolean().optional().describe('true when the client relies on you for regular work.'),
    hours: hours.optional().describe('Hours spent on this client (for the Pareto view).'),
    importedTimeEntries: z
      .string()
      .regex(/^[0-9a-f]{12}( [0-9a-f]{12})*$/, { error: EXPECTED.importedTimeEntries })
      .optional()
      .describe('Written by the hours import: keys of the time entries already counted in hours, so a re-import adds nothing.'),
    deliverables: z.array(deliverableSchema).default([]).describe('Work you owe the client.'),
    invoices: z.array(invoiceSchema).default([]).describe('Invoices you sent the client.'),
    incidents: z.array(incidentSchema).default([]).describe('What made the work harder: evidence for you only.'),
    decision: decisionSchema.optional(),
  })
  .describe('One client.');

export const clientsFileSchema = z
  .strictObject({
    version: z.literal(1, { error: EXPECTED.version }).describe('Format version of this file. This Clean Break reads version 1.'),
    me: meSchema.optional(),
    defaults: defaultsSchema.prefault({}),
    clients: z.array(clientSchema).default([]).describe('Your clients.'),
  })
  .describe('Clean Break clients file (clients.yaml), format version 1.');

export type ClientsFile = z.infer<typeof clientsFileSchema>;
export type Me = z.infer<typeof meSchema>;
export type Defaults = z.infer<typeof defaultsSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Client = z.infer<typeof clientSchema>;
export type Deliverable = z.infer<typeof deliverableSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type MeetingMode = (typeof MEETING_MODES)[number];
export type Language = (typeof LANGUAGES)[number];
