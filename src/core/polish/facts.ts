// The facts a polish must keep: names, dates, amounts, periods, invoice numbers, email addresses, phone numbers and
// other identifiers, found in a draft, in figures or in words, and normalised so that two ways of writing one fact
// compare equal: "€1,200.00" and "1.200,00 €", "15 January 2027" and "15 gennaio 2027" and "2027-01-15". Vague times
// ("next week", "a fine mese") are facts too, so that a polish cannot put one where a date was.
import { splitSubject } from '../drafting/subject';
import { findIdentifiers, type IdentifierKind } from './identifiers';
import { DAY_WORD, DAY_WORDS, ENGLISH_NUMBER, ITALIAN_NUMBER, parseNumberWords } from './numberWords';

export type FactKind = 'name' | 'date' | 'amount' | 'period' | 'email' | 'phone' | 'invoice' | 'vague' | IdentifierKind;

export interface Fact {
  kind: FactKind;
  /** As written in the text. */
  text: string;
  /** The normalised value: facts with equal keys are the same fact. */
  key: string;
  start: number;
  end: number;
  /** What the fact is, when the caller said so: the end date, the notice period. */
  role?: 'end-date' | 'notice';
  /** A guess (a lone capitalised word): redacted, but left to unknownNames by the guard. */
  redactOnly?: boolean;
}

/** What the caller knows about the draft, from the data it was made from. */
export interface KnownFacts {
  /** The people and businesses it names: recipient, freelancer, business, referred colleague. Found in any case. */
  names?: readonly string[];
  /** Single words of those names, such as a first name ("Dear Mario"): found capitalised or in capitals. */
  nameParts?: readonly string[];
  /** The client's invoice numbers. */
  invoices?: readonly string[];
  /** YYYY-MM-DD */
  endDate?: string;
  noticeDays?: number;
}

export type Found = Omit<Fact, 'role'>;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12, gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
  settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// Letters and digits on either side mean the match is part of a longer word or number.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const DATE_PATTERNS: { regex: RegExp; parts: (m: RegExpMatchArray) => [day: string, month: string, year?: string] }[] = [
  { regex: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu, parts: (m) => [m[3], m[2], m[1]] },
  {
    regex: new RegExp(`${START}(\\d{1,2})(?:st|nd|rd|th|°|º)?(?:\\s+of)?\\s+(${MONTH})\\.?(?:,?\\s+(\\d{4}))?${END}`, 'giu'),
    parts: (m) => [m[1], m[2], m[3]],
  },
  {
    regex: new RegExp(`${START}(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${END}`, 'giu'),
    parts: (m) => [m[2], m[1], m[3]],
  },
  // A full stop after the year ends the sentence ("… on 16/01/2027."); only a digit after it makes a longer number.
  { regex: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/]|[.]\d)/gu, parts: (m) => [m[1], m[2], m[3]] },
  // Written out, last, so that "due" in "due January 15" stays an English word.
  {
    regex: new RegExp(`${START}(?:the\\s+)?(${DAY_WORD})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?${END}`, 'giu'),
    parts: (m) => [m[1], m[2], m[3]],
  },
  {
    regex: new RegExp(`${START}(${MONTH})\\s+(?:the\\s+)?(${DAY_WORD})(?:,?\\s+(\\d{4}))?${END}`, 'giu'),
    parts: (m) => [m[2], m[1], m[3]],
  },
];

function findDates(text: string): Found[] {
  const found: Found[] = [];
  for (const { regex, parts } of DATE_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const [dayText, monthText, year] = parts(m);
      // "may" is a verb far more often than a month, unless written as one.
      if (monthText === 'may' && !/^\d/.test(dayText)) continue;
      let day = DAY_WORDS.get(dayText.toLowerCase().replace(/[\s-]+/g, ' ')) ?? Number(dayText);
      let month = MONTHS[monthText.toLowerCase()] ?? Number(monthText);
      // Numeric dates are day first in both languages, unless that cannot be (01/15/2027).
      if (month > 12 && day <= 12 && /^\d+$/.test(monthText)) [day, month] = [month, day];
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const iso = `${year ?? '-'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      found.push({ kind: 'date', text: m[0], key: `date:${iso}`, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const NUMBER = '\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const SYMBOL = '€|\\$|£';
const CODE = 'EUR|USD|GBP|CHF|euros?|dollars?|pounds?|sterline';
const GAP = '[\\u00a0\\u202f ]?';
const IN_WORDS = `${ENGLISH_NUMBER}|${ITALIAN_NUMBER}`;
const AMOUNT_PATTERNS = [
  new RegExp(`(?:(${SYMBOL})|${START}(EUR|USD|GBP|CHF))${GAP}(${NUMBER})(?![\\d])`, 'giu'),
  new RegExp(`(?<![\\d.,])(${NUMBER})${GAP}(?:(${SYMBOL})|(${CODE})${END})`, 'giu'),
  new RegExp(`${START}(${IN_WORDS})\\s+()(${CODE})${END}`, 'giu'),
];

const CURRENCIES: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', sterline: 'GBP', chf: 'CHF',
};

/** "1,200.00", "1.200,00", "1 200" and "1200" are all 1200: the last separator is decimal unless three digits follow it. */
export function parseAmountNumber(written: string): number {
  const digits = written.replace(/[\u00a0\u202f ]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimal = -1;
  if (lastDot >= 0 && lastComma >= 0) decimal = Math.max(lastDot, lastComma);
  else {
    const separator = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = digits.indexOf(separator) === at;
    if (at >= 0 && single && digits.length - at - 1 !== 3) decimal = at;
  }
  const whole = (decimal < 0 ? digits : digits.slice(0, decimal)).replace(/[.,]/g, '');
  const fraction = decimal < 0 ? '' : digits.slice(decimal + 1);
  return Number(`${whole}.${fraction || '0'}`);
}

/** A number in figures or in words ("two thousand", "duemila"); undefined when the words are not a number. */
const valueOf = (written: string) => (/\d/.test(written) ? parseAmountNumber(written) : parseNumberWords(written));

function findAmounts(text: string): Found[] {
  const found: Found[] = [];
  for (const [index, regex] of AMOUNT_PATTERNS.entries()) {
    for (const m of text.matchAll(regex)) {
      const [number, currency] = index === 0 ? [m[3], m[1] ?? m[2]] : [m[1], m[2] || m[3]];
      const value = valueOf(number);
      if (value === undefined) continue;
      const code = CURRENCIES[currency.toLowerCase()];
      found.push({ kind: 'amount', text: m[0], key: `amount:${code}:${Math.round(value * 100)}`, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const PERIOD_UNITS: Record<string, string> = {
  day: 'day', days: 'day', giorno: 'day', giorni: 'day', week: 'week', weeks: 'week', settimana: 'week',
  settimane: 'week', month: 'month', months: 'month', mese: 'month', mesi: 'month',
};
// "a month", "one week", "un mese" are periods of one; "un"/"una" alone are not numbers elsewhere.
const COUNT = `\\d{1,3}|${IN_WORDS}|an?|un[ao]?`;
const PERIOD_PATTERNS = [
  new RegExp(`${START}(${COUNT})(?:\\s*-\\s*|\\s+)(?:(calendar|business|working)\\s+)?(days?|weeks?|months?)${END}`, 'giu'),
  new RegExp(`${START}(${COUNT})\\s+(giorn[oi]|settiman[ae]|mes[ei])(?:\\s+(lavorativi|di calendario))?${END}`, 'giu'),
];

function findPeriods(text: string): Found[] {
  const found: Found[] = [];
  for (const [index, regex] of PERIOD_PATTERNS.entries()) {
    for (const m of text.matchAll(regex)) {
      const [unit, qualifier] = index === 0 ? [m[3], m[2]] : [m[2], m[3]];
      const count = /^(?:an?|un[ao]?)$/i.test(m[1]) ? 1 : /\d/.test(m[1]) ? Number(m[1]) : parseNumberWords(m[1]);
      if (count === undefined) continue;
      const working = /business|working|lavorativi/i.test(qualifier ?? '') ? ' working' : '';
      const key = `period:${count} ${PERIOD_UNITS[unit.toLowerCase()]}${working}`;
      found.push({ kind: 'period', text: m[0], key, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

// Times without a date: where the draft has a date, one of these in its place is a fact rewritten vaguely.
const VAGUE_TIMES = [
  '(?:at\\s+)?the\\s+end\\s+of\\s+(?:the|this|next)\\s+(?:week|month|year)',
  '(?:by\\s+|at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:week|month|year)',
  'next\\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday)',
  '(?:later\\s+)?this\\s+(?:week|month|year)',
  '(?:in\\s+)?a\\s+few\\s+(?:days|weeks|months)',
  '(?:in\\s+)?(?:the\\s+)?(?:coming|next\\s+few)\\s+(?:days|weeks|months)',
  'shortly', 'soon', 'tomorrow', 'in\\s+due\\s+course', 'as\\s+soon\\s+as\\s+possible',
  '(?:la\\s+)?(?:prossima\\s+settimana|settimana\\s+prossima)', '(?:il\\s+)?(?:prossimo\\s+mese|mese\\s+prossimo)',
  "(?:(?:entro\\s+|alla\\s+|a\\s+)?(?:la\\s+)?fine\\s+(?:del(?:la)?\\s+)?(?:mese|settimana|anno)(?:\\s+prossim[oa])?)",
  'fine\\s+mese', '(?:tra|fra)\\s+(?:qualche|pochi|alcuni)\\s+(?:giorni|settimane|mesi)', 'a\\s+breve',
  'quanto\\s+prima', 'presto', 'domani', 'prossimamente', 'nei\\s+prossimi\\s+(?:giorni|mesi)', 'nelle\\s+prossime\\s+settimane',
];
const VAGUE = new RegExp(`${START}(?:${VAGUE_TIMES.join('|')})${END}`, 'giu');

function findVagueTimes(text: string): Found[] {
  return [...text.matchAll(VAGUE)].map((m) => ({
    kind: 'vague' as const, text: m[0], key: `vague:${m[0].toLowerCase().replace(/\s+/g, ' ')}`, start: m.index, end: m.index + m[0].length,
  }));
}

// An invoice number after the word invoice/fattura, or a code such as INV-2026-014.
const INVOICE_AFTER_WORD = /(?<![\p{L}\p{N}])(?:invoices?|fatture|fattura|inv\.|ft\.)\s*(?:(?:n[or]?|num(?:ber|ero)?)\.?\s*|#\s*)?([\p{L}\p{N}][\p{L}\p{N}/-]*\d[\p{L}\p{N}/-]*)/giu;
const INVOICE_CODE = /(?<![\p{L}\p{N}-])\p{Lu}{2,5}[-/]\d[\p{L}\p{N}/-]*(?<![-/])(?![\p{L}\p{N}])/gu;
const invoiceKey = (number: string) => `invoice:${number.toUpperCase()}`;

function findInvoices(text: string, known: readonly string[]): Found[] {
  const found: Found[] = findLiterals(text, known, 'invoice', invoiceKey);
  for (const m of text.matchAll(INVOICE_AFTER_WORD)) {
    const start = m.index + m[0].length - m[1].length;
    found.push({ kind: 'invoice', text: m[1], key: invoiceKey(m[1]), start, end: start + m[1].length });
  }
  for (const m of text.matchAll(INVOICE_CODE)) found.push({ kind: 'invoice', text: m[0], key: invoiceKey(m[0]), start: m.index, end: m.index + m[0].length });
  return found;
}

// Starts only where a run of address characters starts, so that a long run without an @ is scanned once, not once
// per character.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

function findEmails(text: string): Found[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const, text: m[0], key: `email:${m[0].toLowerCase()}`, start: m.index, end: m.index + m[0].length,
  }));
}

// At least eight digits, so that years, invoice numbers and times are not taken for phone numbers.
const PHONE = /(?<![\p{L}\p{N}\-/.+])\+?\d[\d .\-()]{6,}\d(?![\p{L}\p{N}])/gu;
const MIN_PHONE_DIGITS = 8;

function findPhones(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < MIN_PHONE_DIGITS) continue;
    const key = `phone:${m[0].startsWith('+') ? '+' : ''}${digits}`;
    found.push({ kind: 'phone', text: m[0], key, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

const nameKey = (name: string) => `name:${name.toLowerCase().replace(/\s+/g, ' ')}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each of `literals` wherever it stands, in any case, longest first; the key is the literal's. */
function findLiterals(text: string, literals: readonly string[], kind: 'name' | 'invoice', key: (literal: string) => string): Found[] {
  const found: Found[] = [];
  const longestFirst = [...new Set(literals.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const literal of longestFirst) {
    // A name ending in a full stop ("S.p.A.") ends where its letters end, so the full stop may close a sentence.
    const source = escape(literal.replace(/\.$/, '')).replace(/\s+/g, '\\s+');
    for (const m of text.matchAll(new RegExp(`${START}${source}\\.?${END}`, 'giu'))) {
      found.push({ kind, text: m[0], key: key(literal), start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/** Parts of known names ("Mario", "Rossi") as written in a name: capitalised or in capitals, not the common word. */
function findNameParts(text: string, parts: readonly string[]): Found[] {
  return findLiterals(text, parts, 'name', nameKey).filter((f) => /^\p{Lu}/u.test(f.text) && (f.text.slice(1) === f.text.slice(1).toLowerCase() || f.text === f.text.toUpperCase()));
}

// Capitalised words that are not names: months and days (the date patterns cover them), titles, greetings and the
// words that begin sentences in a letter.
const NOT_NAMES = new Set([
  ...Object.keys(MONTHS),
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
]);
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'sig', 'sigg', 'sigra', 'sig.ra', 'signor', 'signora', 'dott', 'dott.ssa', 'dottssa', 'dottor', 'ing', 'avv', 'arch', 'geom', 'rag', 'spett'];
const GREETINGS = ['dear', 'hi', 'hello', 'hey', 'gentile', 'gentili', 'gentilissimo', 'gentilissima', 'caro', 'cara', 'cari', 'care', 'egregio', 'egregia', 'spettabile', 'buongiorno', 'buonasera', 'salve', 'ciao'];
const COMMON = [
  'a', 'an', 'the', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that',
  'these', 'those', 'and', 'or', 'but', 'if', 'as', 'so', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'with',
  'before', 'after', 'please', 'thank', 'thanks', 'kind', 'best', 'warm', 'regards', 'yours', 'sincerely', 'subject',
  'il', 'lo', 'la', 'le', 'gli', 'un', 'una', 'uno', 'io', 'noi', 'lei', 'voi', 'loro', 'mio', 'mia', 'nostro', 'nostra',
  'suo', 'sua', 'questo', 'questa', 'queste', 'questi', 'e', 'o', 'ma', 'se', 'in', 'per', 'con', 'di', 'da', 'del',
  'della', 'prima', 'dopo', 'grazie', 'cordiali', 'distinti', 'saluti', 'oggetto', 'la', 'vi', 'ti', 'ci', 'le',
];
const STOP_WORDS = new Set([...NOT_NAMES, ...TITLES, ...GREETINGS, ...COMMON]);
const WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*(?:['’]\p{L}+)?(?![\p{L}\p{N}])/gu;
const LEAD_IN = new RegExp(`(?:^|[^\\p{L}])(?:${[...TITLES, ...GREETINGS].map(escape).join('|')})\\.?,?\\s+$`, 'iu');

/** True where a capital letter is expected anyway: at the start of a line or after a full stop, colon or bullet. */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:;"“«(\-•*]/.test(text[i]);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Capitalised words of the body (or words in capitals) that are not common words, titles, greetings or months. */
function capitalisedWords(text: string): Word[] {
  const { bodyStart } = splitSubject(text);
  const words: Word[] = [];
  for (const m of text.slice(bodyStart).matchAll(WORD)) {
    if (m[0].length < 2 || STOP_WORDS.has(m[0].toLowerCase().replace(/\./g, ''))) continue;
    const start = bodyStart + m.index;
    words.push({ text: m[0], start, end: start + m[0].length });
  }
  return words;
}

const isCapitals = (word: string) => word === word.toUpperCase();

/**
 * Names the caller did not give: runs of two or more capitalised words ("Studio Bianchi", "MARIO ROSSI", even at the
 * start of a line), and words after a title or a greeting ("Sig. Rossi", "Dear Mario"). A lone capitalised word
 * inside a sentence is a guess: redacted, but not a fact the guard compares.
 */
function findCapitalisedNames(text: string): Found[] {
  const found: Found[] = [];
  let run: Word[] = [];
  const close = () => {
    if (run.length === 0) return;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const written = text.slice(start, end);
    const ledIn = LEAD_IN.test(text.slice(Math.max(0, start - 20), start));
    const lone = run.length === 1;
    if (!lone || ledIn || (!startsSentence(text, start) && !isCapitals(written))) {
      const guess = lone && !ledIn;
      found.push({ kind: 'name', text: written, key: nameKey(written), start, end, ...(guess ? { redactOnly: true } : {}) });
    }
    run = [];
  };
  for (const word of capitalisedWords(text)) {
    if (run.length > 0 && !/^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, word.start))) close();
    run.push(word);
  }
  close();
  return found;
}

/** Every fact of the text, in text order; where two patterns overlap the earlier kind in this list wins. */
export function extractFacts(text: string, known: KnownFacts = {}): Fact[] {
  const identifiers = findIdentifiers(text);
  const byKind = (...kinds: IdentifierKind[]) => identifiers.filter((f) => (kinds as string[]).includes(f.kind));
  const names = findCapitalisedNames(text);
  const candidates = [
    ...findEmails(text),
    ...byKind('url', 'vat', 'iban', 'taxcode'),
    ...findLiterals(text, known.names ?? [], 'name', nameKey),
    ...findInvoices(text, known.invoices ?? []),
    ...findDates(text),
    ...findAmounts(text),
    ...findPeriods(text),
    ...findVagueTimes(text),
    ...findPhones(text),
    ...byKind('address', 'postcode'),
    // A run of capitalised words outranks the part of a known name it starts with: "Giulia Neri", not "Giulia".
    ...names.filter((f) => !f.redactOnly),
    ...findNameParts(text, known.nameParts ?? []),
    ...names.filter((f) => f.redactOnly),
    ...byKind('number'),
  ];
  const kept: Fact[] = [];
  // Characters already taken by a kept fact: checking a span costs its length, not the number of facts kept.
  const taken = new Uint8Array(text.length);
  for (const fact of candidates) {
    if (taken.subarray(fact.start, fact.end).includes(1)) continue;
    taken.fill(1, fact.start, fact.end);
    const role =
      fact.key === `date:${known.endDate}` ? 'end-date' : fact.key === `period:${known.noticeDays} day` ? 'notice' : undefined;
    kept.push(role ? { ...fact, role } : fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Name-like words of `text` that `draft` does not contain anywhere, in any case: a name the polish made up. Words
 * inside the text's other facts (the EUR of "EUR 1,200") do not count.
 */
export function unknownNames(text: string, draft: string, facts: readonly Fact[] = extractFacts(text)): string[] {
  const draftWords = new Set([...draft.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => m[0].toLowerCase()));
  const covered = new Uint8Array(text.length);
  for (const f of facts) if (f.kind !== 'name') covered.fill(1, f.start, f.end);
  const inFact = (w: Word) => covered[w.start] === 1;
  const nameLike = capitalisedWords(text).filter((w) => !startsSentence(text, w.start) && !inFact(w));
  return [...new Set(nameLike.map((w) => w.text).filter((w) => !draftWords.has(w.toLowerCase())))];
}
