import * as assert from 'node:assert/strict';
import { WordTable } from '../../src/core/wordTable';

describe('WordTable', () => {
  const table = new WordTable(
    new Map([
      ['notice', 1],
      ['not', 2],
      ['preavviso', 3],
    ]),
  );

  it('finds a word where it stands in a longer text', () => {
    const text = 'thirty days notice, not less';
    assert.equal(table.valueAt(text, 12, 18), 1);
    assert.equal(table.valueAt(text, 20, 23), 2);
    assert.equal(table.valueAt('un preavviso scritto', 3, 12), 3);
  });

  it('misses words that are only a prefix or a longer word of a listed one', () => {
    const text = 'notices note no';
    assert.equal(table.valueAt(text, 0, 7), -1);
    assert.equal(table.valueAt(text, 8, 12), -1);
    assert.equal(table.valueAt(text, 13, 15), -1);
  });

  it('keeps every word apart when a table holds many', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const many = new WordTable(new Map(words.map((word, i) => [word, i])));
    const text = words.join(' ');
    let start = 0;
    words.forEach((word, i) => {
      assert.equal(many.valueAt(text, start, start + word.length), i);
      start += word.length + 1;
    });
  });
});
