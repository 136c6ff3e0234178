import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClients } from '../../../src/core/clients/loader';
import type { Client } from '../../../src/core/clients/schema';
import { planHoursImport } from '../../../src/core/import/hoursImport';
import { planInvoiceImport } from '../../../src/core/import/invoiceImport';
import { planMailImport } from '../../../src/core/import/mailImport';
import type { ImportResult } from '../../../src/core/import/problems';
import { decodeExport } from '../../../src/core/import/exportText';

const FIXTURES = join(process.cwd(), 'test', 'core', 'import', 'fixtures');
const SAMPLE = readFileSync(join(process.cwd(), 'examples', 'freelancer', 'clients.yaml'), 'utf8');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const options = (file: string) => ({ file, clientsFile: 'clients.yaml' });

function clientsOf(text: string): Map<string, Client> {
  const { data, problems } = loadClients(text, { file: 'clients.yaml' });
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  return new Map(data.clients.map((c) => [c.id, c]));
}

/** Applies the plan and checks that planning the same import on the result changes nothing more. */
async function applyTwice(plan: (clientsText: string) => Promise<ImportResult>): Promise<{ first: ImportResult; after: string }> {
  const first = await plan(SAMPLE);
  assert.deepEqual(first.problems, []);
  const after = first.plan!.apply(SAMPLE);
  const second = await plan(after);
  assert.deepEqual(second.problems, []);
  assert.equal(second.plan!.apply(after), after, 're-importing changed clients.yaml');
  assert.deepEqual(second.plan!.changes, []);
  return { first, after };
}

describe('import hours', () => {
  it('reads a Toggl Track detailed export (with its byte-order mark) and sums the entries per client', async () => {
    const { first, after } = await applyTwice((text) => planHoursImport(fixture('toggl-detailed.csv'), text, options('toggl.csv')));
    const clients = clientsOf(after);
    assert.equal(clients.get('acme')?.hours, 260 + 2.5 + 1.5);
    assert.equal(clients.get('northwind')?.hours, 96 + 4.25);
    assert.equal(clients.get('acme')?.importedTimeEntries?.split(' ').length, 2);
    assert.deepEqual(first.plan!.unattributed, [{ name: 'Internal', count: 1, places: ['toggl.csv, row 5'], total: 0.75 }]);
  });

  it('reads a Clockify detailed export with US dates and decimal durations', async () => {
    const { after } = await applyTwice((text) => planHoursImport(fixture('clockify-detailed.csv'), text, options('clockify.csv')));
    const clients = clientsOf(after);
    assert.equal(clients.get('bluefin')?.hours, 38 + 3.5 + 1.25);
    assert.equal(clients.get('studio-verdi')?.hours, 30 + 1);
  });

  it('reads an Italian Clockify export: semicolons, decimal commas, a quoted newline, day-first dates', async () => {
    const { after } = await applyTwice((text) => planHoursImport(fixture('clockify-detailed-it.csv'), text, options('clockify-it.csv')));
    const clients = clientsOf(after);
    assert.equal(clients.get('acme')?.hours, 260 + 1.5 + 0.75);
    assert.equal(clients.get('forno-bianco')?.hours, 12 + 2);
  });

  it('reads a Harvest detailed time report, counting two identical entries twice', async () => {
    const { after } = await applyTwice((text) => planHoursImport(fixture('harvest-detailed.csv'), text, options('harvest.csv')));
    const clients = clientsOf(after);
    assert.equal(clients.get('harbor-labs')?.hours, 41 + 2.5);
    assert.equal(clients.get('northwind')?.hours, 96 + 6.5);
  });

  it('adds only the new entries of an export that overlaps one already imported', async () => {
    const [header, ...rows] = fixture('toggl-detailed.csv').trimEnd().split('\n');
    const firstPart = [header, rows[0]].join('\n');
    const once = (await planHoursImport(firstPart, SAMPLE, options('part.csv'))).plan!.apply(SAMPLE);
    const result = await planHoursImport(fixture('toggl-detailed.csv'), once, options('all.csv'));
    assert.equal(result.plan!.alreadyImported, 1);
    assert.equal(clientsOf(result.plan!.apply(once)).get('acme')?.hours, 264);
  });

  it('saves an alias: a client found by its alias gets the hours of that name', async () => {
    const withAlias = SAMPLE.replace('    name: Forno Bianco\n', '    name: Forno Bianco\n    aliases:\n      - Internal\n');
    const result = await planHoursImport(fixture('toggl-detailed.csv'), withAlias, options('toggl.csv'));
    assert.deepEqual(result.plan!.unattributed, []);
    assert.equal(clientsOf(result.plan!.apply(withAlias)).get('forno-bianco')?.hours, 12.75);
  });

  it('reads any other CSV through a column mapping', async () => {
    const csv = 'Giorno;Cliente;Ore\n02/11/2026;Bluefin Travel;2,5\n30/11/2026;bluefin;1:15\n';
    const result = await planHoursImport(csv, SAMPLE, { ...options('ore.csv'), mapping: { date: 'Giorno', client: 'Cliente', hours: 'Ore' } });
    assert.deepEqual(result.problems, []);
    assert.equal(clientsOf(result.plan!.apply(SAMPLE)).get('bluefin')?.hours, 38 + 3.75);
  });

  it('names the row of every date and duration it cannot read or believe, and proposes nothing', async () => {
    const csv = 'Giorno,Cliente,Ore\n2026-11-02,bluefin,1.5\n"Nov 3, 2026",bluefin,1.5\n2026-11-04,bluefin,an hour\n2026-11-05,bluefin,99999:00:00\n';
    const result = await planHoursImport(csv, SAMPLE, { ...options('ore.csv'), mapping: { date: 'Giorno', client: 'Cliente', hours: 'Ore' } });
    assert.equal(result.plan, undefined);
    assert.deepEqual(result.problems, [
      { where: 'ore.csv, row 3', message: "'Nov 3, 2026' is not a date this import reads, expected YYYY-MM-DD or DD/MM/YYYY" },
      { where: 'ore.csv, row 4', message: "'an hour' is not a duration: expected hours as 1:30:00, 1:30 or 1.5" },
      { where: 'ore.csv, row 5', message: "'99999:00:00' is longer than one entry can be (24 hours): a typo, or a timer left running? Correct the export" },
    ]);
  });

  it('asks for the day-month order when no date settles it', async () => {
    const csv = 'Date,Client,Hours\n03/04/2026,bluefin,1\n05/06/2026,bluefin,1\n';
    const mapping = { date: 'Date', client: 'Client', hours: 'Hours' };
    const ambiguous = await planHoursImport(csv, SAMPLE, { ...options('a.csv'), mapping });
    assert.match(ambiguous.problems[0].message, /--date-order dmy or mdy/);
    assert.equal(ambiguous.needsDateOrder, true);
    const settled = await planHoursImport(csv, SAMPLE, { ...options('a.csv'), mapping, dateOrder: 'dmy' });
    assert.deepEqual(settled.problems, []);
  });

  it('says which export it expected when the headers are unknown', async () => {
    const result = await planHoursImport('When,Who,How long\n2026-11-02,acme,1\n', SAMPLE, options('x.csv'));
    assert.match(result.problems[0].message, /not a detailed export of Toggl Track, Clockify or Harvest.*--map/);
  });

  it('says which columns a mapping lacks', async () => {
    const result = await planHoursImport('Day,Time\n2026-11-02,1\n', SAMPLE, { ...options('m.csv'), mapping: { date: 'Day', hours: 'Time' } });
    assert.deepEqual(result.problems, [{ where: 'm.csv', message: 'no column for client or project; the header is: Day, Time' }]);
  });

  it('reads exports written in UTF-16 or Windows-1252 as well as UTF-8', () => {
    const text = 'Client,Note\nCafé Rosé,Città\n';
    assert.deepEqual(decodeExport(Buffer.from(text, 'utf8')), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeExport(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), { text, encoding: 'utf-16le' });
    assert.deepEqual(decodeExport(Buffer.from(text, 'latin1')), { text, encoding: 'windows-1252' });
  });

  it('names the line where a quote is left open', async () => {
    const result = await planHoursImport('Date,Client,Hours\n2026-11-02,"acme,1\n', SAMPLE, { ...options('q.csv'), mapping: { date: 'Date', client: 'Client', hours: 'Hours' } });
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].where, /^q\.csv, line \d+$/);
    assert.equal(result.problems[0].message, 'not readable as CSV: the file ends inside a quoted field: a quote is never closed');
    const italian = await planHoursImport('Date,Client,Hours\n2026-11-02,x"=HYPERLINK("a"),1\n', SAMPLE, { ...options('q.csv'), language: 'it', mapping: { date: 'Date', client: 'Client', hours: 'Hours' } });
    assert.match(italian.problems[0].message, /^non si può leggere come CSV: delle virgolette stanno a metà di un campo/);
  });
});

describe('import invoices', () => {
  it('adds new invoices, records payments of known ones by number, and lists the rest', async () => {
    const { first, after } = await applyTwice((text) => planInvoiceImport(fixture('invoices.csv'), text, options('invoices.csv')));
    const clients = clientsOf(after);
    assert.deepEqual(clients.get('bluefin')?.invoices.find((i) => i.number === '2026-051'), { number: '2026-051', amount: 1250, issued: '2026-11-20', due: '2026-12-20' });
    assert.equal(clients.get('northwind')?.invoices.find((i) => i.number === '2026-047')?.paidOn, '2026-12-01');
    assert.equal(first.plan!.alreadyImported, 1);
    assert.deepEqual(first.plan!.unattributed.map((u) => [u.name, u.total]), [['Rossi Studio (internal)', 10]]);
  });

  it('reads an Italian list: byte-order mark, semicolons, 1.480,50, day-first dates', async () => {
    const { after } = await applyTwice((text) => planInvoiceImport(fixture('fatture.csv'), text, options('fatture.csv')));
    const clients = clientsOf(after);
    assert.deepEqual(clients.get('forno-bianco')?.invoices.at(-1), { number: '2026-063', amount: 1480.5, issued: '2026-12-01', due: '2026-12-31' });
    assert.equal(clients.get('studio-verdi')?.invoices.at(-1)?.paidOn, '2026-12-03');
  });

  it('refuses an amount in another currency than the client, naming the row', async () => {
    const result = await planInvoiceImport('Number,Client,Amount,Currency\n2026-070,bluefin,100,USD\n', SAMPLE, options('usd.csv'));
    assert.deepEqual(result.problems, [{ where: 'usd.csv, row 2', message: "the amount is in USD but bluefin's amounts are in EUR: convert it, or set the client's currency" }]);
  });
});

describe('import mail', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'clean-break-mail-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('proposes one after-hours incident per client and day from an mbox, with subject, time and weekday (in the freelancer\'s language) but no body', async () => {
    const mbox = join(FIXTURES, 'mailbox.mbox');
    const { first, after } = await applyTwice((text) => planMailImport(mbox, text, options('mailbox.mbox')));
    assert.equal((first as { label?: string }).label, '6 messages, 5 from clients, 4 outside working hours');
    const acme = clientsOf(after).get('acme')!.incidents.filter((i) => i.messageId !== undefined);
    assert.deepEqual(acme, [
      { date: '2026-11-02', kind: 'after-hours', note: '23:40 — Il colore del logo è sbagliato', messageId: '<logo-1@acme.example>' },
      { date: '2026-11-03', kind: 'after-hours', note: '00:05 — Ancora il logo', messageId: '<logo-3@acme.example>' },
    ]);
    assert.deepEqual(clientsOf(after).get('northwind')!.incidents.at(-1), {
      date: '2026-11-07', kind: 'after-hours', note: 'sab 11:00 — Quick question about the export', messageId: '<weekend@northwind.example>',
    });
    assert.ok(!after.includes('Private body text') && !after.includes('darker red'));
    assert.deepEqual(first.plan!.unattributed.map((u) => u.name), ['news@shop.example']);
  });

  it('reads a folder of .eml files and names a message without a Date', async () => {
    writeFileSync(join(folder, 'a.eml'), 'From: Tom <tom@bluefin-travel.example>\r\nSubject: Late\r\nDate: Wed, 04 Nov 2026 21:30:00 +0000\r\n\r\nHi');
    writeFileSync(join(folder, 'b.eml'), 'From: Tom <tom@bluefin-travel.example>\r\nSubject: Undated\r\nMessage-ID: <undated@bluefin>\r\n\r\nHi');
    const result = await planMailImport(folder, SAMPLE, options('inbox'));
    assert.equal(result.plan, undefined);
    assert.deepEqual(result.problems, [
      { where: 'inbox/b.eml (Message-ID <undated@bluefin>)', message: 'the message from tom@bluefin-travel.example has no Date header, so its time is unknown' },
    ]);
  });

  it('keeps a hostile subject and Message-ID to one short line', async () => {
    const subject = `Urgent\u0007 ${'x'.repeat(5000)}`;
    const messageId = `<${'a'.repeat(1000)}@bluefin>`;
    writeFileSync(join(folder, 'a.eml'), `From: tom@bluefin-travel.example\r\nSubject: ${subject}\r\nMessage-ID: ${messageId}\r\nDate: Wed, 04 Nov 2026 21:30:00 +0000\r\n\r\nHi`);
    const result = await planMailImport(folder, SAMPLE, options('inbox'));
    const incident = clientsOf(result.plan!.apply(SAMPLE)).get('bluefin')!.incidents.at(-1)!;
    assert.equal(incident.note, `22:30 — Urgent ${'x'.repeat(112)}…`);
    assert.equal(incident.messageId, messageId.slice(0, 250));
  });

  it('names a message whose MIME header is broken in an mbox', async () => {
    const mbox = join(folder, 'broken.mbox');
    const good = readFileSync(join(FIXTURES, 'mailbox.mbox'), 'utf8');
    writeFileSync(mbox, `${good}\nFrom broken Mon Nov  9 10:00:00 2026\n\u0000\u0001garbage without any header\n=?UTF-8?B?not base64\n`);
    const result = await planMailImport(mbox, SAMPLE, options('broken.mbox'));
    assert.equal(result.plan, undefined);
    assert.deepEqual(result.problems.map((p) => p.where), ['broken.mbox, message 7']);
    assert.match(result.problems[0].message, /no sender address \(From\)/);
  });

  it('needs the working hours and time zone to tell after-hours apart', async () => {
    const withoutHours = SAMPLE.replace('  workingHours: "09:00-18:00"\n', '');
    const result = await planMailImport(join(FIXTURES, 'mailbox.mbox'), withoutHours, options('mailbox.mbox'));
    assert.match(result.problems[0].message, /set me\.timezone and me\.workingHours/);
  });
});
