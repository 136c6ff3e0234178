import * as assert from 'node:assert/strict';
import { minimalReplacement } from '../../src/core/textDiff';

function apply(before: string, r: { start: number; end: number; text: string }): string {
  return before.slice(0, r.start) + r.text + before.slice(r.end);
}

describe('minimalReplacement', () => {
  const cases: [string, string][] = [
    ['status: active\n', 'status: ended\n'],
    ['a\nb\n', 'a\nb\nc\n'],
    ['x: 1\ny: 2\n', 'y: 2\n'],
    ['same', 'same'],
    ['', 'new file\n'],
    ['aaa', 'aa'],
  ];
  for (const [before, after] of cases) {
    it(`turns ${JSON.stringify(before)} into ${JSON.stringify(after)}`, () => {
      assert.equal(apply(before, minimalReplacement(before, after)), after);
    });
  }

  it('touches only the changed region', () => {
    const before = 'header\nstatus: active\nfooter\n';
    const r = minimalReplacement(before, 'header\nstatus: ended\nfooter\n');
    assert.ok(r.start >= 'header\nstatus: '.length);
    assert.ok(r.end <= before.length - '\nfooter\n'.length);
  });
});
