import * as assert from 'node:assert/strict';
import type { z } from 'zod';
import type { ContractSummary } from '../../../src/core/clauses/types';
import { addDays } from '../../../src/core/clients/dates';
import type { Client, clientSchema, Language } from '../../../src/core/clients/schema';
import { checkReadiness, MANY_TERMINATIONS } from '../../../src/core/readiness/check';
import { type ContractStatus, READINESS_ITEMS, type ReadinessItemId } from '../../../src/core/readiness/types';
import { client, file } from '../clients/build';

const TODAY = '2026-11-30';
const COOLING_OFF = 3;

type ClientFields = z.input<typeof clientSchema>;

/** A client that is ready in every respect; each test spoils one thing. */
function ready(fields: Partial<ClientFields> = {}): ClientFields {
  return {
    id: 'acme',
    name: 'ACME',
    language: 'en',
    decision: {
      decidedOn: addDays(TODAY, -10),
      endAfter: 'notice',
      meeting: { on: addDays(TODAY, 2), mode: 'call' },
      referral: { name: 'Luca Verdi' },
    },
    ...fields,
  };
}

const convenience: ContractSummary = { language: 'en', canTerminateForConvenience: true, forCauseOnly: false, noticeDays: 30, survives: [] };
const scanned = (summary: ContractSummary = convenience): ContractStatus => ({ state: 'scanned', path: 'contracts/acme.md', summary });

function check(fields: Partial<ClientFields> = {}, options: { others?: Client[]; contract?: ContractStatus; today?: string; language?: Language } = {}) {
  const subject = client(ready(fields));
  return checkReadiness({
    file: file([subject, ...(options.others ?? [])], { coolingOffDays: COOLING_OFF, noticeDays: 30, currency: 'EUR' }),
    client: subject,
    contract: options.contract ?? scanned(),
    today: options.today ?? TODAY,
    language: options.language ?? 'en',
  });
}

function item(readiness: ReturnType<typeof check>, id: ReadinessItemId) {
  const found = readiness.items.find((i) => i.id === id);
  assert.ok(found, id);
  return found;
}

function decision(fields: Partial<NonNullable<ClientFields['decision']>>): Partial<ClientFields> {
  return { decision: { ...ready().decision!, ...fields } };
}

describe('checkReadiness', () => {
  it('lists the eight items in order, and is ready when nothing blocks', () => {
    const readiness = check();
    assert.deepEqual(
      readiness.items.map((i) => i.id),
      [...READINESS_ITEMS],
    );
    assert.ok(readiness.items.every((i) => i.status === 'ok'), JSON.stringify(readiness.items));
    assert.equal(readiness.blocked, false);
  });

  describe('cooling-off', () => {
    it('blocks the day before the period is over, and clears on the day it is', () => {
      const early = item(check(decision({ decidedOn: addDays(TODAY, -(COOLING_OFF - 1)) })), 'cooling-off');
      assert.equal(early.status, 'block');
      assert.match(early.reason, /act from 1 December 2026/);
      assert.equal(item(check(decision({ decidedOn: addDays(TODAY, -COOLING_OFF) })), 'cooling-off').status, 'ok');
    });

    it('blocks when no decision is recorded', () => {
      const readiness = check({ decision: undefined });
      assert.equal(item(readiness, 'cooling-off').status, 'block');
      assert.match(item(readiness, 'cooling-off').reason, /decision\.decidedOn/);
      assert.equal(readiness.blocked, true);
    });
  });

  describe('terminations', () => {
    const ended = (id: string, endedOn: string) =>
      client({ id, name: id, status: 'ended', decision: { decidedOn: addDays(endedOn, -30), endAfter: endedOn } });

    it(`counts the clients ended in the last 30 and 365 days, and warns from ${MANY_TERMINATIONS}`, () => {
      const one = item(check({}, { others: [ended('a', addDays(TODAY, -100))] }), 'terminations');
      assert.equal(one.status, 'ok');
      assert.match(one.reason, /0 clients ended in the last 30 days, 1 in the last 365/);
      const two = item(check({}, { others: [ended('a', addDays(TODAY, -100)), ended('b', addDays(TODAY, -5))] }), 'terminations');
      assert.equal(two.status, 'warn');
      assert.match(two.reason, /1 client ended in the last 30 days, 2 in the last 365.*instinct/);
    });

    it('leaves out a termination a full year ago', () => {
      const old = item(check({}, { others: [ended('a', addDays(TODAY, -365)), ended('b', addDays(TODAY, -364))] }), 'terminations');
      assert.equal(old.status, 'ok');
    });
  });

  describe('contract', () => {
    it('reports the convenience right, the notice days and the fee', () => {
      const withFee = item(check({}, { contract: scanned({ ...convenience, terminationFee: '20%' }) }), 'contract');
      assert.equal(withFee.status, 'ok');
      assert.match(withFee.reason, /without cause; notice 30 days; termination fee 20%/);
      // A fee the contract states without an amount ("The deposit is non-refundable") is no "no termination fee".
      const unstated = item(check({}, { contract: scanned({ ...convenience, terminationFeeWithoutAmount: true }) }), 'contract');
      assert.match(unstated.reason, /termination fee, amount not stated/);
      const italian = item(check({}, { contract: scanned({ ...convenience, terminationFeeWithoutAmount: true }), language: 'it' }), 'contract');
      assert.match(italian.reason, /penale di recesso, importo non indicato/);
    });

    it('warns when only for-cause termination exists', () => {
      const forCause = item(check({}, { contract: scanned({ ...convenience, canTerminateForConvenience: false, forCauseOnly: true }) }), 'contract');
      assert.equal(forCause.status, 'warn');
      assert.match(forCause.reason, /Only for-cause/);
    });

    it('warns without a contract, or when its file is missing, and says to gather the emails', () => {
      for (const contract of [{ state: 'none' }, { state: 'missing', path: 'contracts/gone.md' }] as ContractStatus[]) {
        const found = item(check({}, { contract }), 'contract');
        assert.equal(found.status, 'warn');
        assert.match(found.reason, /gather the emails/);
      }
    });
  });

  describe('obligations', () => {
    it('blocks on paid work not yet delivered, and not on delivered or cancelled work', () => {
      const owed = item(check({ deliverables: [{ title: 'Brand guide', due: '2026-12-11', paid: true, status: 'in-progress' }] }), 'obligations');
      assert.equal(owed.status, 'block');
      assert.match(owed.reason, /Brand guide \(due 11 December 2026\)/);
      const done = check({
        deliverables: [
          { title: 'Widget', paid: true, status: 'delivered' },
          { title: 'Dropped', paid: true, status: 'cancelled' },
          { title: 'Unpaid', paid: false, status: 'in-progress' },
        ],
      });
      assert.equal(item(done, 'obligations').status, 'ok');
    });
  });

  describe('money', () => {
    const invoice = (due: string, paidOn?: string) => ({ invoices: [{ number: '2026-047', amount: 2400, due, ...(paidOn ? { paidOn } : {}) }] });

    it('warns on an invoice due today, and blocks once it is a day overdue', () => {
      const dueToday = item(check(invoice(TODAY)), 'money');
      assert.equal(dueToday.status, 'warn');
      assert.match(dueToday.reason, /2026-047 \(€2,400\.00, due 30 November 2026\).*wait until they have paid/i);
      const overdue = item(check(invoice(addDays(TODAY, -1))), 'money');
      assert.equal(overdue.status, 'block');
      assert.match(overdue.reason, /^Overdue: 2026-047/);
    });

    it('is fine once every invoice is paid', () => {
      assert.equal(item(check(invoice(addDays(TODAY, -20), addDays(TODAY, -25))), 'money').status, 'ok');
    });
  });

  describe('meeting', () => {
    it("warns when no meeting or call is planned: don't just stop answering", () => {
      const none = item(check(decision({ meeting: undefined })), 'meeting');
      assert.equal(none.status, 'warn');
      assert.match(none.reason, /don't just stop answering/);
    });

    it('warns when the planned date has gone by and the meeting is not marked held', () => {
      const passed = item(check(decision({ meeting: { on: addDays(TODAY, -1), mode: 'call' } })), 'meeting');
      assert.equal(passed.status, 'warn');
      assert.match(passed.reason, /The call planned on 29 November 2026 has passed and is not marked as held: mark it held/);
      const italian = item(check(decision({ meeting: { on: '2026-11-08', mode: 'call' } }), { language: 'it' }), 'meeting');
      assert.match(italian.reason, /^Il colloquio \(telefonata, 8 novembre 2026\) è passato e non risulta svolto: segnalalo come svolto/);
      assert.equal(item(check(decision({ meeting: { on: addDays(TODAY, -1), mode: 'call', held: true } })), 'meeting').status, 'ok');
    });

    it('is fine with a planned or a held meeting', () => {
      assert.match(item(check(), 'meeting').reason, /A call is planned on 2 December 2026/);
      assert.equal(item(check(decision({ meeting: { mode: 'in-person', held: true } })), 'meeting').status, 'ok');
    });
  });

  describe('notice', () => {
    it("gives the end date and the rule: the contract's notice counted from today", () => {
      const readiness = check({}, { contract: scanned({ ...convenience, noticeDays: 14 }) });
      assert.equal(readiness.endDate, addDays(TODAY, 14));
      assert.match(item(readiness, 'notice').reason, /Ends on 14 December 2026: 14 days of notice from today \(the contract\)/);
    });

    it('names the deliverable, and blocks when it does not exist', () => {
      const byDeliverable = check({ ...decision({ endAfter: 'deliverable:Dashboard' }), deliverables: [{ title: 'Dashboard', due: '2027-01-29' }] });
      assert.match(item(byDeliverable, 'notice').reason, /Ends on 29 January 2027, when “Dashboard” is due/);
      const missing = check(decision({ endAfter: 'deliverable:Nope' }));
      assert.equal(item(missing, 'notice').status, 'block');
      assert.equal(missing.endDate, undefined);
    });

    it("warns when a chosen date comes before the contract's notice allows, and accepts the exact day", () => {
      const early = item(check(decision({ endAfter: addDays(TODAY, 29) })), 'notice');
      assert.equal(early.status, 'warn');
      assert.match(early.reason, /30 December 2026 at the earliest/);
      assert.equal(item(check(decision({ endAfter: addDays(TODAY, 30) })), 'notice').status, 'ok');
    });

    it('blocks when the end date is already past: the email would announce an end gone by', () => {
      const past = check(decision({ endAfter: addDays(TODAY, -1) }));
      assert.equal(item(past, 'notice').status, 'block');
      assert.match(item(past, 'notice').reason, /already past: choose a later one/);
      assert.equal(past.blocked, true);
    });
  });

  describe('referral', () => {
    it('is fine with a colleague or a kind of provider, and warns without either', () => {
      assert.equal(item(check(decision({ referral: { kind: 'a full-service agency' } })), 'referral').status, 'ok');
      const none = item(check(decision({ referral: undefined })), 'referral');
      assert.equal(none.status, 'warn');
      assert.match(none.reason, /decision\.referral/);
    });

    it('needs none for a client marked disrespectful', () => {
      const readiness = check(decision({ referral: undefined, disrespectful: true }));
      assert.equal(item(readiness, 'referral').status, 'ok');
      assert.match(item(readiness, 'referral').reason, /disrespectful/);
    });
  });

  it("writes every reason in the user's language, whatever the client's", () => {
    const english = check({ ...decision({ meeting: undefined }), language: 'it' }, { language: 'en' });
    const italian = check({ ...decision({ meeting: undefined }), language: 'en' }, { language: 'it' });
    assert.equal(english.language, 'en');
    assert.equal(italian.language, 'it');
    for (const id of READINESS_ITEMS) assert.notEqual(item(italian, id).reason, item(english, id).reason, id);
    assert.match(item(english, 'meeting').reason, /don't just stop answering/);
    assert.match(item(italian, 'meeting').reason, /non smettere semplicemente di rispondere/);
    assert.match(item(italian, 'notice').reason, /30 dicembre 2026/);
  });
});
