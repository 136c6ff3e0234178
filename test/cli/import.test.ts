import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './captureIO';

const EXAMPLE = join(process.cwd(), 'examples', 'freelancer');
const FIXTURES = join(process.cwd(), 'test', 'core', 'import', 'fixtures');

describe('clean-break import', () => {
  let workspace: string;
  let before: string;
  const clientsText = () => readFileSync(join(workspace, 'clients.yaml'), 'utf8');
  const run = (...args: string[]) => runCli(['import', ...args, '--workspace', workspace]);

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'clean-break-import-'));
    cpSync(EXAMPLE, workspace, { recursive: true });
    before = clientsText();
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('shows a diff of clients.yaml and writes nothing without --write', async () => {
    const { code, stdout, stderr } = await run('hours', join(FIXTURES, 'toggl-detailed.csv'));
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /Toggl Track detailed report/);
    assert.match(stdout, /^-    hours: 260$/m);
    assert.match(stdout, /^\+    hours: 264$/m);
    assert.match(stdout, /"Internal": 1, 0\.75 h/);
    assert.match(stdout, /Nothing written: run again with --write/);
    assert.equal(clientsText(), before);
  });

  it('writes with --write, and a second import of the same file changes nothing', async () => {
    const written = await run('hours', join(FIXTURES, 'harvest-detailed.csv'), '--write');
    assert.equal(written.code, 0);
    assert.match(written.stdout, /clients\.yaml updated/);
    const after = clientsText();
    assert.match(after, /^ {4}hours: 43\.5$/m);
    const again = await run('hours', join(FIXTURES, 'harvest-detailed.csv'), '--write');
    assert.equal(again.code, 0);
    assert.match(again.stdout, /3 already imported/);
    assert.match(again.stdout, /Nothing to change in clients\.yaml/);
    assert.equal(clientsText(), after);
  });

  it('imports invoices and mail the same way', async () => {
    assert.equal((await run('invoices', join(FIXTURES, 'invoices.csv'), '--write')).code, 0);
    assert.equal((await run('mail', join(FIXTURES, 'mailbox.mbox'), '--write')).code, 0);
    const text = clientsText();
    assert.match(text, /number: "?2026-051"?\n {8}amount: 1250/);
    assert.match(text, /messageId: <logo-1@acme\.example>/);
  });

  it('refuses an export over 50 MB with a clear message and writes nothing', async () => {
    const big = join(workspace, 'huge.csv');
    writeFileSync(big, 'Date,Client,Hours\n');
    truncateSync(big, 100 * 1024 * 1024);
    const { code, stderr } = await run('hours', big, '--write');
    assert.equal(code, 1);
    assert.match(stderr, /huge\.csv: the file is 100\.0 MB; imports read files up to 50 MB/);
    assert.match(stderr, /Nothing was written/);
    assert.equal(clientsText(), before);
  });

  it('names the row of an unknown date format and writes nothing', async () => {
    const csv = join(workspace, 'hours.csv');
    writeFileSync(csv, 'Date,Client,Hours\n2026-11-02,acme,1\n2 novembre 2026,acme,1\n');
    const { code, stderr } = await run('hours', csv, '--map', 'date=Date,client=Client,hours=Hours', '--write');
    assert.equal(code, 1);
    assert.match(stderr, /hours\.csv, row 3: '2 novembre 2026' is not a date/);
    assert.equal(clientsText(), before);
  });

  it('speaks Italian with --lang it: change lines, the unattributed names, the diff and what it wrote', async () => {
    const shown = await run('hours', join(FIXTURES, 'toggl-detailed.csv'), '--lang', 'it');
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, /: report dettagliato di Toggl Track\n {2}acme: ore 260 → 264 \(\+4 da 2 voci\)\n/);
    assert.match(shown.stdout, /^Non attribuiti ad alcun cliente \(aggiungi il nome agli aliases di un cliente in clients\.yaml, poi importa di nuovo\):\n {2}"Internal": 1, 0\.75 h \(.*toggl-detailed\.csv, riga 5\)$/m);
    assert.match(shown.stdout, /^--- clients\.yaml\tora\n\+\+\+ clients\.yaml\tdopo l'importazione$/m);
    assert.match(shown.stdout, /Non è stato scritto nulla: esegui di nuovo con --write/);
    const written = await run('invoices', join(FIXTURES, 'invoices.csv'), '--write', '--lang', 'it');
    assert.match(written.stdout, /^ {2}bluefin: nuova fattura 2026-051, 1250, da pagare$/m);
    assert.match(written.stdout, /^ {2}1 elemento già importato, lasciato com'è$/m);
    assert.match(written.stdout, /^clients\.yaml aggiornato\.$/m);
    const mail = await run('mail', join(FIXTURES, 'mailbox.mbox'), '--lang', 'it');
    assert.match(mail.stdout, /^ {2}acme: episodio fuori orario il 2026-11-02, 23:40 — /m);
    assert.match(mail.stdout, /^Non attribuiti ad alcun cliente \(indica l'indirizzo/m);
  });

  it('names a problem in Italian when LANG is Italian, and writes nothing', async () => {
    const csv = join(workspace, 'ore.csv');
    writeFileSync(csv, 'Date,Client,Hours\n2026-11-02,acme,1\n2 novembre 2026,acme,1\n');
    const { code, stderr } = await runCli(['import', 'hours', csv, '--map', 'date=Date,client=Client,hours=Hours', '--write', '--workspace', workspace], { env: { LANG: 'it_IT.UTF-8' } });
    assert.equal(code, 1);
    assert.match(stderr, /\nNon è stato scritto nulla\.\n$/);
    assert.match(stderr, /ore\.csv, riga 3: '2 novembre 2026' non è una data che l'importazione sa leggere/);
    assert.equal(clientsText(), before);
  });

  it('explains its usage', async () => {
    const books = await run('books', 'x.csv');
    assert.equal(books.code, 2);
    assert.match(books.stderr, /cannot import 'books'; choose hours, invoices, mail/);
    assert.equal((await run('hours', join(FIXTURES, 'toggl-detailed.csv'), '--date-order', 'ymd')).code, 2);
    assert.equal((await run('hours', join(FIXTURES, 'toggl-detailed.csv'), '--map', 'date')).code, 2);
  });

  it('says what is wrong with --map in the user\'s language', async () => {
    const badMap = ['import', 'hours', join(FIXTURES, 'toggl-detailed.csv'), '--map', 'date=Date,client', '--workspace', workspace];
    const english = await runCli(badMap, { env: { LANG: 'en_US.UTF-8' } });
    assert.equal(english.code, 2);
    assert.match(english.stderr, /--map: expected field=Header pairs separated by commas, not 'client'/);
    const italian = await runCli(badMap, { env: { LANG: 'it_IT.UTF-8' } });
    assert.equal(italian.code, 2);
    assert.match(italian.stderr, /--map: servono coppie campo=Intestazione separate da virgole, non 'client'/);
  });
});
