// Facts about a short stretch of contract text: where its words start and end, whether it names a section, whether a
// full stop ends an abbreviation. Segmentation asks them of every sentence of every contract, so each is a loop over
// the characters, not patterns that build word lists or slices.
import { changesInCapitals, isLetter, isLetterOrNumber, isPatternSpace, isUpperCaseLetter } from '../characters';

/** Space, a table bar or emphasis at the end of a unit. */
function isTrailingMark(code: number): boolean {
  return code === 0x7c || code === 0x2a || code === 0x5f || isPatternSpace(code);
}

/** White space, as trimming a unit reads it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff;
}

// Numbering, bullets and Markdown markers before the words of a unit; readers want them outside the highlight.
const LEADING_MARKER = /^(?:[-*+•▪◦#>|]{1,6}\s*|\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s+|(?:Article|Articolo|Art\.|Section|Clause|Sezione|ARTICLE|SECTION)\s+\d{1,3}(?:\.\d{1,3}){0,3}\.?\s*|\*\*?|__?)/;
/** How far into a unit its numbering and the first letter or digit are looked for. */
const MARKER_REACH = 40;
const LETTER_REACH = 200;

/** Whether a letter or digit stands in text[from, to); a surrogate pair counts when both halves do. */
function hasLetterOrNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    const paired = code >= 0xd800 && code <= 0xdbff && i + 1 < to && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (isLetterOrNumber(paired ? (text.codePointAt(i) as number) : code)) return true;
    i += paired ? 2 : 1;
  }
  return false;
}

/**
 * Where the unit text[start, end) lies without surrounding space, leading numbering, bullets and Markdown markers and
 * trailing table bars or emphasis; undefined when nothing with a letter or digit is left.
 */
export function trimUnit(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  for (let i = 0; i < 3 && start < end; i++) {
    const marker = LEADING_MARKER.exec(text.slice(start, Math.min(end, start + MARKER_REACH)));
    if (!marker || marker[0].length === 0) break;
    // A unit that is nothing but numbering ("10.6.") is no unit.
    if (marker[0].length >= end - start) return undefined;
    start += marker[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  while (end > start && isTrailingMark(text.charCodeAt(end - 1))) end--;
  return end > start && hasLetterOrNumber(text, start, Math.min(end, start + LETTER_REACH)) ? { start, end } : undefined;
}

const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CHARS = 120;
/** Words a title leaves in lower case. */
const MINOR_WORDS = new Set(['of', 'and', 'or', 'the', 'to', 'for', 'in', 'on', 'a', 'an', 'di', 'e', 'o', 'del', 'della', 'dei', 'delle', 'il', 'la', 'le', 'per', 'da', 'al', 'alla']);
const VERB = /\b(?:shall|will|may|must|is|are)\b/;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * Whether a short unit names a section: at most eight words, in capitals ("TERM AND TERMINATION") or in title case
 * with no verb ("Payment Terms."). A word is a run of letters and digits, with apostrophes and hyphens inside it.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  let words = 0;
  /** Letters, in UTF-16 code units. */
  let letters = 0;
  let inCapitals = true;
  /** Whether every word so far starts with a capital or a digit, or is a minor word. */
  let titled = true;
  let inWord = false;
  let wordStart = 0;
  let wordCapitalised = false;
  for (let i = 0; i <= text.length; ) {
    const point = i < text.length ? (text.codePointAt(i) as number) : -1;
    const wordChar = point >= 0 && isLetterOrNumber(point);
    if (inWord && !(wordChar || point === APOSTROPHE || point === RIGHT_QUOTE || point === HYPHEN)) {
      inWord = false;
      if (!wordCapitalised && !MINOR_WORDS.has(text.slice(wordStart, i).toLowerCase())) titled = false;
    }
    if (point < 0) break;
    const size = point > 0xffff ? 2 : 1;
    if (!inWord && wordChar) {
      if (++words > MAX_HEADING_WORDS) return false;
      inWord = true;
      wordStart = i;
      wordCapitalised = (point >= 0x30 && point <= 0x39) || isUpperCaseLetter(point);
    }
    if (isLetter(point)) {
      letters += size;
      if (changesInCapitals(point)) inCapitals = false;
    }
    // Neither in capitals nor titled: no heading, whatever follows.
    if (!inCapitals && !titled) return false;
    i += size;
  }
  if (words === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x2c || last === 0x3b) return false;
  if (letters >= 3 && inCapitals) return true;
  return titled && !VERB.test(text);
}

const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'sec', 'secs', 'art', 'artt', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st',
  'vs', 'u.s', 'approx', 'para', 'cf', 'cfr', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'l.l.c', 'n.a', 'pp', 'p', 'c.c', 'n', 'nr', 'pag', 'ecc', 'es', 'sig', 'sigg', 'lett',
  's.p.a', 's.r.l', 'd.lgs', 'd.l', 'l', 'ss', 'par', 'inc.', 'ref', 'min', 'max', 'op', 'cit', 'al', 'et',
]);
const SINGLE_LETTER = /^\p{L}$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** How far back from a full stop the word before it is looked for, in code units, and its greatest length in characters. */
const STOP_WORD_WINDOW = 13;
const STOP_WORD_CHARS = 12;

/**
 * The word a full stop at `stopIndex` ends: the run of letters and dots before it, of at most 12 characters, that
 * starts the text or follows another character, looked for among the 13 code units before the stop; or undefined.
 */
export function wordBeforeStop(text: string, stopIndex: number): string | undefined {
  const windowStart = Math.max(0, stopIndex - STOP_WORD_WINDOW);
  let start = stopIndex;
  let characters = 0;
  while (start > windowStart) {
    // The character before `start`: a surrogate pair counts as one when both halves lie in the window.
    const low = text.charCodeAt(start - 1);
    const high = start - 2 >= windowStart ? text.charCodeAt(start - 2) : 0;
    const paired = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const point = paired ? (text.codePointAt(start - 2) as number) : low;
    if (point !== 0x2e && !isLetter(point)) break;
    start -= paired ? 2 : 1;
    characters++;
  }
  return characters === 0 || characters > STOP_WORD_CHARS ? undefined : text.slice(start, stopIndex);
}

/** Whether the full stop at `stopIndex` ends an abbreviation ("Inc.", "art.", "e.g.", a single letter, initials). */
export function isAbbreviation(text: string, stopIndex: number): boolean {
  const word = wordBeforeStop(text, stopIndex)?.toLowerCase();
  return word !== undefined && (ABBREVIATIONS.has(word) || SINGLE_LETTER.test(word) || INITIALS.test(word));
}
