// Dates and money written the way the draft's language writes them: "15 January 2027", "15 gennaio 2027",
// "€2,400.00", "2.400,00 €".
import type { Language } from '../clients/schema';

const LOCALES: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };

// Italian elides the article before a vowel sound, and of the day numbers only 8 and 11 start with one.
const ITALIAN_ELISIONS: Record<string, string> = { il: "l'", al: "all'", dal: "dall'", del: "dell'", nel: "nell'" };
const VOWEL_DAYS = new Set([8, 11]);

/** The date written out; `lead` is the word before it ("entro il"), elided where Italian requires ("entro l'8"). */
export function formatDate(date: string, language: Language, lead = ''): string {
  const value = new Date(`${date}T00:00:00Z`);
  const written = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(value);
  // Italian writes the first of the month as an ordinal: "1° gennaio 2027".
  const text = language === 'it' && value.getUTCDate() === 1 ? written.replace(/^1 /, '1° ') : written;
  if (!lead) return text;
  const words = lead.split(' ');
  const last = words[words.length - 1];
  const elided = language === 'it' ? ITALIAN_ELISIONS[last.toLowerCase()] : undefined;
  if (elided && VOWEL_DAYS.has(value.getUTCDate())) return [...words.slice(0, -1), elided].join(' ') + text;
  return `${lead} ${text}`;
}

/** An amount in its currency; a plain number with two decimals when the currency is not known. */
export function formatMoney(amount: number, language: Language, currency?: string): string {
  const style = currency ? { style: 'currency' as const, currency } : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return new Intl.NumberFormat(LOCALES[language], style).format(amount);
}
