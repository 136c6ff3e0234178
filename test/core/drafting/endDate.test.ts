import * as assert from 'node:assert/strict';
import type { ContractSummary } from '../../../src/core/clauses/types';
import { computeEndDate, FALLBACK_NOTICE_DAYS } from '../../../src/core/drafting/endDate';
import { client } from '../clients/build';

const TODAY = '2026-11-30';

function contract(noticeDays?: number): ContractSummary {
  return { language: 'en', canTerminateForConvenience: true, forCauseOnly: false, survives: [], ...(noticeDays === undefined ? {} : { noticeDays }) };
}

const deliverables = [
  { title: 'Brand guide', due: '2027-01-11' },
  { title: 'Undated audit' },
];

function withEndAfter(endAfter?: string) {
  return client({ id: 'c', name: 'C', deliverables, ...(endAfter ? { decision: { decidedOn: '2026-11-20', endAfter } } : {}) });
}

describe('computeEndDate', () => {
  it("counts the contract's notice period from today", () => {
    const end = computeEndDate(withEndAfter('notice'), { noticeDays: 30 }, contract(14), TODAY);
    assert.deepEqual(end, { ok: true, date: '2026-12-14', rule: { kind: 'notice', noticeDays: 14, source: 'contract' } });
  });

  it('falls back to defaults.noticeDays when the contract states no period, then to 30 days', () => {
    assert.deepEqual(computeEndDate(withEndAfter('notice'), { noticeDays: 45 }, contract(), TODAY), {
      ok: true,
      date: '2027-01-14',
      rule: { kind: 'notice', noticeDays: 45, source: 'defaults' },
    });
    const fallback = computeEndDate(withEndAfter('notice'), {}, undefined, TODAY);
    assert.deepEqual(fallback, { ok: true, date: '2026-12-30', rule: { kind: 'notice', noticeDays: FALLBACK_NOTICE_DAYS, source: 'fallback' } });
  });

  it('uses the notice rule when no decision names one', () => {
    const end = computeEndDate(withEndAfter(), { noticeDays: 30 }, undefined, '2027-02-01');
    assert.equal(end.ok && end.date, '2027-03-03');
  });

  it("ends on the named deliverable's due date", () => {
    assert.deepEqual(computeEndDate(withEndAfter('deliverable:Brand guide'), { noticeDays: 30 }, undefined, TODAY), {
      ok: true,
      date: '2027-01-11',
      rule: { kind: 'deliverable', title: 'Brand guide' },
    });
  });

  it('says which deliverable is unknown or undated', () => {
    assert.deepEqual(computeEndDate(withEndAfter('deliverable:Logo'), {}, undefined, TODAY), { ok: false, problem: 'unknown-deliverable', title: 'Logo' });
    assert.deepEqual(computeEndDate(withEndAfter('deliverable:Undated audit'), {}, undefined, TODAY), {
      ok: false,
      problem: 'undated-deliverable',
      title: 'Undated audit',
    });
  });

  it('takes an explicit date as it is', () => {
    assert.deepEqual(computeEndDate(withEndAfter('2027-03-31'), {}, contract(90), TODAY), { ok: true, date: '2027-03-31', rule: { kind: 'date' } });
  });
});
