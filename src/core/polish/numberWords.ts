// Numbers written out in words, in English ("two thousand", "sixty", "twenty-first") and Italian ("duemila",
// "sessanta", "ventuno"), so that a polish cannot slip an amount, a period or a date past the guard by spelling it.

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_ORDINAL_TENS: Record<number, string> = { 20: 'twentieth', 30: 'thirtieth' };

const EN_WORDS = new Map<string, number>([
  ...EN_UNITS.map((word, n): [string, number] => [word, n]),
  ...EN_TENS.flatMap((word, n): [string, number][] => (word ? [[word, n * 10]] : [])),
  ['a', 1], ['an', 1],
]);
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/** "two thousand", "one thousand two hundred and fifty", "sixty-five", "a hundred": the value, or undefined. */
export function parseEnglishNumber(phrase: string): number | undefined {
  const tokens = phrase.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== 'and');
  if (tokens.length === 0 || (tokens.length === 1 && (tokens[0] === 'a' || tokens[0] === 'an'))) return undefined;
  let total = 0;
  let current = 0;
  for (const token of tokens) {
    const scale = EN_SCALES[token];
    if (scale === 100) current = (current || 1) * 100;
    else if (scale === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const value = EN_WORDS.get(token);
      if (value === undefined) return undefined;
      current += value;
    }
  }
  return total + current;
}

// Italian numbers are one word: "duemilacinquecento", "trentuno", "centoventi"; tens lose their vowel before uno/otto.
const IT_MORPHEMES: [string, number | 'cento' | 'mila' | 'mille'][] = [
  ['mille', 'mille'], ['mila', 'mila'], ['cento', 'cento'],
  ['diciassette', 17], ['diciannove', 19], ['diciotto', 18], ['quattordici', 14], ['quindici', 15], ['tredici', 13],
  ['undici', 11], ['dodici', 12], ['sedici', 16], ['dieci', 10],
  ['venti', 20], ['vent', 20], ['trenta', 30], ['trent', 30], ['quaranta', 40], ['quarant', 40], ['cinquanta', 50],
  ['cinquant', 50], ['sessanta', 60], ['sessant', 60], ['settanta', 70], ['settant', 70], ['ottanta', 80], ['ottant', 80],
  ['novanta', 90], ['novant', 90],
  ['quattro', 4], ['cinque', 5], ['sette', 7], ['otto', 8], ['nove', 9], ['uno', 1], ['una', 1], ['un', 1], ['due', 2],
  ['tré', 3], ['tre', 3], ['sei', 6],
];

/** "duemila", "milleduecento", "sessanta", "ventuno": the value, or undefined when the word is not a number. */
export function parseItalianNumber(word: string): number | undefined {
  const text = word.toLowerCase();
  let total = 0;
  let current = 0;
  let at = 0;
  while (at < text.length) {
    const match = IT_MORPHEMES.find(([morpheme]) => text.startsWith(morpheme, at));
    if (!match) return undefined;
    const [morpheme, value] = match;
    at += morpheme.length;
    if (value === 'mille') {
      if (total || current) return undefined;
      total = 1000;
    } else if (value === 'mila') {
      if (current < 2) return undefined;
      total += current * 1000;
      current = 0;
    } else if (value === 'cento') current = (current || 1) * 100;
    else current += value;
  }
  // "un", "una" and "uno" alone are articles as often as numbers: only a longer word counts.
  return text.length > 3 ? total + current : undefined;
}

const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

const EN_NUMBER_WORD = alternation([...EN_WORDS.keys(), ...Object.keys(EN_SCALES)].filter((w) => w !== 'a' && w !== 'an'));
/** An English number phrase: number words joined by spaces, hyphens or "and", optionally led by "a"/"an" ("a hundred"). */
// Both are bounded: no number a letter writes out needs more (one thousand two hundred and thirty-four is six words,
// duemilacinquecentoventuno six parts), and a bound keeps a hostile run of number words from making matching slow.
export const ENGLISH_NUMBER = `(?:(?:a|an)\\s+(?=hundred|thousand))?(?:${EN_NUMBER_WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${EN_NUMBER_WORD})){0,7}`;
/** An Italian number word, checked with parseItalianNumber. */
export const ITALIAN_NUMBER = `(?:${alternation(IT_MORPHEMES.map(([m]) => m))}){1,8}`;

/** A written-out number in either language, or undefined. */
export function parseNumberWords(text: string): number | undefined {
  return /\s|-/.test(text.trim()) ? parseEnglishNumber(text) : (parseEnglishNumber(text) ?? parseItalianNumber(text));
}

function englishCardinal(n: number): string {
  return n < 20 ? EN_UNITS[n] : `${EN_TENS[Math.floor(n / 10)]}${n % 10 ? `-${EN_UNITS[n % 10]}` : ''}`;
}

function englishOrdinal(n: number): string {
  if (n < 20) return EN_ORDINAL_UNITS[n];
  return n % 10 ? `${EN_TENS[Math.floor(n / 10)]}-${EN_ORDINAL_UNITS[n % 10]}` : EN_ORDINAL_TENS[n];
}

const IT_UNITS = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici',
  'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const IT_TENS = ['', '', 'venti', 'trenta'];

function italianCardinal(n: number): string {
  if (n < 20) return IT_UNITS[n];
  const unit = n % 10;
  const tens = IT_TENS[Math.floor(n / 10)];
  return unit === 1 || unit === 8 ? tens.slice(0, -1) + IT_UNITS[unit] : tens + (unit === 3 ? 'tré' : IT_UNITS[unit]);
}

/** Days of the month in words, both languages: "ninth", "twenty-first", "nine", "nove", "primo", "ventuno". */
export const DAY_WORDS = new Map<string, number>();
for (let day = 1; day <= 31; day++) {
  for (const word of [englishOrdinal(day), englishCardinal(day)]) {
    DAY_WORDS.set(word, day);
    DAY_WORDS.set(word.replace('-', ' '), day);
  }
}
DAY_WORDS.set('primo', 1);
for (let day = 2; day <= 31; day++) DAY_WORDS.set(italianCardinal(day), day);

/** Day words as a regular expression alternation, longest first. */
export const DAY_WORD = alternation(DAY_WORDS.keys()).replace(/ /g, '[\\s-]');
