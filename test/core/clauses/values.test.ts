import * as assert from 'node:assert/strict';
import { feeAmount, findAmount, findPeriods, noticePeriodDays, parseItalianNumber } from '../../../src/core/clauses/values';

/** One test per case: the notice period the text states, in days. */
function readsEach(cases: readonly [string, number][]): void {
  for (const [text, days] of cases) {
    it(`reads "${text}" as ${days} days`, () => assert.equal(noticePeriodDays(text), days));
  }
}

describe('clause values', () => {
  describe('notice periods in English', () => {
    const cases: [string, number][] = [
      ['upon thirty (30) days written notice', 30],
      ['with one month notice', 30],
      ['giving two weeks notice', 14],
      ['on 3 months prior notice', 90],
      ['not less than one hundred eighty (180) days before expiry', 180],
      ['ten business days notice', 10],
      ['a 60-day notice period', 60],
      ['one (1) year written notice', 365],
      ['upon ninety ("90") days written notice', 90],
    ];
    readsEach(cases);
  });

  describe('notice periods in Italian', () => {
    const cases: [string, number][] = [
      ['con un preavviso di 90 giorni', 90],
      ['con preavviso di un mese', 30],
      ['mediante preavviso scritto di sessanta giorni', 60],
      ['entro quindici (15) giorni', 15],
      ['con un preavviso di 6 (sei) mesi', 180],
      ['con preavviso di centottanta giorni', 180],
      ['entro due settimane', 14],
    ];
    readsEach(cases);
  });

  describe('the forms of issue 12', () => {
    const cases: [string, number][] = [
      ['Either of us can end this agreement with [14] days written notice.', 14],
      ['Il Cliente può recedere con un preavviso di [30] giorni.', 30],
      ['Either party may terminate with **[30] days** written notice.', 30],
      ['Either party may end it by giving two weeks notice.', 14],
      ['Il Cliente può disdire il servizio con un preavviso di un mese.', 30],
      ['Ciascuna parte può recedere con preavviso di sessanta giorni.', 60],
      ['upon thirty (30) days written notice', 30],
      ['La disdetta va inviata entro 10 giorni prima della scadenza.', 10],
      ['Il contratto si rinnova salvo disdetta da inviare almeno 45 giorni prima della scadenza annuale.', 45],
      ['unless either party gives notice at least 60 days before the end of the then-current term', 60],
      ['inviata almeno 24 ore prima', 1],
    ];
    readsEach(cases);

    it('reads no period where a placeholder has no number, or none is stated', () => {
      assert.equal(noticePeriodDays('Either party may terminate with [X] days written notice.'), undefined);
      assert.equal(noticePeriodDays('Either party may terminate this Agreement by written notice.'), undefined);
      assert.equal(noticePeriodDays('Il Cliente può recedere con preavviso scritto.'), undefined);
    });
  });

  it('picks the period next to the notice words, not the length of the term', () => {
    const clause = 'The term is five (5) years and renews unless either party gives notice ninety (90) days before the end.';
    assert.equal(noticePeriodDays(clause), 90);
    assert.deepEqual(findPeriods(clause).map((p) => p.days), [1825, 90]);
  });

  it('finds no period where none is stated', () => {
    assert.equal(noticePeriodDays('Either party may terminate this Agreement by written notice.'), undefined);
    assert.equal(noticePeriodDays('within the month'), undefined);
  });

  it('composes Italian number words', () => {
    assert.equal(parseItalianNumber('quarantacinque'), 45);
    assert.equal(parseItalianNumber('ventuno'), 21);
    assert.equal(parseItalianNumber('contratto'), undefined);
  });

  it('takes no term of the contract or of its renewal for its notice', () => {
    assert.equal(noticePeriodDays("Alla scadenza, l'abbonamento si rinnova automaticamente per ulteriori 12 mesi, salvo disdetta comunicata prima della data di rinnovo."), undefined);
    assert.equal(noticePeriodDays('This Agreement shall automatically renew for successive one (1) year periods unless either party gives sixty (60) days written notice of non-renewal.'), 60);
    assert.equal(noticePeriodDays('Il contratto ha durata di 12 mesi e si rinnova salvo disdetta con preavviso di 30 giorni.'), 30);
  });

  it('takes of several amounts the one nearest the word for the fee', () => {
    assert.equal(feeAmount('Commissione 20% — Non concorrenza 18 mesi — Penale €500 — Preavviso 30 giorni'), '€500');
    assert.equal(feeAmount('Client pays $2,000 per month; on early termination a fee of 50% of the remaining fees is due.'), '50%');
    assert.equal(feeAmount('A kill fee of 25% applies.'), '25%');
    assert.equal(feeAmount('the Client shall pay a kill fee equal to 50% of the remaining fees ($12,000 total project value).'), '50%');
    assert.equal(feeAmount('No amount here'), undefined);
  });

  it('keeps fee amounts as written', () => {
    assert.equal(findAmount('a kill fee of 25% of the remaining fees'), '25%');
    assert.equal(findAmount('Client shall pay $5,000.00 on cancellation'), '$5,000.00');
    assert.equal(findAmount('una penale di 1.500 euro'), '1.500 euro');
    assert.equal(findAmount('no amount here'), undefined);
    // A template's placeholder, with its number.
    assert.equal(findAmount('a kill fee of [25]% of the remaining unpaid project balance applies'), '[25]%');
    assert.equal(findAmount('a cancellation fee of $[500] is due'), '$[500]');
  });
});
