// Guesses whether a text is English or Italian from its most common function words.
import { isLetter } from './characters';
import { WordTable } from './wordTable';

export type Language = 'en' | 'it' | 'other';

// Short, frequent words that are almost never shared between the two languages.
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'shall', 'will', 'be', 'is', 'this', 'that', 'with', 'for', 'by', 'any', 'or', 'agreement', 'party', 'may', 'which', 'such', 'you', 'are', 'not', 'from', 'have', 'on', 'at', 'as']);
const ITALIAN_WORDS = new Set(['il', 'di', 'che', 'e', 'la', 'per', 'del', 'della', 'dei', 'delle', 'un', 'una', 'non', 'sono', 'con', 'al', 'alla', 'le', 'gli', 'lo', 'da', 'dal', 'nel', 'nella', 'si', 'ai', 'più', 'essere', 'contratto', 'parte']);

/** How many characters of the text are read; the first pages settle the language of any real document. */
const SAMPLE_CHARS = 20_000;
/** Below this many function words the text is too short to call, and English (the default rules) is assumed. */
const MIN_FUNCTION_WORDS = 3;

interface FunctionWordCounts {
  english: number;
  italian: number;
  words: number;
  vowelEndings: number;
}

/** Each function word, marked as English, Italian or both, to be looked up in place. */
const ENGLISH = 1;
const ITALIAN = 2;
const FUNCTION_WORDS = new WordTable(
  new Map([...ENGLISH_WORDS, ...ITALIAN_WORDS].map((word) => [word, (ENGLISH_WORDS.has(word) ? ENGLISH : 0) | (ITALIAN_WORDS.has(word) ? ITALIAN : 0)])),
);
/** A word is a run of at most this many letters; a longer run counts as several words. */
const MAX_WORD_LETTERS = 30;
/** No function word is longer, so longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_WORDS, ...ITALIAN_WORDS].map((word) => word.length));

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
  const counts: FunctionWordCounts = { english: 0, italian: 0, words: 0, vowelEndings: 0 };
  const countWord = (start: number, end: number): void => {
    counts.words++;
    if (isVowel(sample.charCodeAt(end - 1))) counts.vowelEndings++;
    if (end - start > LONGEST_FUNCTION_WORD) return;
    const marks = FUNCTION_WORDS.valueAt(sample, start, end);
    if (marks < 0) return;
    if (marks & ENGLISH) counts.english++;
    if (marks & ITALIAN) counts.italian++;
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
 * 'en' or 'it' when one language's function words clearly dominate; 'other' when the text has words but
 * few of either set (another language); short texts with no clear signal count as English.
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

function languageOf({ english, italian, words, vowelEndings }: FunctionWordCounts): Language {
  if (english + italian < MIN_FUNCTION_WORDS) {
    // A few words with no telling function words: Italian words nearly all end in a vowel ("senza preavviso",
    // "in qualsiasi momento"), English ones mostly do not. Longer texts without function words are another language.
    if (words >= 8) return 'other';
    return words > 0 && vowelEndings >= 0.6 * words ? 'it' : 'en';
  }
  // In real English or Italian prose about one word in four is one of these; French or Spanish share a few.
  const dominant = Math.max(english, italian);
  if (dominant * 6 < words) return 'other';
  return italian > english ? 'it' : 'en';
}
