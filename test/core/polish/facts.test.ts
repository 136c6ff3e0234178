import * as assert from 'node:assert/strict';
import { formatMoney } from '../../../src/core/drafting/format';
import { extractFacts, parseAmountNumber, unknownNames } from '../../../src/core/polish/facts';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT, ITALIAN_DRAFT } from '../../support/polishDrafts';

const keys = (text: string, known = {}) => extractFacts(text, known).map((f) => f.key);

describe('extractFacts', () => {
  it('reads dates in English, Italian and ISO form as the same date', () => {
    for (const text of ['on 15 January 2027', 'il 15 gennaio 2027', 'on 2027-01-15', 'on January 15, 2027', 'on 15th of January 2027', 'il 15/01/2027']) {
      assert.deepEqual(keys(text), ['date:2027-01-15'], text);
    }
    assert.deepEqual(keys("entro l'8 marzo 2027"), ['date:2027-03-08']);
    assert.deepEqual(keys('by 15 March'), ['date:--03-15'], 'a date without a year is still a date');
  });

  it('reads amounts in either language as the same amount, whatever the formatter or the user wrote', () => {
    const forms = ['€1,200.00', '1.200,00 €', 'EUR 1,200', '1200 EUR', '€ 1200', '1,200 euros', formatMoney(1200, 'it', 'EUR'), formatMoney(1200, 'en', 'EUR')];
    for (const text of forms) assert.deepEqual(keys(`pay ${text} now`), ['amount:EUR:120000'], text);
    assert.deepEqual(keys('€12,50 and $3.5 and £2,400'), ['amount:EUR:1250', 'amount:USD:350', 'amount:GBP:240000']);
  });

  it('parses thousands and decimal separators from their position', () => {
    assert.equal(parseAmountNumber('1,200.50'), 1200.5);
    assert.equal(parseAmountNumber('1.200,50'), 1200.5);
    assert.equal(parseAmountNumber('1.200.000'), 1200000);
    assert.equal(parseAmountNumber('12,5'), 12.5);
    assert.equal(parseAmountNumber('1\u202f200'), 1200);
  });

  it('reads the notice period in both languages, and marks it when the caller knows it', () => {
    const [english] = extractFacts('with 30 days of notice', { noticeDays: 30 });
    assert.deepEqual([english.key, english.role], ['period:30 day', 'notice']);
    assert.deepEqual(keys('con un preavviso di 30 giorni'), ['period:30 day']);
    assert.deepEqual(keys('a 30-day notice'), ['period:30 day']);
    assert.notDeepEqual(keys('30 working days'), keys('30 days'));
  });

  it('reads email addresses and phone numbers, and tells invoice numbers, years and references from phone numbers', () => {
    assert.deepEqual(keys('write to Laura.Bianchi@example.com or call +39 02 1234 5678'), ['email:laura.bianchi@example.com', 'phone:+390212345678']);
    assert.deepEqual(keys('invoice INV-2026-014 of 2026, ref 2026-047'), ['invoice:INV-2026-014', 'number:2026047']);
  });

  it('finds the names the caller gives, longest first, and capitalised runs of words in the body', () => {
    const facts = extractFacts('Subject: A Note For You\n\nDear Laura Bianchi,\nplease contact Studio Verdi.\n\nMarco Rossi\nRossi Web Studio', {
      names: ['Marco Rossi', 'Rossi Web Studio', 'Laura Bianchi'],
    });
    assert.deepEqual(
      facts.map((f) => f.text),
      ['Laura Bianchi', 'Studio Verdi', 'Marco Rossi', 'Rossi Web Studio'],
      'a title-case subject is not taken for names',
    );
  });

  it('marks the end date of a template draft, in both languages, and finds the same facts in each', () => {
    const english = extractFacts(ENGLISH_DRAFT, ENGLISH_CONTEXT);
    const italian = extractFacts(ITALIAN_DRAFT, ENGLISH_CONTEXT);
    assert.equal(english.filter((f) => f.role === 'end-date').length, 3);
    assert.deepEqual(new Set(english.map((f) => f.key)), new Set(italian.map((f) => f.key)));
    assert.ok(english.some((f) => f.key === 'amount:EUR:120000'));
  });
});

describe('unknownNames', () => {
  it('finds a capitalised word the draft does not have, outside sentence starts', () => {
    assert.deepEqual(unknownNames('Dear Laura Bianco,\nThanks. Kindly note Friday.', 'Dear Laura Bianchi,\nthanks'), ['Bianco']);
    assert.deepEqual(unknownNames('Dear Laura,\nRegards', 'Dear laura'), []);
  });
});
