// The facts a polish must keep: names, dates, amounts, periods, email addresses and phone numbers, found in a draft
// and normalised so that two ways of writing one fact compare equal: "€1,200.00" and "1.200,00 €", "15 January 2027"
// and "15 gennaio 2027" and "2027-01-15".
import { splitSubject } from '../drafting/subject';

export type FactKind = 'name' | 'date' | 'amount' | 'period' | 'email' | 'phone';

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
}

/** What the caller knows about the draft, from the data it was made from. */
export interface KnownFacts {
  /** The people and businesses it names: recipient, freelancer, business, referred colleague. Longest match wins. */
  names?: readonly string[];
  /** YYYY-MM-DD */
  endDate?: string;
  noticeDays?: number;
}

type Found = Omit<Fact, 'role'>;

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
  { regex: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/gu, parts: (m) => [m[1], m[2], m[3]] },
];

function findDates(text: string): Found[] {
  const found: Found[] = [];
  for (const { regex, parts } of DATE_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const [dayText, monthText, year] = parts(m);
      let day = Number(dayText);
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
const AMOUNT_PATTERNS = [
  new RegExp(`(?:(${SYMBOL})|${START}(EUR|USD|GBP|CHF))${GAP}(${NUMBER})(?![\\d])`, 'giu'),
  new RegExp(`(?<![\\d.,])(${NUMBER})${GAP}(?:(${SYMBOL})|(${CODE})${END})`, 'giu'),
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

function findAmounts(text: string): Found[] {
  const found: Found[] = [];
  for (const [index, regex] of AMOUNT_PATTERNS.entries()) {
    for (const m of text.matchAll(regex)) {
      const [number, currency] = index === 0 ? [m[3], m[1] ?? m[2]] : [m[1], m[2] ?? m[3]];
      const cents = Math.round(parseAmountNumber(number) * 100);
      const code = CURRENCIES[currency.toLowerCase()];
      found.push({ kind: 'amount', text: m[0], key: `amount:${code}:${cents}`, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const PERIOD_UNITS: Record<string, string> = {
  day: 'day', days: 'day', giorno: 'day', giorni: 'day', week: 'week', weeks: 'week', settimana: 'week',
  settimane: 'week', month: 'month', months: 'month', mese: 'month', mesi: 'month',
};
const PERIOD_PATTERNS = [
  new RegExp(`${START}(\\d{1,3})(?:\\s*-\\s*|\\s+)(?:(calendar|business|working)\\s+)?(days?|weeks?|months?)${END}`, 'giu'),
  new RegExp(`${START}(\\d{1,3})\\s+(giorn[oi]|settiman[ae]|mes[ei])(?:\\s+(lavorativi|di calendario))?${END}`, 'giu'),
];

function findPeriods(text: string): Found[] {
  const found: Found[] = [];
  for (const [index, regex] of PERIOD_PATTERNS.entries()) {
    for (const m of text.matchAll(regex)) {
      const [unit, qualifier] = index === 0 ? [m[3], m[2]] : [m[2], m[3]];
      const working = /business|working|lavorativi/i.test(qualifier ?? '') ? ' working' : '';
      const key = `period:${Number(m[1])} ${PERIOD_UNITS[unit.toLowerCase()]}${working}`;
      found.push({ kind: 'period', text: m[0], key, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

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

function findKnownNames(text: string, names: readonly string[]): Found[] {
  const found: Found[] = [];
  const longestFirst = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const name of longestFirst) {
    const source = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    for (const m of text.matchAll(new RegExp(`${START}${source}${END}`, 'giu'))) {
      found.push({ kind: 'name', text: m[0], key: nameKey(name), start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

// Capitalised words that are not names, or that the date patterns already cover.
const NOT_NAMES = new Set([
  ...Object.keys(MONTHS),
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sig', 'sigra', 'dott', 'dottssa', 'ing', 'avv',
]);
const CAPITALISED = /\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?/gu;

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

/** Capitalised words of the body that a capital does not explain: not at a sentence start, not a month or a title. */
function nameLikeWords(text: string): Word[] {
  const { bodyStart } = splitSubject(text);
  const words: Word[] = [];
  for (const m of text.slice(bodyStart).matchAll(CAPITALISED)) {
    const start = bodyStart + m.index;
    if (startsSentence(text, start) || NOT_NAMES.has(m[0].toLowerCase().replace(/\./g, ''))) continue;
    words.push({ text: m[0], start, end: start + m[0].length });
  }
  return words;
}

/** Runs of two or more name-like words separated by single spaces: "Studio Bianchi", "Marco Rossi". */
function findCapitalisedNames(text: string): Found[] {
  const found: Found[] = [];
  let run: Word[] = [];
  const close = () => {
    if (run.length >= 2) {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      found.push({ kind: 'name', text: text.slice(start, end), key: nameKey(text.slice(start, end)), start, end });
    }
    run = [];
  };
  for (const word of nameLikeWords(text)) {
    if (run.length > 0 && text.slice(run[run.length - 1].end, word.start) !== ' ') close();
    run.push(word);
  }
  close();
  return found;
}

/** Every fact of the text, in text order; where two patterns overlap the earlier kind in this list wins. */
export function extractFacts(text: string, known: KnownFacts = {}): Fact[] {
  const candidates = [
    ...findEmails(text),
    ...findKnownNames(text, known.names ?? []),
    ...findDates(text),
    ...findAmounts(text),
    ...findPeriods(text),
    ...findPhones(text),
    ...findCapitalisedNames(text),
  ];
  const kept: Fact[] = [];
  for (const fact of candidates) {
    if (kept.some((k) => fact.start < k.end && k.start < fact.end)) continue;
    const role =
      fact.key === `date:${known.endDate}` ? 'end-date' : fact.key === `period:${known.noticeDays} day` ? 'notice' : undefined;
    kept.push(role ? { ...fact, role } : fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Name-like words of `text` that `draft` does not contain anywhere, in any case: a name the polish made up. */
export function unknownNames(text: string, draft: string): string[] {
  const draftWords = new Set([...draft.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => m[0].toLowerCase()));
  return [...new Set(nameLikeWords(text).map((w) => w.text).filter((w) => !draftWords.has(w.toLowerCase())))];
}
