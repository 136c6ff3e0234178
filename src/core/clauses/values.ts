// Reads periods ("thirty (30) days", "un mese") and amounts out of clause text, in English and Italian.

export interface Period {
  /** The period in days: months count 30, weeks 7, years 365, hours a 24th (rounded up); business days count as written. */
  days: number;
  /** Where the period is written, as indices into the text searched. */
  start: number;
  end: number;
}

const ENGLISH_UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, single: 1,
};
const ENGLISH_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "thirty", "forty-five", "one hundred eighty", "a" → the number; undefined when the words are not a number. */
export function parseEnglishNumber(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!parts.length) return undefined;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in ENGLISH_UNITS) current += ENGLISH_UNITS[part];
    else if (part in ENGLISH_TENS) current += ENGLISH_TENS[part];
    else if (part === 'hundred') current = Math.max(current, 1) * 100;
    else if (part === 'thousand') {
      total += Math.max(current, 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const ITALIAN_UNITS: Record<string, number> = {
  zero: 0, un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
  dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17,
  diciotto: 18, diciannove: 19,
};
// Tens, with the form they take before "uno" and "otto" ("ventuno", "trentotto").
const ITALIAN_TENS: [string, number][] = [
  ['venti', 20], ['vent', 20], ['trenta', 30], ['trent', 30], ['quaranta', 40], ['quarant', 40],
  ['cinquanta', 50], ['cinquant', 50], ['sessanta', 60], ['sessant', 60], ['settanta', 70], ['settant', 70],
  ['ottanta', 80], ['ottant', 80], ['novanta', 90], ['novant', 90],
];

/** "cento", "duecento", "trecentoventi": the multiplier of the hundreds, if any. Built once here: the bundler turns a
 * Unicode-property literal inside a function into a `new RegExp` on every call. */
const HUNDREDS = /^(\p{L}*?)cent[oe]?/u;

/** "sessanta", "quarantacinque", "centottanta", "un" → the number; Italian writes numbers as one word. */
export function parseItalianNumber(word: string): number | undefined {
  let rest = word.toLowerCase();
  if (rest === '') return undefined;
  let total = 0;
  const hundreds = HUNDREDS.exec(rest);
  if (hundreds) {
    const multiplier = hundreds[1] === '' ? 1 : ITALIAN_UNITS[hundreds[1]];
    if (multiplier === undefined) return undefined;
    total += multiplier * 100;
    rest = rest.slice(hundreds[0].length);
    // "centottanta": the "o" of "cento" is dropped before "ottanta".
    if (rest.startsWith('tt')) rest = 'o' + rest;
  }
  for (const [prefix, value] of ITALIAN_TENS) {
    if (rest.startsWith(prefix)) {
      total += value;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  if (rest === '') return total;
  const unit = ITALIAN_UNITS[rest];
  return unit === undefined ? undefined : total + unit;
}

const UNIT_DAYS: [RegExp, number][] = [
  [/^(?:business|working|banking|calendar|natural|consecutive)?\s*days?$|^giorn[oi]$/i, 1],
  [/weeks?$|^settiman[ae]$/i, 7],
  [/months?$|^mes[ei]$/i, 30],
  [/years?$|^ann[oi]$/i, 365],
  [/hours?$|^ore$/i, 1 / 24],
];

/** The words for a unit of time, as lower-case pattern sources; the cue scan tells from them whether a text may state a period. */
export const TIME_UNIT_WORDS = ['days?', 'weeks?', 'months?', 'years?', 'hours?', 'giorn[oi]', 'settiman[ae]', 'mes[ei]', 'ann[oi]', 'ore'];
// A unit of time; the lookbehind-free word boundary keeps the scan linear.
const UNIT = new RegExp(`\\b(?:(?:business|working|banking|calendar|natural|consecutive)\\s+)?(?:${TIME_UNIT_WORDS.join('|')})\\b`, 'gi');
// What may stand right before a unit: "(30)", "30", "thirty (30)", "trenta", "one hundred eighty (180)", "30-day",
// a template's placeholder with its number, "[14]" (or in Markdown emphasis, "**[14]"), and digits quoted in their
// brackets, "ninety ("90")".
const DIGITS_BEFORE = /[([]?["'“”]?(\d{1,4})["'“”]?[)\]]?(?:\s*-\s*|\s+)$/;
const DIGITS_GLUED = /(\d{1,4})-?$/;
// "6 (sei) mesi", "3 (three) months": the digits come first and the words in brackets.
const DIGITS_THEN_WORDS = /(\d{1,4})\s*\(\p{L}{1,20}\)\s*$/u;
const WORDS_BEFORE = /((?:\p{L}{1,20}[\s-]+){1,4})$/u;
const LOOKBACK_CHARS = 48;

function numberBefore(before: string): { value: number; length: number } | undefined {
  const digits = DIGITS_BEFORE.exec(before) ?? DIGITS_GLUED.exec(before) ?? DIGITS_THEN_WORDS.exec(before);
  if (digits) return { value: Number(digits[1]), length: digits[0].length };
  const words = WORDS_BEFORE.exec(before);
  if (!words) return undefined;
  // Try the longest run of words that is a number: "one hundred eighty", then "hundred eighty", ... "eighty".
  const list = words[1].trim().split(/[\s-]+/);
  for (let i = 0; i < list.length; i++) {
    const candidate = list.slice(i);
    const joined = candidate.join(' ');
    const value = candidate.length === 1 ? parseItalianNumber(joined) ?? parseEnglishNumber(joined) : parseEnglishNumber(joined);
    if (value !== undefined) {
      const length = before.length - before.lastIndexOf(candidate[0], before.length - 1);
      return { value, length };
    }
  }
  return undefined;
}

/** Every stated period of time in the text, in order. */
export function findPeriods(text: string): Period[] {
  const periods: Period[] = [];
  for (const match of text.matchAll(UNIT)) {
    const unitStart = match.index;
    const before = text.slice(Math.max(0, unitStart - LOOKBACK_CHARS), unitStart);
    const number = numberBefore(before);
    if (!number) continue;
    const unitWord = match[0].split(/\s+/).pop() ?? match[0];
    const perUnit = UNIT_DAYS.find(([pattern]) => pattern.test(unitWord))?.[1];
    if (perUnit === undefined) continue;
    periods.push({ days: Math.ceil(number.value * perUnit), start: unitStart - number.length, end: unitStart + match[0].length });
  }
  return periods;
}

// Words that put a period next to notice: "prior written notice", "preavviso", "before the end of the term".
const NOTICE_CUE = /notice|notif|prior|advance|before|in anticipo|preavviso|disdetta|comunicazion|prima|anticipo|avviso/gi;

/**
 * Words that make the period after them a term, not notice: "si rinnova automaticamente per ulteriori 12 mesi", "shall
 * renew for successive one (1) year periods", "ha durata di 12 mesi" (not "un preavviso della durata di 60 giorni").
 */
const LEADS_A_TERM = /(?:\b(?:ha|avr[àa]|per|con)\s+(?:una\s+)?durata\s+(?:di\s+)?|\brinnov\w*(?:\s+\S+){0,3}?\s+per\s+(?:(?:ulteriori|altri|un|una|uno)\s+)?(?:(?:ulteriore\s+)?periodo\s+di\s+)?|\brenew\w*(?:\s+\S+){0,4}?\s+for\s+(?:(?:a|an|further|additional|successive|consecutive|another|subsequent)\s+){0,2}(?:(?:period|term)s?\s+of\s+)?|\bfor\s+(?:a\s+further|an\s+additional|another|successive|additional|consecutive)\s+(?:(?:period|term)s?\s+of\s+)?)$/i;
/** How far before a period the words that make it a term may start. */
const TERM_LOOKBACK_CHARS = 80;

/** The periods of the text that are no term of the contract or of its renewal. */
function notTerms(text: string, periods: readonly Period[]): Period[] {
  return periods.filter((period) => !LEADS_A_TERM.test(text.slice(Math.max(0, period.start - TERM_LOOKBACK_CHARS), period.start)));
}

/**
 * The period nearest a notice word, with how many characters lie between them; `periods` are the text's, when the
 * caller has them. A period that is the term of the contract or of a renewal is none.
 */
export function nearestNoticePeriod(text: string, periods: readonly Period[] = findPeriods(text)): { days: number; distance: number } | undefined {
  if (!periods.length) return undefined;
  const nearest = nearestToWord(text, NOTICE_CUE, notTerms(text, periods));
  return nearest && { days: nearest.span.days, distance: nearest.distance };
}

/** Of the spans, the one nearest a match of the global pattern `words` in the text, with the characters between them. */
function nearestToWord<T extends { start: number; end: number }>(text: string, words: RegExp, spans: readonly T[]): { span: T; distance: number } | undefined {
  let best: { span: T; distance: number } | undefined;
  for (const word of text.matchAll(words)) {
    for (const span of spans) {
      const distance = word.index >= span.end ? word.index - span.end : Math.max(0, span.start - word.index - word[0].length);
      if (!best || distance < best.distance) best = { span, distance };
    }
  }
  return best;
}

/** The notice period a clause states: the period nearest a notice word, or the first one. `periods` are the text's,
 * when the caller has them. */
export function noticePeriodDays(text: string, periods: readonly Period[] = findPeriods(text)): number | undefined {
  return nearestNoticePeriod(text, periods)?.days ?? notTerms(text, periods)[0]?.days;
}

// An amount of money or a percentage as written: "$5,000", "EUR 2.000,00", "€ 500", "25%", "1.500 euro".
// A template's placeholder counts with its number: "[25]%", "$[500]".
const AMOUNT = /(?:[$€£]|\b(?:USD|EUR|GBP|CHF)\b)\s?\[?\d{1,3}(?:[.,\s]\d{3}){0,4}(?:[.,]\d{1,2})?\]?|(?:\[|\b)\d{1,3}(?:[.,]\d{3}){0,4}(?:[.,]\d{1,2})?\]?\s?(?:%|per ?cent\b|percent\b|per cento\b|euros?\b|dollars\b|EUR\b|USD\b|€)/i;

const DIGIT = /\d/;

/** The first amount or percentage written in the text, as written. */
export function findAmount(text: string): string | undefined {
  // Every amount has a digit; a text without one is settled by a quick scan rather than the long pattern.
  return DIGIT.test(text) ? AMOUNT.exec(text)?.[0].trim() : undefined;
}

const EVERY_AMOUNT = new RegExp(AMOUNT.source, 'gi');
// Whole words: "fees" and "feedback" are not the fee ("a kill fee of 50% of the remaining fees ($12,000 in all)").
const FEE_WORD = /\b(?:(?:fee|penalty|penalties|liquidated damages|charge|penale|penali|caparra)\b|indennit[àa])/gi;

/**
 * The amount of a fee as written: of several amounts, the one nearest a word for the fee ("Commissione 20% — Penale
 * €500" → "€500"), else the first.
 */
export function feeAmount(text: string): string | undefined {
  if (!DIGIT.test(text)) return undefined;
  const amounts = [...text.matchAll(EVERY_AMOUNT)].map((match) => ({ start: match.index, end: match.index + match[0].length, written: match[0].trim() }));
  if (amounts.length < 2) return amounts[0]?.written;
  return (nearestToWord(text, FEE_WORD, amounts)?.span ?? amounts[0]).written;
}
