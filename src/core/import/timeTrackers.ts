// The detailed CSV exports of Toggl Track, Clockify and Harvest, recognised by their headers, and any other CSV of
// time entries through a column mapping. Header names are those each tool documents for its detailed report; Clockify
// localises them, so its Italian names are listed too (Toggl Track and Harvest export English headers).
import { hash } from 'node:crypto';
import type { Language } from '../clients/schema';
import { columnOf, type CsvRow, type CsvTable, rowPlace } from './csvTable';
import { IMPORT_MESSAGES, type ImportMessages } from './messages';
import type { ImportProblem } from './problems';
import { dateOrderOf, type DateOrder, parseDate, parseHours } from './values';

/** The longest one time entry can be: a day. */
const MAX_ENTRY_HOURS = 24;

export type TimeField = 'date' | 'hours' | 'client' | 'project' | 'start' | 'end' | 'description' | 'task' | 'user' | 'id';

type Tool = keyof ImportMessages['trackerLabels'];

interface TrackerFormat {
  /** Names its label in the message tables. */
  tool: Tool;
  /** Candidate header names per field, most specific first. */
  columns: Partial<Record<TimeField, readonly string[]>>;
  /** Headers that together tell this export from the others. */
  signature: readonly string[];
}

export const TRACKER_FORMATS: readonly TrackerFormat[] = [
  {
    tool: 'clockify',
    columns: {
      date: ['Start Date', 'Data di inizio'],
      start: ['Start Time', 'Ora di inizio'],
      end: ['End Time', 'Ora di fine'],
      hours: ['Duration (decimal)', 'Durata (decimale)', 'Duration (h)', 'Durata (h)'],
      client: ['Client', 'Cliente'],
      project: ['Project', 'Progetto'],
      description: ['Description', 'Descrizione'],
      task: ['Task', 'Attività'],
      user: ['User', 'Utente'],
    },
    signature: ['Duration (h)|Duration (decimal)|Durata (h)|Durata (decimale)', 'Start Date|Data di inizio'],
  },
  {
    tool: 'toggl',
    columns: {
      date: ['Start date'],
      start: ['Start time'],
      end: ['End time'],
      hours: ['Duration'],
      client: ['Client'],
      project: ['Project'],
      description: ['Description'],
      task: ['Task'],
      user: ['Email', 'User'],
    },
    signature: ['Start date', 'Start time', 'Duration'],
  },
  {
    tool: 'harvest',
    columns: {
      date: ['Date'],
      hours: ['Hours'],
      client: ['Client'],
      project: ['Project'],
      description: ['Notes'],
      task: ['Task'],
      user: ['First Name', 'First name'],
    },
    signature: ['Date', 'Hours', 'Client', 'Project', 'Notes'],
  },
];

const MAPPABLE: readonly TimeField[] = ['date', 'hours', 'client', 'project', 'start', 'end', 'description', 'task', 'user', 'id'];

export interface TimeEntry {
  /** Where it is; `rowPlace` makes "toggl.csv, row 14 (line 15)" of it only when needed, as 100,000 such texts cost. */
  at: CsvRow;
  date: string;
  hours: number;
  client: string;
  project: string;
  /** Stable across exports of the same entry: the tool's id when there is one, else the entry's own fields. */
  key: string;
}

export interface TimeEntries {
  label: string;
  needsDateOrder?: boolean;
  entries: TimeEntry[];
  problems: ImportProblem[];
}

/**
 * `date=Giorno,hours=Ore,client=Cliente` into field → header, or the first part that is no such pair; both are the
 * caller's usage error to word, as are unknown fields.
 */
export function parseMapping(text: string): { mapping: Record<string, string> } | { badPair: string } {
  const mapping: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [field, header] = part.split('=', 2).map((s) => s?.trim());
    if (!field || !header) return { badPair: part.trim() };
    mapping[field] = header;
  }
  return { mapping };
}

function formatOf(table: CsvTable, mapping: Record<string, string> | undefined, say: ImportMessages): TrackerFormat | ImportProblem {
  if (mapping) {
    const unknown = Object.keys(mapping).filter((f) => !MAPPABLE.includes(f as TimeField));
    if (unknown.length > 0) return { where: say.columnMapping, message: say.unknownField(unknown[0], MAPPABLE.join(', ')) };
    const columns = Object.fromEntries(Object.entries(mapping).map(([f, h]) => [f, [h]]));
    return { tool: 'csv', columns, signature: [] };
  }
  const found = TRACKER_FORMATS.find((f) => f.signature.every((alternatives) => columnOf(table, alternatives.split('|')) >= 0));
  return found ?? { where: table.file, message: say.notATrackerExport };
}

/** 48 bits of a SHA-1: a collision among a client's entries is about one in ten million at 100,000 of them. */
function keyOf(identity: string): string {
  return hash('sha1', identity, 'hex').slice(0, 12);
}

/** Reads the time entries of a table, or says which rows it cannot read and why. */
export function readTimeEntries(table: CsvTable, options: { mapping?: Record<string, string>; dateOrder?: DateOrder; language?: Language }): TimeEntries {
  const say = IMPORT_MESSAGES[options.language ?? 'en'];
  const format = formatOf(table, options.mapping, say);
  if (!('tool' in format)) return { label: '', entries: [], problems: [format] };
  const label = say.trackerLabels[format.tool];
  const index = {} as Record<TimeField, number>;
  for (const field of MAPPABLE) index[field] = columnOf(table, format.columns[field] ?? []);
  const missing = (['date', 'hours'] as const).filter((f) => index[f] < 0).map((f) => format.columns[f]?.[0] ?? f);
  if (index.client < 0 && index.project < 0) missing.push(say.clientOrProject);
  if (missing.length > 0) return { label, entries: [], problems: [{ where: table.file, message: say.noColumnFor(missing.join(', '), table.header.join(', ')) }] };
  const cell = (cells: string[], field: TimeField) => (index[field] >= 0 ? (cells[index[field]] ?? '').trim() : '');
  const detected = dateOrderOf(table.rows.map((r) => cell(r.cells, 'date')));
  const order = detected === 'dmy' || detected === 'mdy' ? detected : options.dateOrder;
  const identityColumns = MAPPABLE.filter((f) => f !== 'id' && index[f] >= 0).map((f) => index[f]);
  const problems: ImportProblem[] = [];
  const entries: TimeEntry[] = [];
  const seen = new Map<string, number>();
  // An export has a few hundred days for its many entries: each date text is read (and checked by zod) once.
  const dates = new Map<string, string | undefined>();
  for (const row of table.rows) {
    const writtenDate = cell(row.cells, 'date');
    const writtenHours = cell(row.cells, 'hours');
    if (!dates.has(writtenDate)) dates.set(writtenDate, parseDate(writtenDate, order));
    const date = dates.get(writtenDate);
    const hours = parseHours(writtenHours);
    if (date === undefined) {
      problems.push({ where: rowPlace(table.file, row, say), message: say.notADate(writtenDate, detected === 'ambiguous' && order === undefined) });
    }
    if (hours === undefined) problems.push({ where: rowPlace(table.file, row, say), message: say.notADuration(writtenHours) });
    // One time entry runs within a day: more is a typo or a timer left running, and would swamp the client's hours.
    else if (hours > MAX_ENTRY_HOURS) problems.push({ where: rowPlace(table.file, row, say), message: say.implausibleDuration(writtenHours, MAX_ENTRY_HOURS) });
    if (date === undefined || hours === undefined || hours > MAX_ENTRY_HOURS) continue;
    const id = cell(row.cells, 'id');
    let identity = format.tool;
    if (id !== '') identity += `\u0000${id}`;
    else for (const column of identityColumns) identity += `\u0000${(row.cells[column] ?? '').trim()}`;
    // Two entries alike in every field are two entries: the second gets a key of its own, the same on every export.
    const base = keyOf(identity);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    entries.push({
      at: row,
      date,
      hours,
      client: cell(row.cells, 'client'),
      project: cell(row.cells, 'project'),
      key: occurrence === 0 ? base : keyOf(`${identity}\u0000${occurrence}`),
    });
  }
  return { label, entries, problems, needsDateOrder: problems.length > 0 && detected === 'ambiguous' && order === undefined };
}
