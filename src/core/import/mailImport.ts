// `import mail`: the evidence of the client who writes at all hours. Reads an .mbox file (split by mbox-reader) or a
// folder of .eml files, parses each message's headers with postal-mime, attributes it to a client by its contact's
// address or domain, and proposes one `after-hours` incident per client and day for messages sent outside
// me.workingHours in me.timezone (weekends included). Only the subject and the time go into the note, never the body.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Client, ClientsFile, Incident, Language } from '../clients/schema';
import { logIncident } from '../clients/writeBack';
import { clientsForImport } from './clientsText';
import { IMPORT_MESSAGES, type ImportMessages } from './messages';
import { type ImportProblem, type ImportResult, UnattributedList } from './problems';

/** Mailbox providers many people share: a contact there says nothing about who else writes from that domain. */
const SHARED_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.it', 'live.com', 'live.it', 'msn.com', 'yahoo.com',
  'yahoo.it', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'libero.it',
  'virgilio.it', 'tiscali.it', 'alice.it', 'tim.it', 'fastwebnet.it', 'email.it', 'pec.it', 'legalmail.it',
]);

const MAX_MESSAGE_ID = 250;

export interface MailImportOptions {
  /** The mailbox's name as shown in messages. */
  file: string;
  clientsFile: string;
  /** The language of the problems, label and change lines; English when left out. Notes stay as the import writes them. */
  language?: Language;
}

interface RawMessage {
  place: string;
  content: Buffer;
}

async function* messagesIn(path: string, shown: string, say: ImportMessages): AsyncGenerator<RawMessage> {
  if (statSync(path).isDirectory()) {
    const names = readdirSync(path).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
    for (const name of names) yield { place: `${shown}/${name}`, content: readFileSync(join(path, name)) };
    return;
  }
  if (path.toLowerCase().endsWith('.eml')) {
    yield { place: shown, content: readFileSync(path) };
    return;
  }
  const { mboxReader } = await import('mbox-reader');
  let index = 0;
  for await (const message of mboxReader(createReadStream(path))) yield { place: say.messagePlace(shown, ++index), content: message.content };
}

type PostalMimeClass = typeof import('postal-mime');

/** postal-mime's class: the package's own CommonJS build is the class, while the bundled chunk holds it as `default`. */
async function loadPostalMime(): Promise<PostalMimeClass> {
  const loaded = (await import('postal-mime')).default as PostalMimeClass & { default?: PostalMimeClass };
  return typeof loaded.parse === 'function' ? loaded : (loaded.default as PostalMimeClass);
}

interface WorkingHours {
  timeZone: string;
  start: number;
  end: number;
}

function workingHoursOf(data: ClientsFile, clientsFile: string, say: ImportMessages): WorkingHours | ImportProblem {
  const { timezone, workingHours } = data.me ?? {};
  if (!timezone || !workingHours) return { where: clientsFile, message: say.needsWorkingHours };
  const [start, end] = workingHours.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
  return { timeZone: timezone, start, end };
}

/**
 * The day, time and weekday of a moment in the freelancer's time zone, through Intl; the weekday is named in the
 * freelancer's own language (me.language), as the note it goes into is written in clients.yaml.
 */
function localMoment(moment: Date, timeZone: string, language: Language): { date: string; time: string; minutes: number; weekend: boolean; weekday: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = Number(part('hour')) % 24;
  const minute = Number(part('minute'));
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${String(hour).padStart(2, '0')}:${part('minute')}`,
    minutes: hour * 60 + minute,
    weekend: part('weekday') === 'Sat' || part('weekday') === 'Sun',
    weekday: language === 'en' ? part('weekday') : new Intl.DateTimeFormat(language, { timeZone, weekday: 'short' }).format(moment),
  };
}

function outsideHours(local: { minutes: number; weekend: boolean }, hours: WorkingHours): boolean {
  if (local.weekend) return true;
  const inside = hours.start <= hours.end ? local.minutes >= hours.start && local.minutes < hours.end : local.minutes >= hours.start || local.minutes < hours.end;
  return !inside;
}

function senderMatcher(clients: readonly Client[]): (address: string) => string | undefined {
  const byAddress = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const client of clients) {
    const email = client.contact?.email?.toLowerCase();
    if (!email) continue;
    byAddress.set(email, client.id);
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!SHARED_DOMAINS.has(domain) && !byDomain.has(domain)) byDomain.set(domain, client.id);
  }
  return (address) => {
    const lower = address.toLowerCase();
    return byAddress.get(lower) ?? byDomain.get(lower.slice(lower.lastIndexOf('@') + 1));
  };
}

/** A subject fit for a one-line note: no line breaks or control characters, at most 120 characters. */
function noteSubject(subject: string | undefined): string {
  const clean = (subject ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean === '') return '(no subject)';
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

interface Candidate {
  clientId: string;
  at: number;
  incident: Incident;
}

export async function planMailImport(path: string, clientsText: string, options: MailImportOptions): Promise<ImportResult & { label?: string }> {
  const say = IMPORT_MESSAGES[options.language ?? 'en'];
  const clients = clientsForImport(clientsText, options.clientsFile, options.language);
  if (!clients.data) return clients;
  const hours = workingHoursOf(clients.data, options.clientsFile, say);
  if (!('timeZone' in hours)) return { problems: [hours] };
  const PostalMime = await loadPostalMime();
  const match = senderMatcher(clients.data.clients);
  const problems: ImportProblem[] = [];
  const unattributed = new UnattributedList();
  const candidates: Candidate[] = [];
  let total = 0;
  let fromClients = 0;
  for await (const { place, content } of messagesIn(path, options.file, say)) {
    total++;
    let email;
    try {
      email = await PostalMime.parse(content);
    } catch (error) {
      problems.push({ where: place, message: say.notAMail(error instanceof Error ? error.message : String(error)) });
      continue;
    }
    const named = email.messageId ? `${place} (Message-ID ${email.messageId})` : place;
    const address = email.from && 'address' in email.from ? email.from.address : undefined;
    if (!address) {
      problems.push({ where: named, message: say.noSender });
      continue;
    }
    const clientId = match(address);
    if (clientId === undefined) {
      unattributed.add(address.toLowerCase(), named);
      continue;
    }
    fromClients++;
    const moment = email.date === undefined ? undefined : new Date(email.date);
    if (moment === undefined || Number.isNaN(moment.getTime())) {
      problems.push({ where: named, message: email.date === undefined ? say.noDate(address) : say.badDate(address, email.date) });
      continue;
    }
    const local = localMoment(moment, hours.timeZone, clients.data.me?.language ?? 'en');
    if (!outsideHours(local, hours)) continue;
    const incident: Incident = { date: local.date, kind: 'after-hours', note: `${local.weekend ? `${local.weekday} ` : ''}${local.time} — ${noteSubject(email.subject)}` };
    // A Message-ID is a short token; a hostile one is cut, the same way on every import.
    if (email.messageId) incident.messageId = email.messageId.slice(0, MAX_MESSAGE_ID);
    candidates.push({ clientId, at: moment.getTime(), incident });
  }
  if (total === 0) problems.push({ where: options.file, message: say.noMessages(basename(path)) });
  if (problems.length > 0) return { problems };

  const logged = new Set<string>();
  const knownIds = new Set<string>();
  for (const client of clients.data.clients) {
    for (const incident of client.incidents) {
      if (incident.kind === 'after-hours') logged.add(`${client.id} ${incident.date}`);
      if (incident.messageId) knownIds.add(incident.messageId);
    }
  }
  const chosen: Candidate[] = [];
  let alreadyImported = 0;
  for (const candidate of candidates.sort((a, b) => a.at - b.at)) {
    const day = `${candidate.clientId} ${candidate.incident.date}`;
    if (candidate.incident.messageId !== undefined && knownIds.has(candidate.incident.messageId)) alreadyImported++;
    else if (!logged.has(day)) chosen.push(candidate);
    logged.add(day);
  }
  return {
    problems: [],
    label: say.mailLabel(total, fromClients, candidates.length),
    plan: {
      changes: chosen.map((c) => say.afterHoursIncident(c.clientId, c.incident.date, c.incident.note ?? '')),
      alreadyImported,
      unattributed: unattributed.list(),
      apply: (text) => chosen.reduce((result, c) => logIncident(result, c.clientId, c.incident), text),
    },
  };
}
