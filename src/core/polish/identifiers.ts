// Personal identifiers a draft may carry besides names and email addresses: IBANs, VAT numbers, the Italian codice
// fiscale, web addresses, street addresses, postcodes and bare numbers (an amount without a currency, a phone number
// written short). Each is a fact the polish must keep, and redaction replaces it before a draft leaves the machine.
import type { Found } from './facts';

export type IdentifierKind = 'iban' | 'vat' | 'taxcode' | 'url' | 'address' | 'postcode' | 'number';

const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const VAT_COUNTRIES = 'AT|BE|BG|CH|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK';
const CF_DIGIT = '[0-9LMNPQRSTUV]';
const IT_STREETS = 'via|viale|v\\.le|piazza|p\\.zza|piazzale|corso|c\\.so|largo|vicolo|strada|contrada|località|loc\\.';
const EN_STREETS = ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'way', 'court', 'ct',
  'place', 'pl', 'square', 'sq', 'close', 'crescent', 'terrace', 'row', 'hill']
  .flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])
  .join('|');
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|d[ei]l?(?:l[aeo])?|de'|dei|degli)";

const PATTERNS: { kind: IdentifierKind; regex: RegExp; accept?: (text: string) => boolean }[] = [
  { kind: 'url', regex: /(?:https?:\/\/|www\.)[^\s<>"'`)\]]+|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|it|org|net|eu|io|dev|app|info|biz|uk|de|fr|es|ch|studio)(?:\/[^\s<>"'`)\]]*)?(?![\p{L}\p{N}])/giu },
  { kind: 'vat', regex: new RegExp(`${START}(?:${VAT_COUNTRIES})[\\s]?[A-Z]?\\d{8,12}${END}`, 'giu') },
  {
    kind: 'iban',
    regex: new RegExp(`${START}[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?${END}`, 'giu'),
    accept: (text) => text.replace(/\s/g, '').length >= 15,
  },
  { kind: 'taxcode', regex: new RegExp(`${START}[A-Z]{6}${CF_DIGIT}{2}[ABCDEHLMPRST]${CF_DIGIT}{2}[A-Z]${CF_DIGIT}{3}[A-Z]${END}`, 'giu') },
  {
    kind: 'address',
    regex: new RegExp(`${START}(?:${IT_STREETS})\\s+(?:${NAME_WORD}\\s+){0,4}${NAME_WORD},?\\s*\\d+[a-z]?(?:\\/[a-z\\d]+)?${END}`, 'giu'),
  },
  {
    kind: 'address',
    regex: new RegExp(`${START}\\d+[a-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:${EN_STREETS})\\.?${END}`, 'gu'),
  },
  { kind: 'postcode', regex: /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/gu },
  {
    kind: 'number',
    regex: /(?<![\p{L}\p{N}.,/-])\d[\d.,\u00a0\u202f/-]*\d(?![\p{L}\p{N}]|[.,/-]\d)/gu,
    // Three digits or more, and not a year standing alone (a date's year is part of the date).
    accept: (text) => text.replace(/\D/g, '').length >= 3 && !/^(?:19|20)\d\d$/.test(text),
  },
];

function keyOf(kind: IdentifierKind, written: string): string {
  if (kind === 'number') return written.replace(/\D/g, '');
  if (kind === 'url') return written.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (kind === 'address') return written.toLowerCase().replace(/[\s,]+/g, ' ');
  return written.toUpperCase().replace(/\s/g, '');
}

export function findIdentifiers(text: string): Found[] {
  const found: Found[] = [];
  for (const { kind, regex, accept } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const written = kind === 'url' ? m[0].replace(/[.,;:!?]+$/, '') : m[0];
      if (accept && !accept(written)) continue;
      const key = `${kind}:${keyOf(kind, written)}`;
      found.push({ kind, text: written, key, start: m.index, end: m.index + written.length });
    }
  }
  return found;
}
