// The imports speak the interface's language: problems, where they are, labels and change lines in Italian when asked.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tooLarge } from '../../../src/core/import/csvTable';
import { planHoursImport } from '../../../src/core/import/hoursImport';
import { planInvoiceImport } from '../../../src/core/import/invoiceImport';
import { planMailImport } from '../../../src/core/import/mailImport';
import { IMPORT_MESSAGES } from '../../../src/core/import/messages';
import { assertInformal, textsOf } from '../italianRegister';

const FIXTURES = join(process.cwd(), 'test', 'core', 'import', 'fixtures');
const SAMPLE = readFileSync(join(process.cwd(), 'examples', 'freelancer', 'clients.yaml'), 'utf8');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const italian = (file: string) => ({ file, clientsFile: 'clients.yaml', language: 'it' as const });
const mapping = { date: 'Giorno', client: 'Cliente', hours: 'Ore' };

describe('import messages in Italian', () => {
  it('words the hours plan: label, change lines and the rows of unattributed entries', async () => {
    const result = await planHoursImport(fixture('toggl-detailed.csv'), SAMPLE, italian('toggl.csv'));
    assert.equal(result.label, 'report dettagliato di Toggl Track');
    assert.deepEqual(result.plan!.changes, ['acme: ore 260 → 264 (+4 da 2 voci)', 'northwind: ore 96 → 100.25 (+4.25 da 1 voce)']);
    assert.deepEqual(result.plan!.unattributed[0].places, ['toggl.csv, riga 5']);
  });

  it('names the rows of dates and durations it cannot read, and the columns a mapping lacks', async () => {
    const csv = 'Giorno,Cliente,Ore\n2026-11-02,bluefin,1.5\n"Nov 3, 2026",bluefin,1.5\n2026-11-04,bluefin,un\'ora\n';
    const result = await planHoursImport(csv, SAMPLE, { ...italian('ore.csv'), mapping });
    assert.deepEqual(result.problems, [
      { where: 'ore.csv, riga 3', message: "'Nov 3, 2026' non è una data che l'importazione sa leggere, serve AAAA-MM-GG o GG/MM/AAAA" },
      { where: 'ore.csv, riga 4', message: "'un'ora' non è una durata: servono ore come 1:30:00, 1:30 o 1.5" },
    ]);
    const lacking = await planHoursImport('Giorno,Ore\n2026-11-02,1\n', SAMPLE, { ...italian('m.csv'), mapping: { date: 'Giorno', hours: 'Ore' } });
    assert.deepEqual(lacking.problems, [{ where: 'm.csv', message: "nessuna colonna per cliente o progetto; l'intestazione è: Giorno, Ore" }]);
    const ambiguous = await planHoursImport('Giorno,Cliente,Ore\n03/04/2026,bluefin,1\n', SAMPLE, { ...italian('a.csv'), mapping });
    assert.match(ambiguous.problems[0].message, /indica quale viene prima, ad es\. --date-order dmy o mdy/);
  });

  it('words the invoice plan and its problems', async () => {
    const result = await planInvoiceImport(fixture('invoices.csv'), SAMPLE, italian('invoices.csv'));
    assert.equal(result.label, '4 fatture');
    assert.deepEqual(result.plan!.changes, ['bluefin: nuova fattura 2026-051, 1250, da pagare', 'northwind: fattura 2026-047 pagata il 2026-12-01']);
    const usd = await planInvoiceImport('Number,Client,Amount,Currency\n2026-070,bluefin,100,USD\n', SAMPLE, italian('usd.csv'));
    assert.deepEqual(usd.problems, [
      { where: 'usd.csv, riga 2', message: "l'importo è in USD ma gli importi di bluefin sono in EUR: convertilo, o imposta la valuta del cliente" },
    ]);
    const unknown = await planInvoiceImport('Number,Client,Amount\n1,acme,1\n', SAMPLE, { ...italian('f.csv'), mapping: { importo: 'Amount' } });
    assert.deepEqual(unknown.problems, [
      { where: 'la mappatura delle colonne', message: "campo sconosciuto 'importo'; i campi sono number, client, amount, currency, issued, due, paidOn" },
    ]);
  });

  describe('mail', () => {
    let folder: string;
    beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'clean-break-mail-it-'))));
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('words the incidents it proposes, keeping the notes it writes into clients.yaml as they are', async () => {
      const result = await planMailImport(join(FIXTURES, 'mailbox.mbox'), SAMPLE, italian('mailbox.mbox'));
      assert.equal(result.label, "6 messaggi, 5 dai clienti, 4 fuori dall'orario di lavoro");
      assert.equal(result.plan!.changes[0], 'acme: episodio fuori orario il 2026-11-02, 23:40 — Il colore del logo è sbagliato');
      assert.match(result.plan!.apply(SAMPLE), /note: "?23:40 — Il colore del logo è sbagliato/);
    });

    it('names the message of an mbox it cannot read, and one without a Date', async () => {
      const mbox = join(folder, 'broken.mbox');
      writeFileSync(mbox, `${fixture('mailbox.mbox')}\nFrom broken Mon Nov  9 10:00:00 2026\n\u0000\u0001garbage without any header\n`);
      const broken = await planMailImport(mbox, SAMPLE, italian('broken.mbox'));
      assert.deepEqual(broken.problems, [{ where: 'broken.mbox, messaggio 7', message: "il messaggio non ha l'indirizzo del mittente (From): l'intestazione MIME è rovinata?" }]);
      writeFileSync(join(folder, 'b.eml'), 'From: tom@bluefin-travel.example\r\nSubject: Undated\r\n\r\nHi');
      const undated = await planMailImport(folder, SAMPLE, italian('inbox'));
      assert.deepEqual(undated.problems, [{ where: 'inbox/b.eml', message: "il messaggio di tom@bluefin-travel.example non ha l'intestazione Date, quindi non se ne conosce l'ora" }]);
    });

    it('asks for the working hours in Italian', async () => {
      const result = await planMailImport(join(FIXTURES, 'mailbox.mbox'), SAMPLE.replace('  workingHours: "09:00-18:00"\n', ''), italian('mailbox.mbox'));
      assert.match(result.problems[0].message, /^imposta me\.timezone e me\.workingHours/);
    });
  });

  it('says in Italian what is wrong with clients.yaml before importing, and that a file is too large', async () => {
    const result = await planHoursImport(fixture('toggl-detailed.csv'), 'version: 1\nclients: 3\n', italian('toggl.csv'));
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].where, /^clients\.yaml:\d+:\d+$/);
    assert.match(result.problems[0].message, /^correggi questo prima di importare: clients: /);
    assert.doesNotMatch(result.problems[0].message, /expected/);
    assert.deepEqual(tooLarge('big.csv', 60 * 1024 * 1024, 'it'), {
      where: 'big.csv',
      message: "il file è di 60.0 MB; l'importazione legge file fino a 50 MB: esporta un periodo più breve e importa ogni parte",
    });
  });

  it('has an Italian wording for every English one, speaking to the user as "tu"', () => {
    assert.deepEqual(Object.keys(IMPORT_MESSAGES.it).sort(), Object.keys(IMPORT_MESSAGES.en).sort());
    assertInformal(textsOf(IMPORT_MESSAGES.it));
  });
});
