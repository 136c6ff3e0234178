import * as assert from 'node:assert/strict';
import { backoffMs, retryAfterMs, wait } from '../../../src/core/polish/retry';

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    assert.equal(retryAfterMs('2', now), 2000);
    assert.equal(retryAfterMs('Mon, 30 Nov 2026 10:00:05 GMT', now), 5000);
    assert.equal(retryAfterMs('Mon, 30 Nov 2026 09:00:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
  });

  it('backs off 0.5 s, then 1 s, with at most a quarter of jitter', () => {
    assert.equal(backoffMs(0, 0), 500);
    assert.equal(backoffMs(1, 0), 1000);
    assert.equal(backoffMs(1, 1), 1250);
  });

  it('stops waiting as soon as it is cancelled', async () => {
    const cancel = new AbortController();
    const started = Date.now();
    setTimeout(() => cancel.abort(new Error('stop')), 20);
    await assert.rejects(wait(5000, cancel.signal), /stop/);
    assert.ok(Date.now() - started < 1000);
  });
});
