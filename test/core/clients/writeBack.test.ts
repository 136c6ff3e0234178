import * as assert from 'node:assert/strict';
import { loadClients } from '../../../src/core/clients/loader';
import {
  logIncident,
  markDelivered,
  markInvoicePaid,
  recordDecision,
  setMeetingHeld,
  WriteBackError,
} from '../../../src/core/clients/writeBack';
import { errorText } from '../../../src/core/localizedError';
import { SAMPLE, withChange } from './sample';

const load = (text: string) => loadClients(text, { file: 'clients.yaml' });

/** `after` must be `before` with exactly `removed` replaced by `inserted` at `at`: every other byte untouched. */
function assertSplice(before: string, after: string, at: number, removed: string, inserted: string): void {
  assert.equal(before.slice(at, at + removed.length), removed, 'the expected old text is not at that place');
  assert.equal(after.slice(0, at), before.slice(0, at), 'text before the change moved');
  assert.equal(after.slice(at + inserted.length), before.slice(at + removed.length), 'text after the change moved');
  assert.equal(after.slice(at, at + inserted.length), inserted);
}

/** Offset just after the first occurrence of `anchor`. */
function after(text: string, anchor: string): number {
  const index = text.indexOf(anchor);
  assert.ok(index >= 0, `no ${JSON.stringify(anchor)}`);
  return index + anchor.length;
}

describe('write-back', () => {
  it('refuses a file nested too deep with a message, not a stack overflow', () => {
    const deep = `${SAMPLE}notes: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    assert.throws(() => markDelivered(deep, 'acme', 'Website redesign'), (error: unknown) => error instanceof WriteBackError && /nested more than 100 levels deep/.test(error.message));
  });

  describe('markDelivered', () => {
    it('changes only the status value of that deliverable', () => {
      const result = markDelivered(SAMPLE, 'acme', 'Website redesign');
      assertSplice(SAMPLE, result, after(SAMPLE, 'due: 2026-12-15\n        status: '), 'in-progress', 'delivered');
      assert.equal(load(result).data.clients[0].deliverables[0].status, 'delivered');
    });

    it('adds a status line when the deliverable has none', () => {
      const before = withChange('        status: in-progress\n', '');
      const result = markDelivered(before, 'acme', 'Website redesign');
      const at = after(before, 'paid: true\n');
      assertSplice(before, result, at, '', '        status: delivered\n');
    });

    it('keeps the quoting style of the value it replaces', () => {
      const before = withChange('status: in-progress', "status: 'in-progress'");
      const result = markDelivered(before, 'acme', 'Website redesign');
      assertSplice(before, result, after(before, "due: 2026-12-15\n        status: "), "'in-progress'", "'delivered'");
    });

    it('refuses an unknown deliverable or client, naming it', () => {
      assert.throws(() => markDelivered(SAMPLE, 'acme', 'Logo'), (error) => error instanceof WriteBackError && error.message === 'client "acme" has no deliverable "Logo"');
      // Worded in Italian too, for an Italian interface.
      assert.throws(() => markDelivered(SAMPLE, 'acme', 'Logo'), (error) => errorText(error, 'it') === 'il cliente "acme" non ha la consegna "Logo"');
      assert.throws(() => markDelivered(SAMPLE, 'nobody', 'Logo'), /no client with id "nobody"/);
    });
  });

  describe('markInvoicePaid', () => {
    it('adds paidOn after the invoice’s last line', () => {
      const result = markInvoicePaid(SAMPLE, 'acme', '2026-014', '2026-11-29');
      assertSplice(SAMPLE, result, after(SAMPLE, 'due: 2026-10-31\n'), '', '        paidOn: 2026-11-29\n');
      assert.equal(load(result).data.clients[0].invoices[0].paidOn, '2026-11-29');
    });

    it('replaces an existing payment date in place', () => {
      const before = markInvoicePaid(SAMPLE, 'acme', '2026-014', '2026-11-29');
      const result = markInvoicePaid(before, 'acme', '2026-014', '2026-11-30');
      assertSplice(before, result, after(before, 'paidOn: '), '2026-11-29', '2026-11-30');
    });

    it('refuses a date that does not exist', () => {
      assert.throws(() => markInvoicePaid(SAMPLE, 'acme', '2026-014', '2026-02-30'), /invalid payment date/);
    });
  });

  describe('logIncident', () => {
    it('appends to the list, lined up with the incidents already there, before the blank line', () => {
      const result = logIncident(SAMPLE, 'acme', { date: '2026-11-29', kind: 'scope-creep', note: 'Asked for: a shop, too', hours: 2 });
      const inserted = '      - date: 2026-11-29\n        kind: scope-creep\n        note: "Asked for: a shop, too"\n        hours: 2\n';
      assertSplice(SAMPLE, result, after(SAMPLE, 'hours: 1.5\n'), '', inserted);
      assert.deepEqual(load(result).data.clients[0].incidents[1], { date: '2026-11-29', kind: 'scope-creep', note: 'Asked for: a shop, too', hours: 2 });
    });

    it('starts the list for a client without incidents', () => {
      const result = logIncident(SAMPLE, 'beta', { date: '2026-11-29', kind: 'after-hours' });
      assertSplice(SAMPLE, result, SAMPLE.length, '', '    incidents:\n      - date: 2026-11-29\n        kind: after-hours\n');
      assert.equal(load(result).data.clients[1].incidents[0].kind, 'after-hours');
    });

    it('works on a file that does not end with a newline', () => {
      const before = SAMPLE.trimEnd();
      const result = logIncident(before, 'beta', { date: '2026-11-29', kind: 'other' });
      assert.equal(result.slice(0, before.length), before);
      assert.deepEqual(load(result).problems, []);
    });

    it('refuses an incident kind outside the list, leaving nothing half-written', () => {
      assert.throws(() => logIncident(SAMPLE, 'acme', { date: '2026-11-29', kind: 'rude' as never }), /invalid incident: kind/);
    });
  });

  describe('recordDecision', () => {
    it('adds the decision block at the end of the client, nested mappings on one line', () => {
      const result = recordDecision(SAMPLE, 'beta', {
        decidedOn: '2026-11-29',
        reason: 'I no longer think my services meet your needs',
        endAfter: 'notice',
        meeting: { on: '2026-12-03', mode: 'video' },
        referral: { kind: 'a full-service agency, or similar' },
      });
      const inserted = [
        '    decision:',
        '      decidedOn: 2026-11-29',
        '      reason: I no longer think my services meet your needs',
        '      endAfter: notice',
        '      meeting: { on: 2026-12-03, mode: video }',
        '      referral: { kind: "a full-service agency, or similar" }',
        '',
      ].join('\n');
      assertSplice(SAMPLE, result, SAMPLE.length, '', inserted);
      const beta = load(result).data.clients[1];
      assert.equal(beta.decision?.referral?.kind, 'a full-service agency, or similar');
    });

    it('updates the fields given on an existing decision and leaves the others', () => {
      const result = recordDecision(SAMPLE, 'acme', { decidedOn: '2026-11-21' });
      assertSplice(SAMPLE, result, after(SAMPLE, 'decidedOn: '), '2026-11-20', '2026-11-21');
      assert.equal(load(result).data.clients[0].decision?.endAfter, 'deliverable:Website redesign');
    });

    it('refuses a decision without its required date', () => {
      assert.throws(() => recordDecision(SAMPLE, 'beta', { reason: 'x' } as never), /invalid decision: decidedOn/);
    });
  });

  describe('setMeetingHeld', () => {
    it('adds held to the one-line meeting mapping', () => {
      const result = setMeetingHeld(SAMPLE, 'acme', true);
      assertSplice(SAMPLE, result, after(SAMPLE, 'mode: call'), '', ', held: true');
      assert.equal(load(result).data.clients[0].decision?.meeting?.held, true);
    });

    it('unticks it in place', () => {
      const before = setMeetingHeld(SAMPLE, 'acme', true);
      const result = setMeetingHeld(before, 'acme', false);
      assertSplice(before, result, after(before, 'held: '), 'true', 'false');
    });

    it('adds a meeting to a decision that has none', () => {
      const before = withChange('      meeting: { on: 2026-11-28, mode: call }\n', '');
      const result = setMeetingHeld(before, 'acme', true);
      assertSplice(before, result, after(before, 'deliverable:Website redesign\n'), '', '      meeting: { held: true }\n');
    });

    it('refuses when no decision is recorded', () => {
      assert.throws(() => setMeetingHeld(SAMPLE, 'beta', true), /has no decision recorded yet/);
    });
  });

  it('refuses to edit a file with YAML errors', () => {
    assert.throws(() => markDelivered(`${SAMPLE}\t- broken\n`, 'acme', 'Website redesign'), /YAML errors/);
  });

  it('keeps comments, blank lines and quoting everywhere across several changes', () => {
    let text = markDelivered(SAMPLE, 'acme', 'Website redesign');
    text = markInvoicePaid(text, 'acme', '2026-014', '2026-11-29');
    text = setMeetingHeld(text, 'acme', true);
    assert.ok(text.includes('  - id: acme                     # the client who writes at midnight\n'));
    assert.ok(text.includes('      - number: "2026-014"\n'));
    assert.ok(text.includes('        hours: 1.5\n\n    decision:\n'));
    assert.deepEqual(load(text).problems, []);
  });
});
