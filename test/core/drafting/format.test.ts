import * as assert from 'node:assert/strict';
import { formatDate, formatMoney } from '../../../src/core/drafting/format';

describe('formatDate', () => {
  it('writes the date out in English and Italian', () => {
    assert.equal(formatDate('2027-01-15', 'en'), '15 January 2027');
    assert.equal(formatDate('2027-01-15', 'it'), '15 gennaio 2027');
  });

  it('keeps the day whatever the time zone of the machine', () => {
    assert.equal(formatDate('2026-12-31', 'en'), '31 December 2026');
    assert.equal(formatDate('2027-01-01', 'it'), '1° gennaio 2027');
    assert.equal(formatDate('2027-01-01', 'it', 'dal'), 'dal 1° gennaio 2027');
    assert.equal(formatDate('2027-01-01', 'en'), '1 January 2027');
  });

  it('elides the Italian article before 8 and 11, and only there', () => {
    assert.equal(formatDate('2026-12-08', 'it', 'entro il'), "entro l'8 dicembre 2026");
    assert.equal(formatDate('2026-12-11', 'it', 'dal'), "dall'11 dicembre 2026");
    assert.equal(formatDate('2026-12-18', 'it', 'entro il'), 'entro il 18 dicembre 2026');
    assert.equal(formatDate('2026-12-08', 'en', 'by'), 'by 8 December 2026');
  });
});

describe('formatMoney', () => {
  it('formats the amount in the currency and the language', () => {
    assert.equal(formatMoney(2400, 'en', 'EUR'), '€2,400.00');
    assert.equal(formatMoney(12400, 'it', 'EUR').replace(/\s/g, ' '), '12.400,00 €');
    assert.equal(formatMoney(1600, 'en', 'GBP'), '£1,600.00');
  });

  it('writes a plain amount with two decimals when no currency is known', () => {
    assert.equal(formatMoney(1200.5, 'en'), '1,200.50');
  });
});
