// What the imports say, in English and Italian: problems, where they are, the plan's change lines and labels. An
// import's result is read at once by one interface in one language, so it is worded only in that one, and only per
// problem, change or kept place, never per row. Field names, header names and values stay as written.
import type { Language } from '../clients/schema';

export interface ImportMessages {
  // where
  rowPlace(file: string, row: number, line: number): string;
  linePlace(file: string, line: number): string;
  messagePlace(file: string, index: number): string;
  columnMapping: string;
  // problems
  tooLarge(megabytes: string, limit: number): string;
  notCsv(reason: string): string;
  /** csv-parse's errors by code, in words; another code keeps csv-parse's own (English) words. */
  csvErrors: Partial<Record<string, string>>;
  emptyFile: string;
  fixClientsFirst(problem: string): string;
  /** `fields`: the known ones, listed. */
  unknownField(field: string, fields: string): string;
  notATrackerExport: string;
  /** `wanted` and `header`: the names, listed. */
  noColumnFor(wanted: string, header: string): string;
  clientOrProject: string;
  mapInvoiceColumns: string;
  notADate(written: string, ambiguous: boolean): string;
  notADuration(written: string): string;
  implausibleDuration(written: string, limit: number): string;
  emptyInvoiceNumber: string;
  notAnAmount(written: string): string;
  invoiceDateNotRead(field: string, written: string): string;
  otherCurrency(currency: string, clientId: string, expected: string): string;
  needsWorkingHours: string;
  notAMail(reason: string): string;
  noSender: string;
  noDate(address: string): string;
  badDate(address: string, written: string): string;
  noMessages(name: string): string;
  // labels and names standing in for a missing one
  trackerLabels: Record<'clockify' | 'toggl' | 'harvest' | 'csv', string>;
  invoicesLabel(count: number): string;
  mailLabel(total: number, fromClients: number, afterHours: number): string;
  noClientOrProject: string;
  noClient: string;
  // change lines
  hoursChange(clientId: string, before: number, after: number, added: number, entries: number): string;
  invoicePaid(clientId: string, number: string, paidOn: string, was: string | undefined): string;
  newInvoice(clientId: string, number: string, amount: number, paidOn: string | undefined): string;
  afterHoursIncident(clientId: string, date: string, note: string): string;
}

export const IMPORT_MESSAGES: Record<Language, ImportMessages> = {
  en: {
    // The line only where quoted line breaks or blank lines set it apart from the row.
    rowPlace: (file, row, line) => (row === line ? `${file}, row ${row}` : `${file}, row ${row} (line ${line})`),
    linePlace: (file, line) => `${file}, line ${line}`,
    messagePlace: (file, index) => `${file}, message ${index}`,
    columnMapping: 'the column mapping',
    tooLarge: (megabytes, limit) => `the file is ${megabytes} MB; imports read files up to ${limit} MB: export a shorter period and import each part`,
    notCsv: (reason) => `not readable as CSV: ${reason}`,
    csvErrors: {
      CSV_QUOTE_NOT_CLOSED: 'the file ends inside a quoted field: a quote is never closed',
      INVALID_OPENING_QUOTE: 'a quote stands in the middle of a field; a field with quotes must be quoted whole ("...")',
      CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote',
    },
    emptyFile: 'the file is empty: expected a header row and entries',
    fixClientsFirst: (problem) => `fix this before importing: ${problem}`,
    unknownField: (field, fields) => `unknown field '${field}'; the fields are ${fields}`,
    notATrackerExport:
      'not a detailed export of Toggl Track, Clockify or Harvest (their headers were not found): map the columns, e.g. --map "date=Date,hours=Hours,client=Client"',
    noColumnFor: (wanted, header) => `no column for ${wanted}; the header is: ${header}`,
    clientOrProject: 'client or project',
    mapInvoiceColumns: 'map the columns, e.g. --map "number=Nr,client=Customer,amount=Gross"',
    notADate: (written, ambiguous) =>
      `'${written}' is not a date this import reads${ambiguous ? ' (day and month could be either way round: say which comes first, e.g. --date-order dmy or mdy)' : ', expected YYYY-MM-DD or DD/MM/YYYY'}`,
    notADuration: (written) => `'${written}' is not a duration: expected hours as 1:30:00, 1:30 or 1.5`,
    implausibleDuration: (written, limit) => `'${written}' is longer than one entry can be (${limit} hours): a typo, or a timer left running? Correct the export`,
    emptyInvoiceNumber: 'the invoice number is empty',
    notAnAmount: (written) => `'${written}' is not an amount: expected e.g. 1200, 1200.50 or 1.200,50`,
    invoiceDateNotRead: (field, written) =>
      `${field}: '${written}' is not a date this import reads; expected YYYY-MM-DD or DD/MM/YYYY (say which comes first in 03/04/2026, e.g. --date-order dmy or mdy)`,
    otherCurrency: (currency, clientId, expected) => `the amount is in ${currency} but ${clientId}'s amounts are in ${expected}: convert it, or set the client's currency`,
    needsWorkingHours: 'set me.timezone and me.workingHours (e.g. Europe/Rome and "09:00-18:00") to tell after-hours messages apart',
    notAMail: (reason) => `not readable as a mail message: ${reason}`,
    noSender: 'the message has no sender address (From): is its MIME header broken?',
    noDate: (address) => `the message from ${address} has no Date header, so its time is unknown`,
    badDate: (address, written) => `the message from ${address} has a Date that is not a date: '${written}', so its time is unknown`,
    noMessages: (name) => `no messages found: expected an .mbox file or a folder of .eml files (${name})`,
    trackerLabels: {
      clockify: 'Clockify detailed report',
      toggl: 'Toggl Track detailed report',
      harvest: 'Harvest detailed time report',
      csv: 'CSV with a column mapping',
    },
    invoicesLabel: (count) => `${count} ${count === 1 ? 'invoice' : 'invoices'}`,
    mailLabel: (total, fromClients, afterHours) => `${total} ${total === 1 ? 'message' : 'messages'}, ${fromClients} from clients, ${afterHours} outside working hours`,
    noClientOrProject: '(no client or project)',
    noClient: '(no client)',
    hoursChange: (clientId, before, after, added, entries) =>
      `${clientId}: hours ${before} → ${after} (+${added} from ${entries} ${entries === 1 ? 'entry' : 'entries'})`,
    invoicePaid: (clientId, number, paidOn, was) => `${clientId}: invoice ${number} paid on ${paidOn}${was ? ` (was ${was})` : ''}`,
    newInvoice: (clientId, number, amount, paidOn) => `${clientId}: new invoice ${number}, ${amount}${paidOn ? `, paid on ${paidOn}` : ', unpaid'}`,
    afterHoursIncident: (clientId, date, note) => `${clientId}: after-hours incident on ${date}, ${note}`,
  },
  it: {
    rowPlace: (file, row, line) => (row === line ? `${file}, riga ${row}` : `${file}, riga ${row} (riga ${line} del file)`),
    linePlace: (file, line) => `${file}, riga ${line}`,
    messagePlace: (file, index) => `${file}, messaggio ${index}`,
    columnMapping: 'la mappatura delle colonne',
    tooLarge: (megabytes, limit) =>
      `il file è di ${megabytes} MB; l'importazione legge file fino a ${limit} MB: esporta un periodo più breve e importa ogni parte`,
    notCsv: (reason) => `non si può leggere come CSV: ${reason}`,
    csvErrors: {
      CSV_QUOTE_NOT_CLOSED: 'il file finisce dentro un campo tra virgolette: delle virgolette non vengono mai chiuse',
      INVALID_OPENING_QUOTE: 'delle virgolette stanno a metà di un campo; un campo con virgolette va racchiuso tutto tra virgolette ("...")',
      CSV_INVALID_CLOSING_QUOTE: 'un campo tra virgolette continua dopo le virgolette di chiusura',
    },
    emptyFile: 'il file è vuoto: servono una riga di intestazione e delle voci',
    fixClientsFirst: (problem) => `correggi questo prima di importare: ${problem}`,
    unknownField: (field, fields) => `campo sconosciuto '${field}'; i campi sono ${fields}`,
    notATrackerExport:
      'non è un export dettagliato di Toggl Track, Clockify o Harvest (le loro intestazioni non ci sono): mappa le colonne, ad es. --map "date=Data,hours=Ore,client=Cliente"',
    noColumnFor: (wanted, header) => `nessuna colonna per ${wanted}; l'intestazione è: ${header}`,
    clientOrProject: 'cliente o progetto',
    mapInvoiceColumns: 'mappa le colonne, ad es. --map "number=Nr,client=Cliente,amount=Lordo"',
    notADate: (written, ambiguous) =>
      `'${written}' non è una data che l'importazione sa leggere${ambiguous ? ' (giorno e mese potrebbero essere in entrambi gli ordini: indica quale viene prima, ad es. --date-order dmy o mdy)' : ', serve AAAA-MM-GG o GG/MM/AAAA'}`,
    notADuration: (written) => `'${written}' non è una durata: servono ore come 1:30:00, 1:30 o 1.5`,
    implausibleDuration: (written, limit) => `'${written}' è più lungo di quanto possa durare una voce (${limit} ore): un errore di battitura, o un timer rimasto acceso? Correggi l'export`,
    emptyInvoiceNumber: 'il numero della fattura è vuoto',
    notAnAmount: (written) => `'${written}' non è un importo: serve ad es. 1200, 1200.50 o 1.200,50`,
    invoiceDateNotRead: (field, written) =>
      `${field}: '${written}' non è una data che l'importazione sa leggere; serve AAAA-MM-GG o GG/MM/AAAA (indica quale viene prima in 03/04/2026, ad es. --date-order dmy o mdy)`,
    otherCurrency: (currency, clientId, expected) =>
      `l'importo è in ${currency} ma gli importi di ${clientId} sono in ${expected}: convertilo, o imposta la valuta del cliente`,
    needsWorkingHours: 'imposta me.timezone e me.workingHours (ad es. Europe/Rome e "09:00-18:00") per riconoscere i messaggi fuori orario',
    notAMail: (reason) => `non si può leggere come messaggio di posta: ${reason}`,
    noSender: "il messaggio non ha l'indirizzo del mittente (From): l'intestazione MIME è rovinata?",
    noDate: (address) => `il messaggio di ${address} non ha l'intestazione Date, quindi non se ne conosce l'ora`,
    badDate: (address, written) => `il messaggio di ${address} ha una Date che non è una data: '${written}', quindi non se ne conosce l'ora`,
    noMessages: (name) => `nessun messaggio trovato: serve un file .mbox o una cartella di file .eml (${name})`,
    trackerLabels: {
      clockify: 'report dettagliato di Clockify',
      toggl: 'report dettagliato di Toggl Track',
      harvest: 'report dettagliato delle ore di Harvest',
      csv: 'CSV con una mappatura delle colonne',
    },
    invoicesLabel: (count) => `${count} ${count === 1 ? 'fattura' : 'fatture'}`,
    mailLabel: (total, fromClients, afterHours) =>
      `${total} ${total === 1 ? 'messaggio' : 'messaggi'}, ${fromClients} dai clienti, ${afterHours} fuori dall'orario di lavoro`,
    noClientOrProject: '(nessun cliente o progetto)',
    noClient: '(nessun cliente)',
    hoursChange: (clientId, before, after, added, entries) =>
      `${clientId}: ore ${before} → ${after} (+${added} da ${entries} ${entries === 1 ? 'voce' : 'voci'})`,
    invoicePaid: (clientId, number, paidOn, was) => `${clientId}: fattura ${number} pagata il ${paidOn}${was ? ` (prima ${was})` : ''}`,
    newInvoice: (clientId, number, amount, paidOn) => `${clientId}: nuova fattura ${number}, ${amount}${paidOn ? `, pagata il ${paidOn}` : ', da pagare'}`,
    afterHoursIncident: (clientId, date, note) => `${clientId}: episodio fuori orario il ${date}, ${note}`,
  },
};
