// The command line's own words, in the user's language (--lang, else LC_ALL, LC_MESSAGES or LANG). Readiness
// reasons and lint messages come from the core's tables; drafts speak the client's language.
import type { Language } from '../core/clients/schema';

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
  terminationFee(fee: string | undefined): string;
  afterTheEnd(items: readonly string[]): string;
  daysValue(days: number): string;
  daysNoticeValue(days: number): string;
  // files
  cannotRead(path: string, why?: string): string;
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
    terminationFee: (fee) => `termination fee: ${fee ?? 'none found'}`,
    afterTheEnd: (items) => `after the end: ${items.length ? items.join(', ') : 'nothing found'}`,
    daysValue: (count) => days(count, 'day', 'days'),
    daysNoticeValue: (count) => `${days(count, 'day', 'days')} notice`,
    cannotRead: (path, why) => `cannot read ${path}${why ? `: ${why}` : ''}`,
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
    outstanding: (amount) => `da incassare ${amount}`,
    costly: 'costoso',
    ended: (on) => `chiuso il ${on}`,
    decidedCoolingOffOver: (count) => `deciso ${days(count, 'giorno', 'giorni')} fa, riflessione finita`,
    coolingOffDay: (day, of) => `riflessione: giorno ${day} di ${of}`,
    notReady: (blocking, toReview) => `Non ancora pronto: ${blocking} bloccanti, ${toReview} da rivedere.`,
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
    terminationFee: (fee) => `penale di recesso: ${fee ?? 'nessuna trovata'}`,
    afterTheEnd: (items) => `dopo la cessazione: ${items.length ? items.join(', ') : 'nulla trovato'}`,
    daysValue: (count) => days(count, 'giorno', 'giorni'),
    daysNoticeValue: (count) => `preavviso di ${days(count, 'giorno', 'giorni')}`,
    cannotRead: (path, why) => `impossibile leggere ${path}${why ? `: ${why}` : ''}`,
  },
};
