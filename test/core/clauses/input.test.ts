import * as assert from 'node:assert/strict';
import { inputProblem } from '../../../src/core/clauses/input';

describe('inputProblem', () => {
  const prose = 'Either party may terminate this agreement on thirty days notice.\r\n\tThe client pays within 14 days.\f\n';

  it('takes text with tabs, line breaks and form feeds for text, and blank text for empty', () => {
    assert.equal(inputProblem(prose), undefined);
    assert.equal(inputProblem(' \n\t\r\n'), 'empty');
    assert.equal(inputProblem(''), 'empty');
  });

  it('calls a text binary when it holds a NUL or more than a tenth of control characters', () => {
    assert.equal(inputProblem(`${prose}\u0000${prose}`), 'binary');
    assert.equal(inputProblem(`${prose}\u0001\u0002\u000b`), undefined);
    assert.equal(inputProblem('\u0001\u0002\ufffd'.repeat(30) + prose), 'binary');
  });

  it('reads only the first 64 KB for it', () => {
    const long = prose.repeat(Math.ceil(70_000 / prose.length));
    assert.equal(inputProblem(`${long}\u0000`), undefined);
    assert.equal(inputProblem(`\u0000${long}`), 'binary');
  });
});
