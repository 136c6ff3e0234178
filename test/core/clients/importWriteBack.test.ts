import * as assert from 'node:assert/strict';
import { addAlias, addInvoice, logIncident, markInvoicePaid, setImportedHours, setMeetingHeld, WriteBackError } from '../../../src/core/clients/writeBack';
import { SAMPLE, withChange } from './sample';

describe('write-back for imports', () => {
  it('sets hours in place and adds the imported keys as the client\'s last key, touching nothing else', () => {
    const after = setImportedHours(SAMPLE, 'acme', 152.5, 'a1b2c3d4e5f6 0123456789ab');
    assert.equal(
      after,
      withChange('    hours: 140\n', '    hours: 152.5\n', withChange(
        '      meeting: { on: 2026-11-28, mode: call }\n',
        '      meeting: { on: 2026-11-28, mode: call }\n    importedTimeEntries: a1b2c3d4e5f6 0123456789ab\n',
      )),
    );
  });

  it('refuses to change a value another client shares through a YAML anchor, naming the anchor', () => {
    const aliased = withChange('    status: prospect\n', '    status: prospect\n    hours: *h\n', withChange('    hours: 140\n', '    hours: &h 140\n'));
    assert.throws(() => setImportedHours(aliased, 'acme', 152.5, 'a1b2c3d4e5f6'), (error) => error instanceof WriteBackError && /shared with other entries through the YAML anchor &h/.test(error.message));
    // The alias itself is no value to replace either.
    assert.throws(() => setImportedHours(aliased, 'beta', 3, 'a1b2c3d4e5f6'), (error) => error instanceof WriteBackError);
    // An anchored value no alias uses is the client's own.
    assert.match(setImportedHours(withChange('    hours: 140\n', '    hours: &h 140\n'), 'acme', 152.5, 'a1b2c3d4e5f6'), /hours: &h 152\.5/);
  });

  it('refuses a change inside a mapping or a list item another client shares through an anchor', () => {
    const decision = withChange('    status: prospect\n', '    status: prospect\n    decision: *d\n', withChange('    decision:\n', '    decision: &d\n'));
    assert.throws(() => setMeetingHeld(decision, 'acme', true), (error) => error instanceof WriteBackError && /YAML anchor &d/.test(error.message));
    const invoice = withChange('    status: prospect\n', '    status: prospect\n    invoices: [*inv]\n', withChange('      - number: "2026-014"\n', '      - &inv\n        number: "2026-014"\n'));
    assert.throws(() => markInvoicePaid(invoice, 'acme', '2026-014', '2026-11-30'), (error) => error instanceof WriteBackError && /YAML anchor &inv/.test(error.message));
    const list = withChange('    status: prospect\n', '    status: prospect\n    incidents: *log\n', withChange('    incidents:\n', '    incidents: &log\n'));
    assert.throws(() => logIncident(list, 'acme', { date: '2026-11-30', kind: 'scope-creep' }), (error) => error instanceof WriteBackError && /YAML anchor &log/.test(error.message));
  });

  it('quotes keys that YAML would read as a number, and replaces them on the next import', () => {
    const once = setImportedHours(SAMPLE, 'beta', 2, '123456789012');
    assert.match(once, /^ {4}importedTimeEntries: "123456789012"$/m);
    const twice = setImportedHours(once, 'beta', 3, '123456789012 abcdefabcdef');
    assert.match(twice, /^ {4}importedTimeEntries: "123456789012 abcdefabcdef"$/m);
    assert.match(twice, /^ {4}hours: 3$/m);
  });

  it('appends an invoice after the last one, in the list\'s own indentation', () => {
    const after = addInvoice(SAMPLE, 'acme', { number: '2026-020', amount: 950.5, issued: '2026-11-30' });
    assert.equal(
      after,
      withChange('        due: 2026-10-31\n', '        due: 2026-10-31\n      - number: 2026-020\n        amount: 950.5\n        issued: 2026-11-30\n'),
    );
  });

  it('starts an aliases list, then adds to it', () => {
    const once = addAlias(SAMPLE, 'beta', 'Beta');
    assert.equal(once, withChange('    status: prospect\n', '    status: prospect\n    aliases:\n      - Beta\n'));
    const twice = addAlias(once, 'beta', 'Beta Limited, UK');
    assert.match(twice, /aliases:\n {6}- Beta\n {6}- Beta Limited, UK\n/);
  });

  it('refuses invalid values and unknown clients, leaving the text as it was', () => {
    assert.throws(() => setImportedHours(SAMPLE, 'acme', -1, 'a1b2c3d4e5f6'), WriteBackError);
    assert.throws(() => setImportedHours(SAMPLE, 'acme', 1, 'not keys'), WriteBackError);
    assert.throws(() => addInvoice(SAMPLE, 'acme', { number: '', amount: 1 }), WriteBackError);
    assert.throws(() => addAlias(SAMPLE, 'nobody', 'X'), WriteBackError);
  });
});
