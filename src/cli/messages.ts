// The command line's own words, in the user's language (--lang, else LC_ALL, LC_MESSAGES or LANG). Readiness
// reasons and lint messages come from the core's tables; drafts speak the client's language.
import type { DeliverableStatus, Language } from '../core/clients/schema';
import type { Localized } from '../core/lint/types';

export interface CliMessages {
  usage: string;
  /** Before a command's usage line: `Usage: clean-break draft …`. */
  usageOf(line: string): string;
  about: string;
  commands: string;
  globalOptions: string;
  workspaceOption: string;
  langOption: string;
  helpOption: string;
  versionOption: string;
  exitCodes: string;
  summaries: Record<'check' | 'scan' | 'readiness' | 'draft' | 'lint' | 'polish' | 'import', string>;
  unknownCommand(name: string): string;
  // check
  noClientsFile(folder: string): string;
  clientRequired: string;
  /** `ids`: the clients' ids, joined; empty when there are none. */
  noSuchClient(id: string, ids: string): string;
  clientHasErrors(id: string): string;
  clientsFileUnreadable: string;
  outstanding(amount: string): string;
  costly: string;
  ended(on: string): string;
  decidedCoolingOffOver(days: number): string;
  coolingOffDay(day: number, of: number): string;
  // readiness and draft
  notReady(blocking: number, toReview: number): string;
  readyWith(toReview: number): string;
  ready: string;
  readinessHeading: string;
  notReadyToDraft: string;
  note(text: string): string;
  // scan
  warning(text: string): string;
  noClauses: string;
  language(code: string): string;
  canEndForConvenience(yes: boolean, forCauseOnly: boolean): string;
  notice(days: number | undefined): string;
  terminationFee(fee: string | undefined, withoutAmount?: boolean): string;
  /** What survives the end, each phrase given in both languages. */
  afterTheEnd(items: readonly Localized[]): string;
  daysValue(days: number): string;
  daysNoticeValue(days: number): string;
  /** Whose right a clause gives. */
  party: Record<'either' | 'provider' | 'client', string>;
  notAJsonObject: string;
  noTextField: string;
  // scan --client
  namesNoContract(clientId: string): string;
  contractRefused(path: string): string;
  contractUnreadable(path: string, problem: string): string;
  contractMissing(path: string): string;
  restingOnEmails(count: number): string;
  deliverablesHeading(owed: number): string;
  noDeliverables: string;
  /** "owed" or "done". */
  deliverableState(owed: boolean): string;
  deliverableStatus: Record<DeliverableStatus, string>;
  due(date: string): string;
  paid: string;
  invoice(number: string): string;
  atLine(line: number, path?: string): string;
  emailFrom(from: string, date?: string): string;
  /** After a line of an email its file encodes: the line is of the decoded words. */
  inDecodedWords: string;
  byRef: string;
  alsoPromises(titles: readonly string[]): string;
  ambiguous(places: readonly string[]): string;
  owedMark(titles: readonly string[]): string;
  // usage errors
  needsValue(option: string): string;
  goesWithPolish(option: string): string;
  redactOrNot: string;
  baseUrlLike(example: string): string;
  baseUrlNot(protocol: string): string;
  timeoutRange(max: number): string;
  unknownOption(option: string): string;
  /** A `--map` part that is not field=Header. */
  mapPairs(part: string): string;
  todayDate(value: string): string;
  oneOf(option: string, choices: readonly string[], value: string): string;
  workspaceNeedsFolder: string;
  langNeedsValue(choices: readonly string[]): string;
  unexpectedArgument(argument: string): string;
  whatToImport(kinds: readonly string[]): string;
  cannotImport(kind: string, kinds: readonly string[]): string;
  importNeedsFile(kind: string): string;
  noSuchSource(path: string): string;
  noSuchWorkspace(path: string): string;
  nameFileToLint: string;
  whatToDraft(kinds: readonly string[]): string;
  cannotDraft(kind: string, kinds: readonly string[]): string;
  nameDraftToPolish: string;
  jsonlAlone: string;
  clientWithoutFile: string;
  nameContractFile: string;
  // files
  cannotRead(path: string, why?: string): string;
  /** Why a file could not be read, from the system's error code ("EISDIR") or `notAFile` for a pipe or device. */
  fileTrouble(code: string): string;
  notACsvFile(path: string): string;
  notText: string;
  // import (its problems and change lines come from the core's import tables)
  importNoClients(folder: string): string;
  moreImportProblems(count: number): string;
  nothingWasWritten: string;
  alreadyImported(count: number): string;
  /** The heading of the names no client has; mail is attributed by address, the rest by name. */
  notAttributed(byAddress: boolean): string;
  /** The diff's two sides. */
  diffBefore: string;
  diffAfter: string;
  /** After a diff line cut short. */
  moreCharacters(count: number): string;
  nothingToChange: string;
  notWrittenWithoutWrite: string;
  clientsUpdated: string;
}

const days = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const CLI_MESSAGES: Record<Language, CliMessages> = {
  en: {
    usage: 'Usage: clean-break <command> [options]',
    usageOf: (line) => `Usage: ${line}`,
    about: 'End a client relationship well. Nothing is ever sent: drafts are printed for you to read and send.',
    commands: 'Commands:',
    globalOptions: 'Global options:',
    workspaceOption: 'the folder holding clients.yaml (default: the current directory)',
    langOption: 'the language of these messages (default: from LC_ALL, LC_MESSAGES or LANG); drafts follow the client',
    helpOption: 'show help (also: clean-break <command> --help)',
    versionOption: 'print the version',
    exitCodes: 'Exit codes: 0 fine, 1 problems found, 2 usage error, 3 a required polish failed.',
    summaries: {
      check: 'validate clients.yaml and list each client with what it owes and costs',
      scan: 'find what contracts say about ending them',
      readiness: 'check you are ready to end a client relationship',
      draft: 'draft a termination email, referral note or meeting request',
      lint: 'check a draft for tone and brevity',
      polish: 'polish a draft you edited with a language model, under the fact guard',
      import: 'fill clients.yaml from a time tracker export, an invoice list or a mailbox (shows a diff; --write applies it)',
    },
    unknownCommand: (name) => `clean-break: unknown command '${name}'. Try: clean-break --help`,
    noClientsFile: (folder) => `no clients.yaml in ${folder} — create one there (the README describes the format) or pass --workspace DIR`,
    clientRequired: '--client ID is required',
    noSuchClient: (id, ids) => `no client '${id}' in clients.yaml (clients: ${ids || 'none'})`,
    clientHasErrors: (id) => `the entry of client '${id}' in clients.yaml has errors (above): fix them, then try again`,
    clientsFileUnreadable: 'no client could be read from clients.yaml (see above): fix it, then try again',
    outstanding: (amount) => `outstanding ${amount}`,
    costly: 'costly',
    ended: (on) => `ended ${on}`,
    decidedCoolingOffOver: (count) => `decided ${days(count, 'day', 'days')} ago, cooling-off over`,
    coolingOffDay: (day, of) => `cooling-off day ${day} of ${of}`,
    notReady: (blocking, toReview) => `Not ready: ${blocking} blocking, ${toReview} to review.`,
    readyWith: (toReview) => `Ready, with ${toReview} to review.`,
    ready: 'Ready.',
    readinessHeading: 'Readiness:',
    notReadyToDraft: 'clean-break draft: not ready; settle the blocking items first, or pass --force to draft anyway.',
    note: (text) => `Note: ${text}`,
    warning: (text) => `warning: ${text}`,
    noClauses: 'no clauses found',
    language: (code) => `language: ${code}`,
    canEndForConvenience: (yes, forCauseOnly) => `can end it for convenience: ${yes ? 'yes' : 'no'}${forCauseOnly ? ' (for cause only)' : ''}`,
    notice: (count) => `notice: ${count === undefined ? 'not stated' : days(count, 'day', 'days')}`,
    terminationFee: (fee, withoutAmount) => `termination fee: ${fee ?? (withoutAmount ? 'amount not stated' : 'none found')}`,
    afterTheEnd: (items) => `after the end: ${items.length ? items.map((i) => i.en).join(', ') : 'nothing found'}`,
    daysValue: (count) => days(count, 'day', 'days'),
    daysNoticeValue: (count) => `${days(count, 'day', 'days')} notice`,
    party: { either: 'either party', provider: 'the provider', client: 'the client' },
    notAJsonObject: 'not a JSON object',
    noTextField: 'no "text" field with the document\'s text',
    namesNoContract: (id) => `${id} names no contract in clients.yaml`,
    contractRefused: (path) => `${path} was not read: it is outside the workspace folder or too large`,
    contractUnreadable: (path, problem) => `${path} could not be read (${problem})`,
    contractMissing: (path) => `cannot read ${path}: no such file or folder`,
    restingOnEmails: (count) => `, resting on ${count === 1 ? 'an email' : `${count} emails`}, not a signed contract`,
    deliverablesHeading: (owed) => `deliverables (${owed} still owed):`,
    noDeliverables: 'none in clients.yaml',
    deliverableState: (owed) => (owed ? 'owed' : 'done'),
    deliverableStatus: { 'not-started': 'not started', 'in-progress': 'in progress', delivered: 'delivered', cancelled: 'cancelled' },
    due: (date) => `due ${date}`,
    paid: 'paid',
    invoice: (number) => `invoice ${number}`,
    atLine: (line, path) => `${path ? `${path} ` : ''}line ${line}`,
    emailFrom: (from, date) => ` (email from ${from}${date ? `, ${date}` : ''})`,
    inDecodedWords: ' of its decoded words',
    byRef: ' (by ref)',
    alsoPromises: (titles) => ` (also ${titles.join(', ')})`,
    ambiguous: (places) => `ambiguous: ${places.join('; ')}; add a ref to name one`,
    owedMark: (titles) => `  ← owed: ${titles.join(', ')}`,
    needsValue: (option) => `${option} needs a value`,
    goesWithPolish: (option) => `${option} goes with --polish`,
    redactOrNot: 'choose one of --redact and --no-redact',
    baseUrlLike: (example) => `--base-url needs an http or https URL, such as ${example}`,
    baseUrlNot: (protocol) => `--base-url needs an http or https URL, not ${protocol}`,
    timeoutRange: (max) => `--timeout needs a number of seconds between 1 and ${max}`,
    unknownOption: (option) => `unknown option '${option}'`,
    mapPairs: (part) => `--map: expected field=Header pairs separated by commas, not '${part}'`,
    todayDate: (value) => `--today needs a real date as YYYY-MM-DD, not '${value}'`,
    oneOf: (option, choices, value) => `${option} must be ${choices.join(' or ')}, not '${value}'`,
    workspaceNeedsFolder: '--workspace needs a folder',
    langNeedsValue: (choices) => `--lang needs ${choices.join(' or ')}`,
    unexpectedArgument: (argument) => `unexpected argument '${argument}'`,
    whatToImport: (kinds) => `say what to import: ${kinds.join(', ')}`,
    cannotImport: (kind, kinds) => `cannot import '${kind}'; choose ${kinds.join(', ')}`,
    importNeedsFile: (kind) => `import ${kind} needs a file to read`,
    noSuchSource: (path) => `no such file or folder: ${path}`,
    noSuchWorkspace: (path) => `--workspace ${path}: there is no such folder`,
    nameFileToLint: 'name the file to lint',
    whatToDraft: (kinds) => `say what to draft: ${kinds.join(', ')}`,
    cannotDraft: (kind, kinds) => `cannot draft '${kind}'; choose ${kinds.join(', ')}`,
    nameDraftToPolish: 'name the draft file to polish',
    jsonlAlone: '--jsonl takes one labelled file and nothing else',
    clientWithoutFile: '--client scans the contract clients.yaml names; name no file with it',
    nameContractFile: 'name at least one contract file',
    cannotRead: (path, why) => `cannot read ${path}${why ? `: ${why}` : ''}`,
    fileTrouble: (code) =>
      ({ ENOENT: 'there is no such file', EISDIR: 'it is a folder, not a file', EACCES: 'permission denied', EPERM: 'permission denied', notAFile: 'it is not a regular file (a pipe or a device)' })[code] ?? code,
    notACsvFile: (path) => `${path} is not a file: give the .csv export to read`,
    notText: 'it does not look like text (binary content)',
    importNoClients: (folder) => `clean-break import: no clients.yaml in ${folder}; pass --workspace DIR`,
    moreImportProblems: (count) => `… and ${count} more problems`,
    nothingWasWritten: 'Nothing was written.',
    alreadyImported: (count) => `${count} already imported, left as they are`,
    notAttributed: (byAddress) =>
      `Not attributed to any client (${byAddress ? "a client's contact.email names the address, or another address at the same domain" : "add the name to a client's aliases in clients.yaml"}, then import again):`,
    diffBefore: 'now',
    diffAfter: 'after the import',
    moreCharacters: (count) => `(${count} more characters)`,
    nothingToChange: 'Nothing to change in clients.yaml.',
    notWrittenWithoutWrite: 'Nothing written: run again with --write to apply these changes.',
    clientsUpdated: 'clients.yaml updated.',
  },
  it: {
    usage: 'Uso: clean-break <comando> [opzioni]',
    usageOf: (line) => `Uso: ${line}`,
    about: 'Chiudi bene un rapporto con un cliente. Non viene mai inviato nulla: le bozze vengono stampate, le leggi e le invii tu.',
    commands: 'Comandi:',
    globalOptions: 'Opzioni globali:',
    workspaceOption: 'la cartella che contiene clients.yaml (predefinita: la cartella corrente)',
    langOption: 'la lingua di questi messaggi (predefinita: da LC_ALL, LC_MESSAGES o LANG); le bozze seguono il cliente',
    helpOption: "mostra l'aiuto (anche: clean-break <comando> --help)",
    versionOption: 'stampa la versione',
    exitCodes: 'Codici di uscita: 0 tutto bene, 1 problemi trovati, 2 errore di utilizzo, 3 una rifinitura richiesta non è riuscita.',
    summaries: {
      check: 'controlla clients.yaml ed elenca ogni cliente con quanto deve e quanto costa',
      scan: 'trova cosa dicono i contratti sulla loro cessazione',
      readiness: 'controlla di essere pronto a chiudere un rapporto con un cliente',
      draft: "scrivi la bozza di un'email di cessazione, di una nota di segnalazione o di una richiesta di incontro",
      lint: 'controlla tono e brevità di una bozza',
      polish: 'rifinisci con un modello linguistico una bozza che hai modificato, sotto il controllo dei fatti',
      import: 'riempi clients.yaml da un export del time tracker, un elenco di fatture o una casella di posta (mostra le differenze; --write le applica)',
    },
    unknownCommand: (name) => `clean-break: comando sconosciuto '${name}'. Prova: clean-break --help`,
    noClientsFile: (folder) => `nessun clients.yaml in ${folder}: creane uno lì (il README descrive il formato) o indica --workspace CARTELLA`,
    clientRequired: 'serve --client ID',
    noSuchClient: (id, ids) => `nessun cliente '${id}' in clients.yaml (clienti: ${ids || 'nessuno'})`,
    clientHasErrors: (id) => `la voce del cliente '${id}' in clients.yaml ha degli errori (qui sopra): correggili, poi riprova`,
    clientsFileUnreadable: 'da clients.yaml non si è potuto leggere nessun cliente (vedi sopra): correggilo, poi riprova',
    outstanding: (amount) => `da incassare ${amount}`,
    costly: 'costoso',
    ended: (on) => `chiuso il ${on}`,
    decidedCoolingOffOver: (count) => `deciso ${days(count, 'giorno', 'giorni')} fa, riflessione finita`,
    coolingOffDay: (day, of) => `riflessione: giorno ${day} di ${of}`,
    notReady: (blocking, toReview) => `Non ancora pronto: ${blocking} ${blocking === 1 ? 'punto bloccante' : 'punti bloccanti'}, ${toReview} da rivedere.`,
    readyWith: (toReview) => `Pronto, con ${toReview} da rivedere.`,
    ready: 'Pronto.',
    readinessHeading: 'Prontezza:',
    notReadyToDraft: 'clean-break draft: non ancora pronto; risolvi prima i punti bloccanti, o usa --force per scrivere comunque la bozza.',
    note: (text) => `Nota: ${text}`,
    warning: (text) => `avviso: ${text}`,
    noClauses: 'nessuna clausola trovata',
    language: (code) => `lingua: ${code}`,
    canEndForConvenience: (yes, forCauseOnly) => `puoi recedere senza giusta causa: ${yes ? 'sì' : 'no'}${forCauseOnly ? ' (solo per giusta causa)' : ''}`,
    notice: (count) => `preavviso: ${count === undefined ? 'non indicato' : days(count, 'giorno', 'giorni')}`,
    terminationFee: (fee, withoutAmount) => `penale di recesso: ${fee ?? (withoutAmount ? 'importo non indicato' : 'nessuna trovata')}`,
    afterTheEnd: (items) => `dopo la cessazione: ${items.length ? items.map((i) => i.it).join(', ') : 'nulla trovato'}`,
    daysValue: (count) => days(count, 'giorno', 'giorni'),
    daysNoticeValue: (count) => `preavviso di ${days(count, 'giorno', 'giorni')}`,
    party: { either: 'entrambe le parti', provider: 'il fornitore', client: 'il cliente' },
    notAJsonObject: 'non è un oggetto JSON',
    noTextField: 'manca il campo "text" con il testo del documento',
    namesNoContract: (id) => `${id} non indica alcun contratto in clients.yaml`,
    contractRefused: (path) => `${path} non è stato letto: è fuori dalla cartella di lavoro o è troppo grande`,
    contractUnreadable: (path, problem) => `${path} non si può leggere (${problem})`,
    contractMissing: (path) => `impossibile leggere ${path}: file o cartella inesistente`,
    restingOnEmails: (count) => `, basato su ${count === 1 ? "un'email" : `${count} email`}, non su un contratto firmato`,
    deliverablesHeading: (owed) => `consegne (${owed} ancora ${owed === 1 ? 'dovuta' : 'dovute'}):`,
    noDeliverables: 'nessuna in clients.yaml',
    deliverableState: (owed) => (owed ? 'dovuta' : 'fatta'),
    deliverableStatus: { 'not-started': 'da iniziare', 'in-progress': 'in corso', delivered: 'consegnata', cancelled: 'annullata' },
    due: (date) => `scadenza ${date}`,
    paid: 'pagata',
    invoice: (number) => `fattura ${number}`,
    atLine: (line, path) => `${path ? `${path} ` : ''}riga ${line}`,
    emailFrom: (from, date) => ` (email di ${from}${date ? `, ${date}` : ''})`,
    inDecodedWords: ' del testo decodificato',
    byRef: ' (dal ref)',
    alsoPromises: (titles) => ` (anche ${titles.join(', ')})`,
    ambiguous: (places) => `ambigua: ${places.join('; ')}; aggiungi un ref per indicarne una`,
    owedMark: (titles) => `  ← dovuta: ${titles.join(', ')}`,
    needsValue: (option) => `${option} richiede un valore`,
    goesWithPolish: (option) => `${option} va usato con --polish`,
    redactOrNot: 'scegli tra --redact e --no-redact',
    baseUrlLike: (example) => `--base-url richiede un URL http o https, come ${example}`,
    baseUrlNot: (protocol) => `--base-url richiede un URL http o https, non ${protocol}`,
    timeoutRange: (max) => `--timeout richiede un numero di secondi tra 1 e ${max}`,
    unknownOption: (option) => `opzione sconosciuta '${option}'`,
    mapPairs: (part) => `--map: servono coppie campo=Intestazione separate da virgole, non '${part}'`,
    todayDate: (value) => `--today richiede una data vera nella forma YYYY-MM-DD, non '${value}'`,
    oneOf: (option, choices, value) => `${option} deve essere ${choices.join(' o ')}, non '${value}'`,
    workspaceNeedsFolder: '--workspace richiede una cartella',
    langNeedsValue: (choices) => `--lang richiede ${choices.join(' o ')}`,
    unexpectedArgument: (argument) => `argomento inatteso '${argument}'`,
    whatToImport: (kinds) => `indica cosa importare: ${kinds.join(', ')}`,
    cannotImport: (kind, kinds) => `non posso importare '${kind}'; scegli tra ${kinds.join(', ')}`,
    importNeedsFile: (kind) => `import ${kind} richiede un file da leggere`,
    noSuchSource: (path) => `file o cartella inesistente: ${path}`,
    noSuchWorkspace: (path) => `--workspace ${path}: questa cartella non esiste`,
    nameFileToLint: 'indica il file da controllare',
    whatToDraft: (kinds) => `indica quale bozza scrivere: ${kinds.join(', ')}`,
    cannotDraft: (kind, kinds) => `non so scrivere la bozza '${kind}'; scegli tra ${kinds.join(', ')}`,
    nameDraftToPolish: 'indica il file della bozza da rifinire',
    jsonlAlone: "--jsonl vuole un solo file etichettato e nient'altro",
    clientWithoutFile: '--client legge il contratto indicato in clients.yaml; non indicare altri file',
    nameContractFile: 'indica almeno un file di contratto',
    cannotRead: (path, why) => `impossibile leggere ${path}${why ? `: ${why}` : ''}`,
    fileTrouble: (code) =>
      ({ ENOENT: 'il file non esiste', EISDIR: 'è una cartella, non un file', EACCES: 'permesso negato', EPERM: 'permesso negato', notAFile: 'non è un file normale (una pipe o un dispositivo)' })[code] ?? code,
    notACsvFile: (path) => `${path} non è un file: indica l'export .csv da leggere`,
    notText: 'non sembra testo (contenuto binario)',
    importNoClients: (folder) => `clean-break import: nessun clients.yaml in ${folder}; indica --workspace CARTELLA`,
    moreImportProblems: (count) => `… e altri ${count} problemi`,
    nothingWasWritten: 'Non è stato scritto nulla.',
    alreadyImported: (count) => (count === 1 ? "1 elemento già importato, lasciato com'è" : `${count} elementi già importati, lasciati come sono`),
    notAttributed: (byAddress) =>
      `Non attribuiti ad alcun cliente (${byAddress ? "indica l'indirizzo, o un altro dello stesso dominio, nel contact.email di un cliente" : 'aggiungi il nome agli aliases di un cliente in clients.yaml'}, poi importa di nuovo):`,
    diffBefore: 'ora',
    diffAfter: "dopo l'importazione",
    moreCharacters: (count) => `(altri ${count} caratteri)`,
    nothingToChange: 'Niente da cambiare in clients.yaml.',
    notWrittenWithoutWrite: 'Non è stato scritto nulla: esegui di nuovo con --write per applicare queste modifiche.',
    clientsUpdated: 'clients.yaml aggiornato.',
  },
};
