import * as assert from 'node:assert/strict';
import { changesInCapitals, isLetter, isLetterOrNumber, isPatternSpace, isUpperCaseLetter } from '../../src/core/characters';

describe('character tests', () => {
  // Every code point of the Basic Multilingual Plane (lone surrogates included) and a few beyond it.
  const points = [...Array.from({ length: 0x10000 }, (_, code) => code), 0x1d400, 0x1d41a, 0x1f600, 0x20000];
  const cases: [string, (point: number) => boolean, (char: string) => boolean][] = [
    ['isLetter', isLetter, (char) => /^\p{L}$/u.test(char)],
    ['isLetterOrNumber', isLetterOrNumber, (char) => /^[\p{L}\p{N}]$/u.test(char)],
    ['isUpperCaseLetter', isUpperCaseLetter, (char) => /^\p{Lu}$/u.test(char)],
    ['changesInCapitals', changesInCapitals, (char) => char.toUpperCase() !== char],
    ['isPatternSpace', isPatternSpace, (char) => /^\s$/.test(char)],
  ];
  for (const [name, test, expected] of cases) {
    it(`${name} answers as its Unicode category for every character, from its table and beyond it`, () => {
      for (const point of points) assert.equal(test(point), expected(String.fromCodePoint(point)), `U+${point.toString(16)}`);
    });
  }
});
