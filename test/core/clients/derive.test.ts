import * as assert from 'node:assert/strict';
import { addDays, daysBetween } from '../../../src/core/clients/dates';
import { deriveFacts, endDateOf } from '../../../src/core/clients/derive';
import { client, file } from './build';

const TODAY = '2026-11-30';

describe('derived facts', () => {
  describe('money', () => {
    const facts = deriveFacts(
      file([
        client({
          id: 'acme',
          name: 'ACME',
          currency: 'CHF',
          invoices: [
            { number: '1', amount: 1000, due: '2026-10-31', paidOn: '2026-11-15' },
            { number: '2', amount: 500, due: '2026-11-20' },
            { number: '3', amount: 300, due: '2026-12-10' },
            { number: '4', amount: 200 },
            { number: '5', amount: 50, due: TODAY },
          ],
        }),
      ], { currency: 'EUR' }),
      TODAY,
    ).clients[0];

    it('counts every unpaid invoice as outstanding, due or not', () => assert.equal(facts.outstanding, 1050));
    it('counts as overdue only the unpaid invoices past their due date, with days late', () => {
      assert.equal(facts.overdue, 500);
      assert.deepEqual(facts.overdueInvoices, [{ number: '2', amount: 500, due: '2026-11-20', daysLate: 10 }]);
    });
    it('counts paid invoices as revenue', () => assert.equal(facts.revenue, 1000));
    it("uses the client's currency over the default one", () => assert.equal(facts.currency, 'CHF'));
  });

  it('lists deliverables paid for but neither delivered nor cancelled', () => {
    const facts = deriveFacts(
      file([
        client({
          id: 'a',
          name: 'A',
          deliverables: [
            { title: 'paid, in progress', paid: true, status: 'in-progress' },
            { title: 'paid, delivered', paid: true, status: 'delivered' },
            { title: 'paid, cancelled', paid: true, status: 'cancelled' },
            { title: 'unpaid', paid: false, status: 'in-progress' },
            { title: 'paid, no status', paid: true },
          ],
        }),
      ]),
      TODAY,
    ).clients[0];
    assert.deepEqual(facts.paidUndelivered.map((d) => d.title), ['paid, in progress', 'paid, no status']);
  });

  it('counts incidents by kind, after-hours included, and the hours they cost', () => {
    const facts = deriveFacts(
      file([
        client({
          id: 'a',
          name: 'A',
          hours: 12,
          incidents: [
            { date: '2026-11-01', kind: 'after-hours', hours: 1.5 },
            { date: '2026-11-02', kind: 'after-hours' },
            { date: '2026-11-03', kind: 'late-payment', hours: 0.5 },
            { date: '2026-11-04' },
          ],
        }),
      ]),
      TODAY,
    ).clients[0];
    assert.deepEqual(facts.incidentsByKind, { 'after-hours': 2, 'vague-feedback': 0, 'late-payment': 1, 'scope-creep': 0, disrespect: 0, other: 1 });
    assert.equal(facts.incidentCount, 4);
    assert.equal(facts.incidentHours, 2);
    assert.equal(facts.hours, 12);
  });

  it('counts hours as 0 when none are given', () => {
    assert.equal(deriveFacts(file([client({ id: 'a', name: 'A' })]), TODAY).clients[0].hours, 0);
  });

  describe('cooling-off', () => {
    const decided = file([client({ id: 'a', name: 'A', decision: { decidedOn: '2026-11-28' } })], { coolingOffDays: 3 });

    it('counts the days since the decision while it runs', () => {
      assert.deepEqual(deriveFacts(decided, TODAY).clients[0].coolingOff, { decidedOn: '2026-11-28', day: 2, days: 3, over: false });
    });

    it('is over once the period has passed', () => {
      assert.equal(deriveFacts(decided, '2026-12-01').clients[0].coolingOff?.over, true);
    });

    it('is absent without a decision', () => {
      assert.equal(deriveFacts(file([client({ id: 'a', name: 'A' })]), TODAY).clients[0].coolingOff, undefined);
    });
  });

  describe('end date', () => {
    const defaults = file([], { noticeDays: 30, coolingOffDays: 3 }).defaults;
    const decided = (decision: object, deliverables: object[] = []) =>
      client({ id: 'a', name: 'A', deliverables: deliverables as never, decision: { decidedOn: '2026-11-20', ...decision } });

    it('notice runs from the meeting where the client is told', () => {
      assert.equal(endDateOf(decided({ endAfter: 'notice', meeting: { on: '2026-12-02' } }), defaults), '2027-01-01');
    });
    it('before a meeting is planned, notice runs from the end of cooling-off', () => {
      assert.equal(endDateOf(decided({}), defaults), '2026-12-23');
    });
    it('a contract notice period replaces the default', () => {
      assert.equal(endDateOf(decided({ meeting: { on: '2026-12-02' } }), defaults, 60), '2027-01-31');
    });
    it('a named deliverable ends it on its due date', () => {
      assert.equal(endDateOf(decided({ endAfter: 'deliverable:Site' }, [{ title: 'Site', due: '2027-02-15' }]), defaults), '2027-02-15');
    });
    it('a date ends it on that date', () => {
      assert.equal(endDateOf(decided({ endAfter: '2027-03-31' }), defaults), '2027-03-31');
    });
  });

  it('counts terminations in the last 30 and 365 days', () => {
    const ended = (id: string, endAfter: string, status: 'ended' | 'active' = 'ended') =>
      client({ id, name: id, status, decision: { decidedOn: '2025-01-01', endAfter } });
    const facts = deriveFacts(
      file([
        ended('ended-20-days-ago', '2026-11-10'),
        ended('passed-but-not-marked-ended', '2026-03-01', 'active'),
        ended('ended-exactly-30-days-ago', '2026-10-31'),
        ended('ended-early', '2027-01-31'),
        ended('still-running', '2027-01-31', 'active'),
        ended('ended-two-years-ago', '2024-11-01'),
        client({ id: 'ended-without-decision', name: 'x', status: 'ended' }),
      ]),
      TODAY,
    );
    assert.deepEqual(facts.terminations, { last30Days: 2, last365Days: 4 });
    assert.equal(facts.clients.find((c) => c.id === 'ended-early')?.terminatedOn, TODAY);
  });

  it('date arithmetic crosses months, leap days and years', () => {
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(daysBetween('2026-12-01', '2026-11-30'), -1);
  });
});
