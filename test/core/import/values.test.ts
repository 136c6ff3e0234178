import * as assert from 'node:assert/strict';
import { clientMatcher } from '../../../src/core/import/attribution';
import { dateOrderOf, parseAmount, parseDate, parseHours } from '../../../src/core/import/values';

describe('import: reading cells', () => {
  it('reads durations as clock times and as decimal hours, with a point or a comma', () => {
    assert.equal(parseHours('1:30:00'), 1.5);
    assert.equal(parseHours('01:30'), 1.5);
    assert.equal(parseHours('00:20:00'), 1 / 3);
    assert.equal(parseHours('1.5'), 1.5);
    assert.equal(parseHours('1,5'), 1.5);
    for (const bad of ['', '1h30', '1:75', '-1', 'one']) assert.equal(parseHours(bad), undefined, bad);
  });

  it('reads amounts written the Italian and the English way', () => {
    assert.equal(parseAmount('1.480,50', false), 1480.5);
    assert.equal(parseAmount('1,250.00', true), 1250);
    assert.equal(parseAmount('950,00', false), 950);
    assert.equal(parseAmount('1,250', true), 1250);
    assert.equal(parseAmount('1,25', true), 1.25);
    assert.equal(parseAmount('€ 1.200,00', false), 1200);
    assert.equal(parseAmount('1200 EUR', true), 1200);
    for (const bad of ['', '-50', 'n/a', '1.2.3,4,5']) assert.equal(parseAmount(bad, true), undefined, bad);
  });

  it('reads ISO dates always, and day-month dates only once the order is known', () => {
    assert.equal(parseDate('2026-11-02', undefined), '2026-11-02');
    assert.equal(parseDate('2026-11-02 09:00:00', undefined), '2026-11-02');
    assert.equal(parseDate('03/04/2026', undefined), undefined);
    assert.equal(parseDate('03/04/2026', 'dmy'), '2026-04-03');
    assert.equal(parseDate('03/04/2026', 'mdy'), '2026-03-04');
    assert.equal(parseDate('13.11.2026', 'dmy'), '2026-11-13');
    assert.equal(parseDate('2026-02-30', undefined), undefined);
    assert.equal(parseDate('Nov 2, 2026', 'mdy'), undefined);
  });

  it('settles the day-month order from any date that can only be read one way', () => {
    assert.equal(dateOrderOf(['03/04/2026', '13/04/2026']), 'dmy');
    assert.equal(dateOrderOf(['03/04/2026', '04/17/2026']), 'mdy');
    assert.equal(dateOrderOf(['03/04/2026', '05/06/2026']), 'ambiguous');
    assert.equal(dateOrderOf(['2026-11-02']), 'none');
  });
});

describe('import: attributing names to clients', () => {
  const match = clientMatcher([
    { id: 'acme', name: 'ACME S.p.A.', aliases: ['Acme Milano'] },
    { id: 'studio-verdi', name: 'Studio Verdi Architetti' },
  ]);

  it('matches ids, names and aliases without case, accents or punctuation', () => {
    assert.equal(match('acme spa'), 'acme');
    assert.equal(match('ACME'), 'acme');
    assert.equal(match('ACME MILANO'), 'acme');
    assert.equal(match('Studio Vèrdi Architetti'), 'studio-verdi');
  });

  it('tries the names in order and matches nothing fuzzier', () => {
    assert.equal(match('', 'Studio Verdi Architetti'), 'studio-verdi');
    assert.equal(match('Verdi'), undefined);
    assert.equal(match('', ''), undefined);
  });
});
