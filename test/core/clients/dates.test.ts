import * as assert from 'node:assert/strict';
import { addDays, daysBetween, localDate } from '../../../src/core/clients/dates';

describe('Calendar dates', () => {
  it('reads the local calendar day of a moment, zero-padded', () => {
    assert.equal(localDate(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
    assert.equal(localDate(new Date(2026, 10, 30, 0, 1)), '2026-11-30');
  });

  it('adds days across months and leap years, and counts them back', () => {
    assert.equal(addDays('2026-11-30', 30), '2026-12-30');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(daysBetween('2026-11-20', '2026-11-30'), 10);
    assert.equal(daysBetween('2026-11-30', '2026-11-20'), -10);
  });
});
