// What the clients.yaml loader says about a problem, in English and Italian: every finding carries both, worded only
// once a problem is found, and the interface picks the user's language. Keys, values and YAML words stay as written.
import type { Localized } from '../lint/types';
import { inEveryLanguage as wordedInEveryLanguage } from '../locale';
import { MAX_FILE_BYTES, tooLargeMessage } from '../workspace';
import type { Language } from './schema';

/** How zod names a type in `invalid_type` issues, for the types clients.yaml uses. */
export type TypeName = 'string' | 'number' | 'int' | 'boolean' | 'object' | 'array';

/** What a value must look like, as the schema's `error` texts say it. */
export interface Expectations {
  date: string;
  realDate: string;
  amount: string;
  nonNegativeAmount: string;
  hours: string;
  nonNegativeHours: string;
  days: string;
  nonNegativeDays: string;
  email: string;
  currency: string;
  timeZone: string;
  workingHours: string;
  invoiceNumber: string;
  ref: string;
  referral: string;
  endAfter: string;
  contract: string;
  contractList: string;
  id: string;
  importedTimeEntries: string;
  version: string;
}

export interface ClientsMessages {
  expected: Expectations;
  types: Record<TypeName, string>;
  expectedType(type: string): string;
  quoteIt(expected: string, written: string): string;
  oneOf(values: readonly string[]): string;
  someText: string;
  atLeast(minimum: string): string;
  didYouMean(message: string, suggestion: string): string;
  unknownKey(key: string, suggestion: string | undefined, allowed: readonly string[]): string;
  missingKey(key: string, description: string | undefined): string;
  empty: string;
  notAMapping(isList: boolean): string;
  missingVersion: string;
  newerVersion(version: number): string;
  duplicateId(position: number, firstName: string | undefined): string;
  deliverableMissing(title: string, titles: readonly string[], suggestion: string | undefined): string;
  invoiceMissing(number: string, numbers: readonly string[], suggestion: string | undefined): string;
  paidButInvoiceUnpaid(number: string): string;
  unpaidButInvoicePaid(number: string): string;
  contractMissing: string;
  tabIndent: string;
  duplicateKey: string;
  /** The `yaml` parser's error, by its code and its English detail. */
  notYaml(detail: string, code: string): string;
  tooManyAliases(limit: number): string;
  manyDocuments: string;
  repeatedInvoice(number: string, first: number): string;
  repeatedDeliverable(title: string, first: number): string;
  aliasTaken(alias: string, owner: string): string;
  notText(codePoint: string): string;
  notUtf8: string;
  controlCharacter(codePoint: string): string;
  tooDeep(limit: number): string;
  tooLarge(bytes: number): string;
  moreProblems(count: number): string;
}

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

export const CLIENTS_MESSAGES: Record<Language, ClientsMessages> = {
  en: {
    expected: {
      date: 'expected a real calendar date written YYYY-MM-DD, e.g. 2026-11-20',
      realDate: 'expected a real calendar date written YYYY-MM-DD',
      amount: 'expected a number, e.g. 1200',
      nonNegativeAmount: 'expected an amount of 0 or more',
      hours: 'expected a number of hours, e.g. 1.5',
      nonNegativeHours: 'expected hours of 0 or more',
      days: 'expected a whole number of days, e.g. 30',
      nonNegativeDays: 'expected 0 days or more',
      email: 'expected an email address, e.g. name@example.com',
      currency: 'expected a three-letter ISO 4217 currency code, e.g. EUR',
      timeZone: 'expected an IANA time zone name, e.g. Europe/Rome',
      workingHours: 'expected working hours as HH:MM-HH:MM, e.g. "09:00-18:00"',
      invoiceNumber: 'expected an invoice number, e.g. "2026-014"',
      ref: 'expected a clause number such as "2.1" or a phrase quoted from the contract',
      referral: 'expected a colleague (name:) or a kind of provider (kind:), e.g. { kind: "a full-service agency" }',
      endAfter: 'expected notice, deliverable:<title> or a date YYYY-MM-DD',
      contract: 'expected a .md, .txt, .pdf, .docx or .eml file, or a folder ending in /, relative to clients.yaml',
      contractList: 'expected at least one file or folder',
      id: 'expected lowercase letters, digits and hyphens only, e.g. acme-spa',
      importedTimeEntries: 'expected the keys written by `clean-break import hours`; leave them as they are',
      version: 'expected version: 1',
    },
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      object: 'a mapping (indented "key: value" lines)',
      array: 'a list (lines starting with "- ")',
    },
    expectedType: (type) => `expected ${type}`,
    quoteIt: (expected, written) => `${expected}; put it in quotes: "${written}"`,
    oneOf: (values) => `expected one of ${values.join(', ')}`,
    someText: 'expected some text, not an empty value',
    atLeast: (minimum) => `expected at least ${minimum}`,
    didYouMean: (message, suggestion) => `${message}; did you mean "${suggestion}"?`,
    unknownKey: (key, suggestion, allowed) =>
      `unknown key "${key}" — ${suggestion ? `did you mean "${suggestion}"? It` : 'it'} is ignored; expected one of ${allowed.join(', ')}`,
    missingKey: (key, description) => `missing required key "${key}"${description ? `: ${description}` : ''}`,
    empty: 'the file is empty — expected at least "version: 1" and a "clients:" list',
    notAMapping: (isList) => `the top level is ${isList ? 'a list' : 'a single value'} — expected a mapping with version:, me:, defaults: and clients:`,
    missingVersion: 'missing "version: 1" — add it as the first line',
    newerVersion: (version) => `this file is format version ${version}, but this Clean Break reads version 1; update Clean Break`,
    duplicateId: (position, firstName) =>
      `already the id of client ${position} in the list${firstName ? ` (${firstName})` : ''}; give each client its own id`,
    deliverableMissing: (title, titles, suggestion) =>
      `no deliverable of this client is titled "${title}"; ${titles.length > 0 ? `expected one of: ${quoted(titles)}` : 'this client has no deliverables'}` +
      (suggestion ? `; did you mean "${suggestion}"?` : ''),
    invoiceMissing: (number, numbers, suggestion) =>
      `no invoice of this client is numbered "${number}"; ${numbers.length > 0 ? `expected one of: ${quoted(numbers)}` : 'this client has no invoices'}` +
      (suggestion ? `; did you mean "${suggestion}"?` : ''),
    paidButInvoiceUnpaid: (number) => `says paid, but invoice "${number}" has no paidOn; add its paidOn, or write paid: false`,
    unpaidButInvoicePaid: (number) => `says not paid, but invoice "${number}" has a paidOn; write paid: true, or leave paid out to follow the invoice`,
    contractMissing: 'no such file; expected the path of the contract or contract notes, relative to clients.yaml',
    tabIndent: 'a tab is used for indentation — YAML indents with spaces only; replace the tab with spaces',
    duplicateKey: 'this key appears twice in the same mapping — keep one of them',
    notYaml: (detail) => `not valid YAML: ${detail}`,
    tooManyAliases: (limit) => `too many alias expansions (more than ${limit}) — write the values out instead of repeating aliases`,
    manyDocuments: 'a second YAML document starts here ("---"), and only the first would be read — keep every client in one document',
    repeatedInvoice: (number, first) => `invoice "${number}" is listed twice (also as invoice ${first}) — a write-back would change the first; keep one`,
    repeatedDeliverable: (title, first) => `the deliverable "${title}" is listed twice (also as deliverable ${first}) — endAfter and Mark Deliverable Delivered would mean the first; give each its own title`,
    aliasTaken: (alias, owner) => `"${alias}" already names client ${owner} — imported entries under it go to ${owner}; keep it for one client`,
    notText: (codePoint) => `not a text file: it contains the control character U+${codePoint} — clients.yaml must be plain UTF-8 text`,
    notUtf8: 'not UTF-8 text: bytes here are in another encoding (Latin-1 or Windows-1252, say) — save clients.yaml as UTF-8',
    controlCharacter: (codePoint) => `this text holds the control character U+${codePoint}, written as an escape — remove it: it would reach emails and the terminal as is`,
    tooDeep: (limit) => `nested more than ${limit} levels deep here — clients.yaml needs a handful; flatten the lists and mappings`,
    tooLarge: (bytes) => `${tooLargeMessage(bytes)} — is this really clients.yaml?`,
    moreProblems: (count) => `${count} more problems not shown`,
  },
  it: {
    expected: {
      date: 'serve una data vera del calendario scritta YYYY-MM-DD, ad es. 2026-11-20',
      realDate: 'serve una data vera del calendario scritta YYYY-MM-DD',
      amount: 'serve un numero, ad es. 1200',
      nonNegativeAmount: 'serve un importo di 0 o più',
      hours: 'serve un numero di ore, ad es. 1.5',
      nonNegativeHours: 'servono 0 ore o più',
      days: 'serve un numero intero di giorni, ad es. 30',
      nonNegativeDays: 'servono 0 giorni o più',
      email: 'serve un indirizzo email, ad es. nome@example.com',
      currency: 'serve un codice valuta ISO 4217 di tre lettere, ad es. EUR',
      timeZone: 'serve il nome di un fuso orario IANA, ad es. Europe/Rome',
      workingHours: 'serve un orario di lavoro nella forma HH:MM-HH:MM, ad es. "09:00-18:00"',
      invoiceNumber: 'serve un numero di fattura, ad es. "2026-014"',
      ref: 'serve il numero di una clausola come "2.1" o una frase citata dal contratto',
      referral: 'serve un collega (name:) o un tipo di fornitore (kind:), ad es. { kind: "un\'agenzia completa" }',
      endAfter: 'serve notice, deliverable:<titolo> o una data YYYY-MM-DD',
      contract: 'serve un file .md, .txt, .pdf, .docx o .eml, o una cartella che finisce con /, relativi a clients.yaml',
      contractList: 'serve almeno un file o una cartella',
      id: 'servono solo lettere minuscole, cifre e trattini, ad es. acme-spa',
      importedTimeEntries: 'servono le chiavi scritte da `clean-break import hours`; lasciale come sono',
      version: 'serve version: 1',
    },
    types: {
      string: 'del testo',
      number: 'un numero',
      int: 'un numero intero',
      boolean: 'true o false',
      object: 'una mappa (righe "chiave: valore" rientrate)',
      array: 'un elenco (righe che iniziano con "- ")',
    },
    expectedType: (type) => `serve ${type}`,
    quoteIt: (expected, written) => `${expected}; mettilo tra virgolette: "${written}"`,
    oneOf: (values) => `serve uno tra ${values.join(', ')}`,
    someText: 'serve del testo, non un valore vuoto',
    atLeast: (minimum) => `serve almeno ${minimum}`,
    didYouMean: (message, suggestion) => `${message}; forse intendevi "${suggestion}"?`,
    unknownKey: (key, suggestion, allowed) =>
      `chiave sconosciuta "${key}" — ${suggestion ? `forse intendevi "${suggestion}"? Viene` : 'viene'} ignorata; le chiavi possibili sono ${allowed.join(', ')}`,
    missingKey: (key, description) => `manca la chiave obbligatoria "${key}"${description ? `: ${description}` : ''}`,
    empty: 'il file è vuoto — servono almeno "version: 1" e un elenco "clients:"',
    notAMapping: (isList) =>
      `il livello più esterno è ${isList ? 'un elenco' : 'un singolo valore'} — serve una mappa con version:, me:, defaults: e clients:`,
    missingVersion: 'manca "version: 1" — aggiungilo come prima riga',
    newerVersion: (version) => `questo file è nel formato versione ${version}, ma questo Clean Break legge la versione 1; aggiorna Clean Break`,
    duplicateId: (position, firstName) =>
      `è già l'id del cliente ${position} dell'elenco${firstName ? ` (${firstName})` : ''}; dai a ogni cliente un id diverso`,
    deliverableMissing: (title, titles, suggestion) =>
      `nessuna consegna di questo cliente si intitola "${title}"; ${titles.length > 0 ? `serve una tra: ${quoted(titles)}` : 'questo cliente non ha consegne'}` +
      (suggestion ? `; forse intendevi "${suggestion}"?` : ''),
    invoiceMissing: (number, numbers, suggestion) =>
      `nessuna fattura di questo cliente ha il numero "${number}"; ${numbers.length > 0 ? `serve una tra: ${quoted(numbers)}` : 'questo cliente non ha fatture'}` +
      (suggestion ? `; forse intendevi "${suggestion}"?` : ''),
    paidButInvoiceUnpaid: (number) => `dice pagata, ma la fattura "${number}" non ha paidOn; aggiungi paidOn alla fattura, o scrivi paid: false`,
    unpaidButInvoicePaid: (number) =>
      `dice non pagata, ma la fattura "${number}" ha un paidOn; scrivi paid: true, o togli paid per seguire la fattura`,
    contractMissing: 'file inesistente; serve il percorso del contratto o degli appunti sul contratto, relativo a clients.yaml',
    tabIndent: 'il rientro usa una tabulazione — YAML rientra solo con spazi; sostituisci la tabulazione con spazi',
    duplicateKey: 'questa chiave compare due volte nella stessa mappa — tienine una sola',
    notYaml: (detail, code) => `YAML non valido: ${italianYamlDetail(detail, code)}`,
    tooManyAliases: (limit) => `troppe espansioni di alias (più di ${limit}) — scrivi i valori per esteso invece di ripetere gli alias`,
    manyDocuments: 'qui ("---") inizia un secondo documento YAML, e verrebbe letto solo il primo — tieni tutti i clienti in un solo documento',
    repeatedInvoice: (number, first) => `la fattura "${number}" compare due volte (anche come fattura ${first}) — una modifica automatica cambierebbe la prima; tienine una`,
    repeatedDeliverable: (title, first) => `la consegna "${title}" compare due volte (anche come consegna ${first}) — endAfter e "Segna consegna come consegnata" indicherebbero la prima; dai a ciascuna un titolo diverso`,
    aliasTaken: (alias, owner) => `"${alias}" indica già il cliente ${owner} — le voci importate con questo nome vanno a ${owner}; tienilo per un solo cliente`,
    notText: (codePoint) => `non è un file di testo: contiene il carattere di controllo U+${codePoint} — clients.yaml deve essere testo UTF-8 semplice`,
    notUtf8: 'non è testo UTF-8: qui ci sono byte in un’altra codifica (per esempio Latin-1 o Windows-1252) — salva clients.yaml in UTF-8',
    controlCharacter: (codePoint) => `questo testo contiene il carattere di controllo U+${codePoint}, scritto come sequenza di escape — toglilo: finirebbe tale e quale nelle email e nel terminale`,
    tooDeep: (limit) => `annidato a più di ${limit} livelli qui — a clients.yaml ne bastano pochi; appiattisci elenchi e mappe`,
    tooLarge: (bytes) => `${tooLargeMessage(bytes, MAX_FILE_BYTES, 'it')} — è davvero clients.yaml?`,
    moreProblems: (count) => `altri ${count} problemi non mostrati`,
  },
};

/**
 * The `yaml` parser's syntax errors in Italian, by code: its own words are English. A code it may add later keeps its
 * English detail.
 */
const ITALIAN_YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'rientro sbagliato — allinea la riga con le altre dello stesso livello, e chiudi con ] o } un elenco o una mappa tra parentesi',
  BLOCK_AS_IMPLICIT_KEY: 'due mappe sulla stessa riga — metti il valore tra virgolette, o scrivi la mappa interna a capo, rientrata sotto la sua chiave',
  MULTILINE_IMPLICIT_KEY: 'una chiave deve stare su una sola riga — controlla le virgolette non chiuse e il rientro',
  UNEXPECTED_TOKEN: 'testo inatteso qui — controlla il rientro e i due punti della riga',
  BAD_DQ_ESCAPE: 'sequenza di escape non valida tra virgolette doppie — usa le virgolette singole, o raddoppia la barra rovesciata',
  BLOCK_IN_FLOW: 'un elenco o una mappa a righe non può stare dentro [ ] o { }',
  BAD_ALIAS: "un alias (*nome) che non rimanda a un'ancora (&nome) scritta prima",
  KEY_OVER_1024_CHARS: 'una chiave più lunga di 1024 caratteri',
  MULTIPLE_ANCHORS: "più di un'ancora (&nome) sullo stesso valore",
  MULTIPLE_TAGS: 'più di un tag (!nome) sullo stesso valore',
};

function italianYamlDetail(detail: string, code: string): string {
  if (code === 'BAD_SCALAR_START') {
    // "Plain value cannot start with reserved character @", "... with directive indicator character %".
    const character = /character (\S)/.exec(detail)?.[1];
    return `un valore non può iniziare con ${character ?? 'questo carattere'} — mettilo tra virgolette`;
  }
  if (code === 'MISSING_CHAR') {
    if (/quote/i.test(detail)) return 'manca la virgoletta di chiusura';
    if (/map values/i.test(detail)) return 'a una chiave devono seguire i due punti e un valore';
    return 'manca un carattere atteso (una virgoletta, una parentesi o i due punti)';
  }
  return ITALIAN_YAML_ERRORS[code] ?? detail;
}

/** A message of this table in every language. */
export function inEveryLanguage(word: (say: ClientsMessages, language: Language) => string): Localized {
  return wordedInEveryLanguage(CLIENTS_MESSAGES, word);
}

/** The schema's own `error` texts are English; their Italian is found by the English text, built once on first need. */
let expectationsByEnglish: Map<string, Localized> | undefined;

/** Both languages of a schema `error` text, or undefined when `english` is not one. */
export function expectationOf(english: string): Localized | undefined {
  expectationsByEnglish ??= new Map(
    (Object.keys(CLIENTS_MESSAGES.en.expected) as (keyof Expectations)[]).map((key) => [
      CLIENTS_MESSAGES.en.expected[key],
      { en: CLIENTS_MESSAGES.en.expected[key], it: CLIENTS_MESSAGES.it.expected[key] },
    ]),
  );
  return expectationsByEnglish.get(english);
}
