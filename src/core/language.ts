// Guesses whether a text is English or Italian from its most common function words.
import { isLetter } from './characters';
import { WordTable } from './wordTable';

export type Language = 'en' | 'it' | 'other';

// Short, frequent words that are almost never shared between the two languages.
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'shall', 'will', 'be', 'is', 'this', 'that', 'with', 'for', 'by', 'any', 'or', 'agreement', 'party', 'may', 'which', 'such', 'you', 'are', 'not', 'from', 'have', 'on', 'at', 'as']);
const ITALIAN_WORDS = new Set(['il', 'di', 'che', 'e', 'la', 'per', 'del', 'della', 'dei', 'delle', 'un', 'una', 'non', 'sono', 'con', 'al', 'alla', 'le', 'gli', 'lo', 'da', 'dal', 'nel', 'nella', 'si', 'ai', 'più', 'essere', 'contratto', 'parte']);
/**
 * Frequent words of French, Spanish, Portuguese, German and Dutch that are neither English nor Italian. A text is
 * another language when these outnumber both sets; how few English or Italian words a text has says nothing on its
 * own, as a quote of tables, placeholders and bold labels has few.
 */
const OTHER_WORDS = new Set([
  'de', 'des', 'les', 'et', 'est', 'une', 'du', 'que', 'pour', 'dans', 'sur', 'aux', 'ou', 'pas', 'par',
  'el', 'los', 'las', 'y', 'en', 'por', 'para', 'es', 'sus', 'não', 'em', 'os', 'uma', 'pelo', 'pela',
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'auf', 'ein', 'eine', 'sie', 'wird', 'het', 'een', 'van', 'op',
]);

/** How many characters of the text are read; the first pages settle the language of any real document. */
const SAMPLE_CHARS = 20_000;
/** Below this many English and Italian function words the text is too short to call by them. */
const MIN_FUNCTION_WORDS = 3;
/** At least this many words of another language make a text that language's: one "die" or "van" in English does not. */
const MIN_OTHER_WORDS = 3;

interface FunctionWordCounts {
  english: number;
  italian: number;
  other: number;
  words: number;
  vowelEndings: number;
  /** Words ending in a vowel other than a plain "e", which ends many English words too. */
  italianEndings: number;
}

/** Each function word, marked as English, Italian, both or another language's, to be looked up in place. */
const ENGLISH = 1;
const ITALIAN = 2;
const OTHER = 4;
const FUNCTION_WORDS = new WordTable(
  new Map(
    [...ENGLISH_WORDS, ...ITALIAN_WORDS, ...OTHER_WORDS].map((word) => [
      word,
      (ENGLISH_WORDS.has(word) ? ENGLISH : 0) | (ITALIAN_WORDS.has(word) ? ITALIAN : 0) | (OTHER_WORDS.has(word) ? OTHER : 0),
    ]),
  ),
);
/** A word is a run of at most this many letters; a longer run counts as several words. */
const MAX_WORD_LETTERS = 30;
/** No function word is longer, so longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_WORDS, ...ITALIAN_WORDS, ...OTHER_WORDS].map((word) => word.length));

/** "e", the one vowel many English words end in too. */
const PLAIN_E = 101;

/** a, e, i, o, u and the accented vowels Italian ends words with. */
function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 0xe0 || code === 0xe8 || code === 0xe9 || code === 0xec || code === 0xf2 || code === 0xf9;
}

/**
 * Counts with a character loop rather than a Unicode pattern with a match per word, and looks words up in place:
 * every contract scan starts here.
 */
function countFunctionWords(text: string): FunctionWordCounts {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const counts: FunctionWordCounts = { english: 0, italian: 0, other: 0, words: 0, vowelEndings: 0, italianEndings: 0 };
  const countWord = (start: number, end: number): void => {
    counts.words++;
    const last = sample.charCodeAt(end - 1);
    if (isVowel(last)) {
      counts.vowelEndings++;
      if (last !== PLAIN_E) counts.italianEndings++;
    }
    if (end - start > LONGEST_FUNCTION_WORD) return;
    const marks = FUNCTION_WORDS.valueAt(sample, start, end);
    if (marks < 0) return;
    if (marks & ENGLISH) counts.english++;
    if (marks & ITALIAN) counts.italian++;
    if (marks & OTHER) counts.other++;
  };
  let wordStart = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; ) {
    const code = sample.charCodeAt(i);
    // Beyond Latin, the whole code point is read: a surrogate pair is one character.
    const point = code < 0x250 ? code : (sample.codePointAt(i) as number);
    const size = point > 0xffff ? 2 : 1;
    const letter = isLetter(point);
    // A word ends before a character that is no letter, or after its MAX_WORD_LETTERS-th letter. Both ends are
    // counted at one place, so the optimiser meets no path it has not seen when a rare long word comes.
    const next = i + size;
    let wordEnd = -1;
    if (letter) {
      if (letters === 0) wordStart = i;
      letters++;
      if (letters === MAX_WORD_LETTERS) wordEnd = next;
    } else if (letters > 0) wordEnd = i;
    if (wordEnd >= 0) {
      countWord(wordStart, wordEnd);
      letters = 0;
    }
    i = next;
  }
  if (letters > 0) countWord(wordStart, sample.length);
  return counts;
}

/**
 * 'en' or 'it' by whichever's function words are more; 'other' when another language's outnumber them, or when a
 * text of some length has none of either and does not read as Italian; short texts with no clear signal count as English.
 */
export function detectLanguage(text: string): Language {
  return languageOf(countFunctionWords(text));
}

/** The text's language, and whether it has substantial English and Italian alike (then it is read paragraph by paragraph). */
export function readLanguage(text: string): { language: Language; mixed: boolean } {
  const counts = countFunctionWords(text);
  const { english, italian } = counts;
  return { language: languageOf(counts), mixed: Math.min(english, italian) >= 0.2 * Math.max(english, italian) && Math.min(english, italian) >= 10 };
}

function languageOf({ english, italian, other, words, vowelEndings, italianEndings }: FunctionWordCounts): Language {
  // French or Spanish share a few words with Italian ("la", "con"), never as many as their own.
  if (other >= MIN_OTHER_WORDS && other > Math.max(english, italian)) return 'other';
  if (english + italian < MIN_FUNCTION_WORDS) {
    // Few telling function words ("UTILIZZANDO I SERVIZI, SI ACCETTANO I TERMINI", "senza preavviso"): Italian words
    // nearly all end in a vowel, many in a, i or o; English ones mostly do not, and those that do mostly in a plain "e"
    // ("Milestone Deliverable Invoice Schedule"). Longer texts that read as neither are another language (Greek, Russian).
    if (words > 0 && vowelEndings >= 0.6 * words && italianEndings >= 0.25 * words) return 'it';
    return words >= 8 ? 'other' : 'en';
  }
  return italian > english ? 'it' : 'en';
}
