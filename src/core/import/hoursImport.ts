// `import hours`: sums the new time entries of an export per client and proposes each client's new `hours`, with
// the keys of the entries it now counts in `importedTimeEntries`, so importing the same or an overlapping export again
// adds nothing.
import type { Language } from '../clients/schema';
import { setImportedHours } from '../clients/writeBack';
import { clientMatcher } from './attribution';
import { clientsForImport } from './clientsText';
import { readCsv, rowPlace } from './csvTable';
import { IMPORT_MESSAGES } from './messages';
import { type ImportResult, UnattributedList } from './problems';
import { readTimeEntries } from './timeTrackers';
import { type DateOrder, roundCents } from './values';

export interface HoursImportOptions {
  /** The export's name as shown in messages. */
  file: string;
  /** clients.yaml's name as shown in messages. */
  clientsFile: string;
  mapping?: Record<string, string>;
  dateOrder?: DateOrder;
  /** The language of the problems, labels and change lines; English when left out. */
  language?: Language;
}

interface ClientHours {
  id: string;
  before: number;
  added: number;
  entries: number;
  keys: string[];
}

/** Reads the export against clients.yaml's text; the plan's `apply` writes it through the write-back. */
export async function planHoursImport(exportText: string, clientsText: string, options: HoursImportOptions): Promise<ImportResult & { label?: string }> {
  const say = IMPORT_MESSAGES[options.language ?? 'en'];
  const clients = clientsForImport(clientsText, options.clientsFile, options.language);
  if (!clients.data) return clients;
  const { table, problems: csvProblems } = await readCsv(exportText, options.file, options.language);
  if (!table) return { problems: csvProblems };
  const { label, entries, problems, needsDateOrder } = readTimeEntries(table, options);
  if (problems.length > 0) return { problems, label, needsDateOrder };

  const match = clientMatcher(clients.data.clients);
  const known = new Map(clients.data.clients.map((c) => [c.id, new Set(c.importedTimeEntries?.split(' ') ?? [])]));
  const perClient = new Map<string, ClientHours>();
  const unattributed = new UnattributedList();
  let alreadyImported = 0;
  for (const entry of entries) {
    const id = match(entry.client, entry.project);
    if (id === undefined) {
      unattributed.add(entry.client || entry.project || say.noClientOrProject, () => rowPlace(options.file, entry.at, say), entry.hours);
      continue;
    }
    const keys = known.get(id) as Set<string>;
    if (keys.has(entry.key)) {
      alreadyImported++;
      continue;
    }
    keys.add(entry.key);
    let sum = perClient.get(id);
    if (!sum) {
      const client = clients.data.clients.find((c) => c.id === id);
      sum = { id, before: client?.hours ?? 0, added: 0, entries: 0, keys: client?.importedTimeEntries?.split(' ') ?? [] };
      perClient.set(id, sum);
    }
    sum.added += entry.hours;
    sum.entries++;
    sum.keys.push(entry.key);
  }
  const changes = [...perClient.values()];
  return {
    problems: [],
    label,
    plan: {
      changes: changes.map((c) => say.hoursChange(c.id, c.before, roundCents(c.before + c.added), roundCents(c.added), c.entries)),
      alreadyImported,
      unattributed: unattributed.list().map((u) => ({ ...u, total: roundCents(u.total ?? 0) })),
      apply: (text) => changes.reduce((result, c) => setImportedHours(result, c.id, roundCents(c.before + c.added), c.keys.join(' ')), text),
    },
  };
}
