// `import invoices`: a generic invoice list (number, client, amount, currency, issued, due, paid on), from an invoicing
// tool or a spreadsheet. New numbers become invoices of their client; a number clients.yaml already has only gets the
// payment date it lacks, so re-importing the list changes nothing.
import type { Client, Invoice, Language } from '../clients/schema';
import { addInvoice, markInvoicePaid } from '../clients/writeBack';
import { clientMatcher } from './attribution';
import { clientsForImport } from './clientsText';
import { columnOf, type CsvRow, type CsvTable, readCsv, rowPlace } from './csvTable';
import { IMPORT_MESSAGES, type ImportMessages } from './messages';
import { type ImportProblem, type ImportResult, UnattributedList } from './problems';
import { dateOrderOf, type DateOrder, parseAmount, parseDate } from './values';

type InvoiceField = 'number' | 'client' | 'amount' | 'currency' | 'issued' | 'due' | 'paidOn';

/** Header names invoicing tools and spreadsheets use, in English and Italian; `--map` names any other. */
const INVOICE_COLUMNS: Record<InvoiceField, readonly string[]> = {
  number: ['Number', 'Invoice Number', 'Invoice', 'Invoice #', 'Invoice ID', 'Numero', 'Numero fattura', 'Fattura', 'N.'],
  client: ['Client', 'Customer', 'Client Name', 'Customer Name', 'Cliente', 'Nome cliente'],
  amount: ['Amount', 'Total', 'Total Amount', 'Importo', 'Totale', 'Importo totale'],
  currency: ['Currency', 'Valuta'],
  issued: ['Issued', 'Issue Date', 'Issued Date', 'Invoice Date', 'Date', 'Data', 'Data emissione', 'Data fattura'],
  due: ['Due', 'Due Date', 'Scadenza', 'Data scadenza'],
  paidOn: ['Paid On', 'Paid', 'Paid Date', 'Payment Date', 'Date Paid', 'Pagata il', 'Data pagamento', 'Pagamento'],
};

export interface InvoiceImportOptions {
  file: string;
  clientsFile: string;
  mapping?: Record<string, string>;
  dateOrder?: DateOrder;
  /** The language of the problems, label and change lines; English when left out. */
  language?: Language;
}

interface InvoiceRow {
  place: string;
  client: string;
  invoice: Invoice;
  currency?: string;
}

function columnsOf(table: CsvTable, mapping: Record<string, string> | undefined, say: ImportMessages): Record<InvoiceField, number> | ImportProblem {
  const unknown = Object.keys(mapping ?? {}).filter((f) => !(f in INVOICE_COLUMNS));
  if (unknown.length > 0) return { where: say.columnMapping, message: say.unknownField(unknown[0], Object.keys(INVOICE_COLUMNS).join(', ')) };
  const index = {} as Record<InvoiceField, number>;
  for (const field of Object.keys(INVOICE_COLUMNS) as InvoiceField[]) {
    index[field] = columnOf(table, mapping?.[field] !== undefined ? [mapping[field]] : INVOICE_COLUMNS[field]);
  }
  const missing = (['number', 'client', 'amount'] as const).filter((f) => index[f] < 0);
  if (missing.length === 0) return index;
  return { where: table.file, message: `${say.noColumnFor(missing.join(', '), table.header.join(', '))}; ${say.mapInvoiceColumns}` };
}

interface RowReading {
  index: Record<InvoiceField, number>;
  order: DateOrder | undefined;
  say: ImportMessages;
  problems: ImportProblem[];
}

function readRow(table: CsvTable, row: CsvRow, { index, order, say, problems }: RowReading): InvoiceRow | undefined {
  const cell = (field: InvoiceField) => (index[field] >= 0 ? (row.cells[index[field]] ?? '').trim() : '');
  const place = rowPlace(table.file, row, say);
  const number = cell('number');
  const amount = parseAmount(cell('amount'), table.delimiter === ',');
  const dates: Partial<Record<'issued' | 'due' | 'paidOn', string>> = {};
  let readable = number !== '' && amount !== undefined;
  if (number === '') problems.push({ where: place, message: say.emptyInvoiceNumber });
  if (amount === undefined) problems.push({ where: place, message: say.notAnAmount(cell('amount')) });
  for (const field of ['issued', 'due', 'paidOn'] as const) {
    if (cell(field) === '') continue;
    const date = parseDate(cell(field), order);
    if (date === undefined) {
      problems.push({ where: place, message: say.invoiceDateNotRead(field, cell(field)) });
      readable = false;
    } else {
      dates[field] = date;
    }
  }
  if (!readable) return undefined;
  const currency = cell('currency').toUpperCase() || undefined;
  return { place, client: cell('client'), currency, invoice: { number, amount: amount as number, ...dates } };
}

function currencyOf(client: Client, fallback: string | undefined): string | undefined {
  return client.currency ?? fallback;
}

export async function planInvoiceImport(listText: string, clientsText: string, options: InvoiceImportOptions): Promise<ImportResult & { label?: string }> {
  const say = IMPORT_MESSAGES[options.language ?? 'en'];
  const clients = clientsForImport(clientsText, options.clientsFile, options.language);
  if (!clients.data) return clients;
  const { table, problems: csvProblems } = await readCsv(listText, options.file, options.language);
  if (!table) return { problems: csvProblems };
  const index = columnsOf(table, options.mapping, say);
  if (!('number' in index)) return { problems: [index] };
  const detected = dateOrderOf(table.rows.flatMap((r) => [r.cells[index.issued], r.cells[index.due], r.cells[index.paidOn]].filter((v) => v !== undefined)));
  const order = detected === 'dmy' || detected === 'mdy' ? detected : options.dateOrder;
  const problems: ImportProblem[] = [];
  const rows = table.rows.map((row) => readRow(table, row, { index, order, say, problems }));
  if (problems.length > 0) return { problems, needsDateOrder: detected === 'ambiguous' && order === undefined };

  const data = clients.data;
  const match = clientMatcher(data.clients);
  const existing = new Map<string, { clientId: string; invoice: Invoice }>();
  for (const client of data.clients) for (const invoice of client.invoices) existing.set(invoice.number, { clientId: client.id, invoice });
  const unattributed = new UnattributedList();
  const edits: ((text: string) => string)[] = [];
  const changes: string[] = [];
  let alreadyImported = 0;
  for (const row of rows as InvoiceRow[]) {
    const known = existing.get(row.invoice.number);
    if (known) {
      const paidOn = row.invoice.paidOn;
      if (paidOn !== undefined && known.invoice.paidOn !== paidOn) {
        edits.push((text) => markInvoicePaid(text, known.clientId, row.invoice.number, paidOn));
        changes.push(say.invoicePaid(known.clientId, row.invoice.number, paidOn, known.invoice.paidOn));
        known.invoice = { ...known.invoice, paidOn };
      } else {
        alreadyImported++;
      }
      continue;
    }
    const clientId = match(row.client);
    if (clientId === undefined) {
      unattributed.add(row.client || say.noClient, row.place, row.invoice.amount);
      continue;
    }
    const client = data.clients.find((c) => c.id === clientId) as Client;
    const expected = currencyOf(client, data.defaults.currency);
    if (row.currency !== undefined && expected !== undefined && row.currency !== expected) {
      problems.push({ where: row.place, message: say.otherCurrency(row.currency, clientId, expected) });
      continue;
    }
    existing.set(row.invoice.number, { clientId, invoice: row.invoice });
    edits.push((text) => addInvoice(text, clientId, row.invoice));
    changes.push(say.newInvoice(clientId, row.invoice.number, row.invoice.amount, row.invoice.paidOn));
  }
  if (problems.length > 0) return { problems };
  return {
    problems: [],
    label: say.invoicesLabel(rows.length),
    plan: { changes, alreadyImported, unattributed: unattributed.list(), apply: (text) => edits.reduce((result, edit) => edit(result), text) },
  };
}
