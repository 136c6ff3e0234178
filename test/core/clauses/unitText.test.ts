import * as assert from 'node:assert/strict';
import { isAbbreviation, looksLikeHeading, trimUnit, wordBeforeStop } from '../../../src/core/clauses/unitText';

// What the character loops must answer, written as the patterns they replace.
function headingByPatterns(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (/[,;]$/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  const minor = /^(?:of|and|or|the|to|for|in|on|a|an|di|e|o|del|della|dei|delle|il|la|le|per|da|in|al|alla)$/i;
  return words.every((w) => minor.test(w) || /^[\p{Lu}\d]/u.test(w)) && !/\b(?:shall|will|may|must|is|are)\b/.test(text);
}

function wordBeforeStopByPattern(text: string, stopIndex: number): string | undefined {
  return /(?:^|[^\p{L}.])([\p{L}.]{1,12})$/u.exec(text.slice(Math.max(0, stopIndex - 13), stopIndex))?.[1];
}

/** A small, fixed pseudo-random sequence, so every run checks the same texts. */
function randomTexts(count: number, pieces: readonly string[], maxPieces: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(maxPieces) }, () => pieces[next(pieces.length)]).join(''));
}

// Words and characters that test every branch: capitals and title case, minor words in any case, digits and other
// numbers, apostrophes and hyphens inside words, accented, Greek and Cyrillic letters, "ß" and title-case digraphs,
// letters outside the Basic Multilingual Plane, lone surrogates, the Kelvin sign and the long s.
const PIECES = [
  ' ', ' ', ' ', '.', ',', ';', ':', '-', "'", '’', '(', '\t',
  'of', 'OF', 'Of', 'and', 'the', 'della', 'Della', 'in', 'e', 'o',
  'Payment', 'TERMS', 'Terms', 'payment', 'shall', 'Shall', 'is', 'may',
  'A', 'z', 'Q', '7', '42', '²', '½', 'Ⅻ', 'é', 'È', 'ÀÉ', 'ß', 'ǅ', 'İ', 'σ', 'Σ', 'Жж', 'ЖЖ',
  '𝐀', '𝐚', '😀', '\uD800', '\uDC00', 'K', 'ſ', 'Inc', 'e.g', 'art', 'u.s', 'S.p.A', 'Co', 'x'.repeat(14),
];

describe('looksLikeHeading', () => {
  it('answers as the word, capital and title-case patterns do, on thousands of texts', () => {
    for (const text of randomTexts(20_000, PIECES, 12, 7)) assert.equal(looksLikeHeading(text), headingByPatterns(text), JSON.stringify(text));
  });

  it('takes capitals and titles for headings, and sentences and lists for none', () => {
    assert.equal(looksLikeHeading('TERM AND TERMINATION'), true);
    assert.equal(looksLikeHeading('Payment Terms.'), true);
    assert.equal(looksLikeHeading('Termination of the Agreement'), true);
    assert.equal(looksLikeHeading('Risoluzione del Contratto'), true);
    assert.equal(looksLikeHeading('The Client shall pay.'), false);
    assert.equal(looksLikeHeading('Fees, Costs,'), false);
    assert.equal(looksLikeHeading('One Two Three Four Five Six Seven Eight Nine'), false);
  });
});

describe('wordBeforeStop and isAbbreviation', () => {
  it('find the word before a stop as the pattern does, on thousands of texts and every stop in them', () => {
    for (const text of randomTexts(3_000, PIECES, 10, 11)) {
      for (let stop = 0; stop <= text.length; stop++) assert.equal(wordBeforeStop(text, stop), wordBeforeStopByPattern(text, stop), `${JSON.stringify(text)} at ${stop}`);
    }
  });

  it('tell abbreviations, initials and single letters from the ends of sentences', () => {
    const stopAfter = (text: string, word: string): number => text.indexOf(word) + word.length;
    const text = 'Acme Inc. pays, e.g. by J.R. Smith, per art. 5 of the order. It is done.';
    assert.equal(isAbbreviation(text, stopAfter(text, 'Inc')), true);
    assert.equal(isAbbreviation(text, stopAfter(text, 'e.g')), true);
    assert.equal(isAbbreviation(text, stopAfter(text, 'J.R')), true);
    assert.equal(isAbbreviation(text, stopAfter(text, 'art')), true);
    assert.equal(isAbbreviation(text, stopAfter(text, 'order')), false);
    assert.equal(isAbbreviation(text, stopAfter(text, 'done')), false);
  });
});

describe('trimUnit', () => {
  // The trimming written as the patterns the loops replace.
  function trimByPatterns(text: string, start: number, end: number): { start: number; end: number } | undefined {
    const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff;
    const marker = /^(?:[-*+•▪◦#>|]{1,6}\s*|\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s+|(?:Article|Articolo|Art\.|Section|Clause|Sezione|ARTICLE|SECTION)\s+\d{1,3}(?:\.\d{1,3}){0,3}\.?\s*|\*\*?|__?)/;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    for (let i = 0; i < 3 && start < end; i++) {
      const found = marker.exec(text.slice(start, Math.min(end, start + 40)));
      if (!found || found[0].length === 0) break;
      if (found[0].length >= end - start) return undefined;
      start += found[0].length;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    while (end > start && /[\s|*_]/.test(text[end - 1])) end--;
    return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, Math.min(end, start + 200))) ? { start, end } : undefined;
  }

  // Long runs without a letter or digit reach past the 200 characters where the first one is looked for.
  const MARKS = [...PIECES, '1.', '2.3 ', '(a) ', 'iv) ', 'Article 4 ', '- ', '• ', '## ', '| ', '**', '__', '_', '*', '|', '\u00a0', '\u2003', '\u3000', '\n', ':'.repeat(90), ' '.repeat(60)];

  it('finds the same bounds as the patterns, on thousands of texts and ranges in them', () => {
    let state = 5;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (const text of randomTexts(5_000, MARKS, 14, 3)) {
      for (let k = 0; k < 4; k++) {
        const start = next(text.length + 1);
        const end = start + next(text.length - start + 1);
        assert.deepEqual(trimUnit(text, start, end), trimByPatterns(text, start, end), `${JSON.stringify(text)} ${start}..${end}`);
      }
    }
  });

  it('leaves numbering and markers outside, and takes a unit of numbering alone for none', () => {
    const text = '  7.2 (a) **Either party may end it.** |';
    const bounds = trimUnit(text, 0, text.length);
    assert.equal(bounds && text.slice(bounds.start, bounds.end), 'Either party may end it.');
    assert.equal(trimUnit('Section 4', 0, 9), undefined);
    // The first letter is looked for in the first 200 code units; a letter split across that edge is not in them.
    const split = `${':'.repeat(199)}𝐀 end`;
    assert.equal(trimUnit(split, 0, split.length), undefined);
    const whole = `${':'.repeat(198)}𝐀 end`;
    assert.deepEqual(trimUnit(whole, 0, whole.length), { start: 0, end: whole.length });
    assert.equal(trimUnit('  ** | ', 0, 7), undefined);
  });
});
