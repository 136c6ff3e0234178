// Why a polish was not used, worded in both languages the product speaks. Every rejection the user sees comes from here.
import type { Language } from '../clients/schema';
import type { Language as DetectedLanguage } from '../language';
import type { Localized } from '../lint/types';
import type { Fact, FactKind } from './facts';

export type PolishReasonCode =
  | 'cancelled'
  | 'subject'
  | 'language'
  | 'too-long'
  | 'placeholder'
  | 'dropped-fact'
  | 'added-fact'
  | 'moved-fact'
  | 'tone'
  | 'no-key'
  | 'auth'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'timeout'
  | 'connection'
  | 'malformed'
  | 'incomplete'
  | 'empty'
  /** No model to ask: thrown by the VS Code provider when vscode.lm offers none. */
  | 'unavailable'
  | 'failed';

export interface PolishReason {
  code: PolishReasonCode;
  messages: Localized;
}

const reason = (code: PolishReasonCode, en: string, it: string): PolishReason => ({ code, messages: { en, it } });

const count = (n: number, language: Language) => new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB').format(n);

/** Server messages can be long or odd; one short line is enough to tell the user what happened. */
function brief(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

// How a fact is named: with the definite article when it was dropped, the indefinite one when it was added.
const FACT_NAMES: Record<FactKind | NonNullable<Fact['role']>, { the: Localized; a: Localized }> = {
  name: { the: { en: 'the name', it: 'il nome' }, a: { en: 'a name', it: 'un nome' } },
  date: { the: { en: 'the date', it: 'la data' }, a: { en: 'a date', it: 'una data' } },
  'end-date': { the: { en: 'the end date', it: 'la data di fine' }, a: { en: 'an end date', it: 'una data di fine' } },
  amount: { the: { en: 'the amount', it: "l'importo" }, a: { en: 'an amount', it: 'un importo' } },
  period: { the: { en: 'the period', it: 'il periodo' }, a: { en: 'a period', it: 'un periodo' } },
  notice: { the: { en: 'the notice period', it: 'il preavviso' }, a: { en: 'a notice period', it: 'un preavviso' } },
  email: { the: { en: 'the email address', it: "l'indirizzo email" }, a: { en: 'an email address', it: 'un indirizzo email' } },
  phone: { the: { en: 'the phone number', it: 'il numero di telefono' }, a: { en: 'a phone number', it: 'un numero di telefono' } },
  invoice: { the: { en: 'the invoice number', it: 'il numero di fattura' }, a: { en: 'an invoice number', it: 'un numero di fattura' } },
  vague: { the: { en: 'the vague time', it: "l'indicazione di tempo vaga" }, a: { en: 'a vague time', it: "un'indicazione di tempo vaga" } },
  iban: { the: { en: 'the IBAN', it: "l'IBAN" }, a: { en: 'an IBAN', it: 'un IBAN' } },
  vat: { the: { en: 'the VAT number', it: 'la partita IVA' }, a: { en: 'a VAT number', it: 'una partita IVA' } },
  taxcode: { the: { en: 'the tax code', it: 'il codice fiscale' }, a: { en: 'a tax code', it: 'un codice fiscale' } },
  url: { the: { en: 'the web address', it: "l'indirizzo web" }, a: { en: 'a web address', it: 'un indirizzo web' } },
  address: { the: { en: 'the address', it: "l'indirizzo" }, a: { en: 'an address', it: 'un indirizzo' } },
  postcode: { the: { en: 'the postcode', it: 'il CAP' }, a: { en: 'a postcode', it: 'un CAP' } },
  number: { the: { en: 'the number', it: 'il numero' }, a: { en: 'a number', it: 'un numero' } },
};

/** A sentence of the draft or the polish, short enough to quote in a message. */
function quote(sentence: string): string {
  const line = sentence.replace(/\s+/g, ' ').trim();
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}

/** What a reason needs to know of a fact. */
type NamedFact = Pick<Fact, 'kind' | 'role' | 'text'>;

const factName = (fact: NamedFact) => FACT_NAMES[fact.role ?? fact.kind];

const LANGUAGE_NAMES: Record<DetectedLanguage, Localized> = {
  en: { en: 'English', it: 'inglese' },
  it: { en: 'Italian', it: 'italiano' },
  other: { en: 'another language', it: "un'altra lingua" },
};

const inLanguage = (language: DetectedLanguage, words: Language) => LANGUAGE_NAMES[language][words];

export const reasons = {
  cancelled: () => reason('cancelled', 'cancelled', 'annullato'),

  subjectLost: (label: string) =>
    reason('subject', `the polished text lost the subject line "${label}: …"`, `il testo rifinito ha perso la riga "${label}: …"`),

  wrongLanguage: (polished: DetectedLanguage, draft: DetectedLanguage) =>
    reason(
      'language',
      `the polished text is in ${inLanguage(polished, 'en')}; the draft is in ${inLanguage(draft, 'en')}`,
      `il testo rifinito è in ${inLanguage(polished, 'it')}; la bozza è in ${inLanguage(draft, 'it')}`,
    ),

  tooLong: (words: number, limit: number) =>
    reason(
      'too-long',
      `the polished text is ${count(words, 'en')} words; the limit is ${count(limit, 'en')}`,
      `il testo rifinito ha ${count(words, 'it')} parole; il limite è ${count(limit, 'it')}`,
    ),

  placeholderLost: (placeholder: string) =>
    reason('placeholder', `a placeholder ${placeholder} was lost`, `un segnaposto ${placeholder} è andato perso`),

  placeholderAltered: (found: string) =>
    reason('placeholder', `a placeholder was altered: ${found}`, `un segnaposto è stato alterato: ${found}`),

  placeholderUnknown: (placeholder: string) =>
    reason(
      'placeholder',
      `the polished text has a placeholder ${placeholder} that the draft does not have`,
      `il testo rifinito contiene un segnaposto ${placeholder} che la bozza non ha`,
    ),

  placeholderRepeated: (placeholder: string, found: number, sent: number) =>
    reason(
      'placeholder',
      `the placeholder ${placeholder} appears ${found} times; the draft has it ${sent === 1 ? 'once' : `${sent} times`}`,
      `il segnaposto ${placeholder} compare ${found} volte; nella bozza compare ${sent === 1 ? 'una volta' : `${sent} volte`}`,
    ),

  droppedFact: (fact: NamedFact) =>
    reason(
      'dropped-fact',
      `the polished text dropped ${factName(fact).the.en} ${fact.text}`,
      `il testo rifinito ha tolto ${factName(fact).the.it} ${fact.text}`,
    ),

  addedFact: (fact: NamedFact) =>
    reason(
      'added-fact',
      `the polished text added ${factName(fact).a.en} ${fact.text} that the draft does not contain`,
      `il testo rifinito ha aggiunto ${factName(fact).a.it} ${fact.text} che la bozza non contiene`,
    ),

  movedFact: (fact: NamedFact, sentence: string) =>
    reason(
      'moved-fact',
      `the polished text moved ${factName(fact).the.en} ${fact.text} away from ${quote(sentence)}`,
      `il testo rifinito ha spostato ${factName(fact).the.it} ${fact.text} da ${quote(sentence)}`,
    ),

  misplacedFact: (fact: NamedFact, sentence: string) =>
    reason(
      'moved-fact',
      `the polished text put ${factName(fact).the.en} ${fact.text} in ${quote(sentence)}, where the draft does not have it`,
      `il testo rifinito ha messo ${factName(fact).the.it} ${fact.text} in ${quote(sentence)}, dove la bozza non lo dice`,
    ),

  newToneProblem: (finding: Localized) =>
    reason(
      'tone',
      `the tone check found something new in the polished text: ${finding.en}`,
      `il controllo del tono ha trovato un problema nuovo nel testo rifinito: ${finding.it}`,
    ),

  noKey: (host: string, hint: Localized) =>
    reason('no-key', `no API key for ${host}; nothing was sent — ${hint.en}`, `manca la chiave API per ${host}; non è stato inviato nulla — ${hint.it}`),

  refusedKey: (hint: Localized) =>
    reason('auth', `the endpoint refused the API key (401) — ${hint.en}`, `l'endpoint ha rifiutato la chiave API (401) — ${hint.it}`),

  notFound: (model: string, baseUrl: string) =>
    reason(
      'not-found',
      `the endpoint has no model "${model}", or no Chat Completions API at ${baseUrl} (404)`,
      `l'endpoint non ha il modello "${model}", o non offre Chat Completions su ${baseUrl} (404)`,
    ),

  stillRateLimited: (retries: number) =>
    reason(
      'rate-limited',
      `the endpoint is still rate limiting (429) after ${retries} retries; try again later`,
      `l'endpoint limita ancora le richieste (429) dopo ${retries} tentativi; riprova più tardi`,
    ),

  rateLimitedFor: (seconds: number) =>
    reason(
      'rate-limited',
      `the endpoint is rate limiting (429) and asks to wait ${seconds} s; try again later`,
      `l'endpoint limita le richieste (429) e chiede di attendere ${seconds} s; riprova più tardi`,
    ),

  serverFailed: (status: number, attempts: number, message: string) =>
    reason(
      'server',
      `the endpoint failed with ${status} on ${attempts} attempts: ${brief(message)}`,
      `l'endpoint ha risposto ${status} a ${attempts} tentativi: ${brief(message)}`,
    ),

  endpointError: (status: number | undefined, message: string) =>
    reason(
      'http',
      `the endpoint answered with an error${status ? ` (${status})` : ''}: ${brief(message)}`,
      `l'endpoint ha risposto con un errore${status ? ` (${status})` : ''}: ${brief(message)}`,
    ),

  timeout: (seconds: number) => reason('timeout', `no reply within ${seconds} s`, `nessuna risposta entro ${seconds} s`),

  connection: (url: string, detail: Localized) =>
    reason('connection', `could not connect to ${url}: ${detail.en}`, `impossibile collegarsi a ${url}: ${detail.it}`),

  malformed: (detail: string) =>
    reason('malformed', `the endpoint sent a malformed stream: ${brief(detail)}`, `l'endpoint ha inviato uno stream malformato: ${brief(detail)}`),

  incomplete: (detail: Localized) =>
    reason('incomplete', `the reply stopped before it was complete (${detail.en})`, `la risposta si è interrotta prima della fine (${detail.it})`),

  empty: () => reason('empty', 'the model returned an empty reply', 'il modello ha restituito una risposta vuota'),

  notAStream: () =>
    reason(
      'malformed',
      'the endpoint answered with no chat completion stream: is the base URL an OpenAI-compatible /v1 endpoint?',
      "l'endpoint non ha risposto con uno stream di chat completion: l'URL di base è un endpoint /v1 compatibile con OpenAI?",
    ),

  failed: (message: string) => reason('failed', `the polish failed: ${brief(message)}`, `la rifinitura non è riuscita: ${brief(message)}`),
};
