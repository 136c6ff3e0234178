// Guesses whether a text is English or Italian from its most common function words.
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

const VOWELS = new Set('aeiouàèéìòù');

function countFunctionWords(text: string): FunctionWordCounts {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let english = 0;
  let italian = 0;
  let words = 0;
  let vowelEndings = 0;
  for (const match of sample.toLowerCase().matchAll(/\p{L}{1,30}/gu)) {
    const word = match[0];
    words++;
    if (ENGLISH_WORDS.has(word)) english++;
    if (ITALIAN_WORDS.has(word)) italian++;
    if (VOWELS.has(word[word.length - 1])) vowelEndings++;
  }
  return { english, italian, words, vowelEndings };
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
