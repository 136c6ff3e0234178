// Reads an exported spreadsheet (CSV) into a header and rows, each row with the line it starts on, through csv-parse:
// byte-order marks, quoted fields with newlines, and the semicolons Italian spreadsheets write are all its business.
// csv-parse is loaded on first use, so neither the extension nor a command that imports nothing pays for it.
import type { Language } from '../clients/schema';
import { IMPORT_MESSAGES, type ImportMessages } from './messages';
import type { ImportProblem } from './problems';

/** Far above a year of time entries (100,000 entries make about 15 MB), low enough to answer promptly. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface CsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  /** Header names, trimmed, as written. */
  header: string[];
  rows: CsvRow[];
  /** The field separator found on the header line. */
  delimiter: string;
}

/** The delimiter of a file: whichever of comma, semicolon and tab its first line holds most of, outside quotes. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function tooLarge(file: string, bytes: number, language: Language = 'en'): ImportProblem {
  return { where: file, message: IMPORT_MESSAGES[language].tooLarge((bytes / 1024 / 1024).toFixed(1), MAX_IMPORT_BYTES / 1024 / 1024) };
}

/** The table, or the problems that stop it being read (a quote left open names the line where it starts). */
export async function readCsv(text: string, file: string, language: Language = 'en'): Promise<{ table?: CsvTable; problems: ImportProblem[] }> {
  const say = IMPORT_MESSAGES[language];
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) return { problems: [tooLarge(file, Buffer.byteLength(text), language)] };
  const { parse } = await import('csv-parse/sync');
  const delimiter = delimiterOf(text.replace(/^\uFEFF/, ''));
  let records: string[][];
  try {
    // Blank lines come back as one empty field, so every line is counted; csv-parse's own `info` costs twice the parse.
    records = parse(text, { bom: true, delimiter, relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const code = (error as { code?: string }).code;
    const reason = (code && say.csvErrors[code]) ?? (error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : String(error));
    return { problems: [{ where: line === undefined ? file : say.linePlace(file, line), message: say.notCsv(reason) }] };
  }
  const isBlank = (record: string[]) => record.length === 1 && record[0].trim() === '';
  const headerAt = records.findIndex((r) => !isBlank(r));
  if (headerAt < 0) return { problems: [{ where: file, message: say.emptyFile }] };
  const rows: CsvRow[] = [];
  let line = 1;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (i > headerAt && !isBlank(record)) rows.push({ row: i + 1, line, cells: record });
    line += 1 + newlinesIn(record);
  }
  return { table: { file, header: records[headerAt].map((h) => h.trim()), rows, delimiter }, problems: [] };
}

/** Line breaks inside quoted fields: the record spans that many more lines of the file. */
function newlinesIn(record: string[]): number {
  let count = 0;
  for (const field of record) {
    for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Header names compared without case, accents or punctuation around them. */
export function headerKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The index of the first header among `candidates`, or -1. */
export function columnOf(table: CsvTable, candidates: readonly string[]): number {
  const keys = table.header.map(headerKey);
  for (const candidate of candidates) {
    const index = keys.indexOf(headerKey(candidate));
    if (index >= 0) return index;
  }
  return -1;
}

/** "toggl.csv, row 14 (line 15)": where a user finds the row in a spreadsheet and in an editor. */
export function rowPlace(file: string, at: Pick<CsvRow, 'row' | 'line'>, say: ImportMessages = IMPORT_MESSAGES.en): string {
  return say.rowPlace(file, at.row, at.line);
}
