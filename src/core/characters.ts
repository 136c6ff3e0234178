// Tests of single characters by their Unicode category, for loops that read a text character by character. Each is
// answered from a table below U+0250, where nearly every character of an English or Italian contract lies, and by a
// pattern beyond it.

function characterTest(test: (char: string) => boolean): (point: number) => boolean {
  const latin = Uint8Array.from({ length: 0x250 }, (_, code) => (test(String.fromCharCode(code)) ? 1 : 0));
  return (point) => (point < 0x250 ? latin[point] === 1 : test(String.fromCodePoint(point)));
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPER_CASE_LETTER = /^\p{Lu}$/u;
const SPACE = /^\s$/;

/** Tests of a code point (a lone surrogate is none of these). */
export const isLetter = characterTest((char) => LETTER.test(char));
export const isLetterOrNumber = characterTest((char) => LETTER_OR_NUMBER.test(char));
export const isUpperCaseLetter = characterTest((char) => UPPER_CASE_LETTER.test(char));
/** Whether upper-casing changes the character: lower-case and title-case letters, and "ß". */
export const changesInCapitals = characterTest((char) => char.toUpperCase() !== char);
/** The white space of patterns (`\s`). */
export const isPatternSpace = characterTest((char) => SPACE.test(char));
