import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmailError, readEmail, setApart } from '../../../src/core/documents/email';
import { scopeProblemMessage } from '../../../src/core/documents/messages';
import { readScope } from '../../../src/core/documents/scope';
import { checkReadiness } from '../../../src/core/readiness/check';
import { contractStatusOf } from '../../../src/core/readiness/contract';
import { loadClients } from '../../../src/core/clients/loader';
import { listFolder, readBytes, readText } from './diskReaders';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');

describe('saved emails', () => {
  it('reads the sender, the date and the own words of a quoted-printable message, with the quote and signature set apart', async () => {
    const email = await readEmail(readFileSync(join(process.cwd(), 'test', 'fixtures', 'emails', 'proposta-quoted-printable.eml'), 'utf8'));
    assert.equal(email.from, 'Giulia Rossi <giulia@rossistudio.example>');
    assert.equal(email.date, '2026-11-12');
    assert.match(email.own, /^Gentile Elena,[\s\S]*consegna entro il 15 marzo 2027\.[\s\S]*Il compenso è di 3\.500 euro/);
    assert.doesNotMatch(email.own, /Giulia Rossi|ha scritto|> per il festival/);
    assert.match(email.signature, /^--\s*\nGiulia Rossi\nRossi Studio$/);
    assert.match(email.quoted, /^Il giorno mar 10 nov 2026 .* ha scritto:\n> per il festival/);
  });

  it('sets apart English quotes and sign-offs too', () => {
    const parts = setApart('Hi Tom,\n\nThe widget ships on Friday.\n\nBest regards,\nGiulia\n\nOn Mon, 2 Nov 2026, Tom wrote:\n> Any news?\n');
    assert.deepEqual(parts, { own: 'Hi Tom,\n\nThe widget ships on Friday.', signature: 'Best regards,\nGiulia', quoted: 'On Mon, 2 Nov 2026, Tom wrote:\n> Any news?' });
  });

  it('refuses a file that is not an email, saying why', async () => {
    await assert.rejects(readEmail('\u0000\u0001 binary junk'), (error) => error instanceof EmailError && error.code === 'noHeaders');
  });
});

describe('a scope of notes and emails', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'clean-break-scope-'));
    mkdirSync(join(folder, 'mails'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a folder and a list, skips what it cannot read with a reason, and names what is missing', async () => {
    writeFileSync(join(folder, 'mails', 'a.eml'), 'From: A <a@x.example>\nDate: Tue, 10 Nov 2026 09:00:00 +0000\nContent-Type: text/plain\n\nThe logo, by 1 December 2026.\n');
    writeFileSync(join(folder, 'mails', 'b.eml'), 'not an email at all');
    writeFileSync(join(folder, 'mails', 'c.pdf'), '%PDF');
    writeFileSync(join(folder, 'notes.md'), '- The brand guide.\n');
    const scope = await readScope(['notes.md', 'mails/'], folder, readText, listFolder);
    assert.ok(!('missing' in scope));
    assert.deepEqual(scope.sources.map((s) => [s.path, s.kind, s.from]), [['notes.md', 'note', undefined], ['mails/a.eml', 'email', 'A <a@x.example>']]);
    assert.deepEqual(scope.problems, [{ path: 'mails/b.eml', code: 'noHeaders' }]);
    // Said in the reader's language, wherever it is shown.
    assert.equal(scopeProblemMessage(scope.problems[0], 'en'), 'no email headers (From:, Date:, Subject:) at its start');
    assert.equal(scopeProblemMessage(scope.problems[0], 'it'), "nessuna intestazione email (From:, Date:, Subject:) all'inizio");
    assert.deepEqual(await readScope('gone/', folder, readText, listFolder), { missing: 'gone/' });
    assert.deepEqual(await readScope(['notes.md', 'gone.eml'], folder, readText, listFolder), { missing: 'gone.eml' });
  });

  it("reads an 8-bit email by the charset it declares, not as UTF-8", async () => {
    const headers = 'From: A <a@x.example>\nDate: Tue, 10 Nov 2026 09:00:00 +0000\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n';
    writeFileSync(join(folder, 'mails', 'a.eml'), Buffer.from(`${headers}La città è pronta: il sito entro marzo.\n`, 'latin1'));
    const scope = await readScope('mails/', folder, readText, listFolder, readBytes);
    assert.ok(!('missing' in scope));
    assert.equal(scope.text, 'La città è pronta: il sito entro marzo.');
    // Without the bytes, the text was decoded as UTF-8 before the email was read: that is what this mends.
    const asText = await readScope('mails/', folder, readText, listFolder);
    assert.ok(!('missing' in asText));
    assert.notEqual(asText.text, scope.text);
  });

  it('cites each deliverable in its own email, and readiness says the scope rests on emails', async () => {
    const file = loadClients(readFileSync(join(SAMPLE, 'clients.yaml'), 'utf8'), { file: 'clients.yaml' }).data;
    const client = file.clients.find((c) => c.id === 'lago-eventi')!;
    const contract = await contractStatusOf(client, SAMPLE, readText, listFolder);
    assert.ok(contract.state === 'scanned');
    assert.equal(contract.emails, 3);
    assert.deepEqual(
      contract.deliverables?.deliverables.map((d) => [d.state, d.cited?.path, d.cited?.line, d.cited?.from]),
      [15, 16, 17].map((line) => ['matched', 'scope/lago-eventi/02-proposta.eml', line, 'Giulia Rossi <giulia@rossistudio.example>']),
    );
    const readiness = checkReadiness({ file, client, contract, today: '2026-12-03', language: 'en' });
    const item = (id: string) => readiness.items.find((i) => i.id === id)!;
    assert.equal(item('contract').status, 'warn');
    assert.match(item('contract').reason, /^The scope rests on 3 emails, not a signed contract\. /);
    assert.match(item('obligations').reason, /^Paid but not delivered: Sito del festival \(due 15 March 2027\), promised in the email from Giulia Rossi <giulia@rossistudio\.example> of 12 November 2026 \(02-proposta\.eml\)\./);
  });
});
