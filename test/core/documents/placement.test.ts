import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEmail } from '../../../src/core/documents/email';
import { fileOffset, placeOwnWords, type Placement } from '../../../src/core/documents/placement';
import { readScope, spansInFile } from '../../../src/core/documents/scope';
import { scanContract } from '../../../src/core/clauses/scan';
import { contractStatusOf } from '../../../src/core/readiness/contract';
import { loadClients } from '../../../src/core/clients/loader';
import { listFolder, readText } from './diskReaders';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');

const HEADERS = 'From: Tom Baker <tom@bluefin.example>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nSubject: Widget\nMIME-Version: 1.0\n';
const PLAIN = `${HEADERS}Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nHi Giulia,\n\nThe booking widget ships by 30 September 2026.\nThe brand guide follows, perché no.\n\nBest regards,\nTom\n`;

/** Where a range of the own words lands in the raw text, as the raw text reads there. */
function rawSlice(raw: string, placement: Placement, start: number, end: number): string {
  return raw.slice(fileOffset(placement, start), fileOffset(placement, end));
}

async function placed(raw: string): Promise<{ own: string; placement: Placement | undefined }> {
  const { own } = await readEmail(raw);
  return { own, placement: placeOwnWords(raw, own) };
}

describe("an email's own words in its file", () => {
  it('finds the words of a plain 8bit email where the file has them, on their line', async () => {
    const { own, placement } = await placed(PLAIN);
    assert.ok(placement);
    assert.equal(placement.line, 8);
    const at = own.indexOf('The booking widget');
    const end = own.indexOf('2026.') + 5;
    assert.equal(rawSlice(PLAIN, placement, at, end), 'The booking widget ships by 30 September 2026.');
    assert.equal(rawSlice(PLAIN, placement, 0, own.length), own);
  });

  it('counts the carriage returns of a file with CRLF line ends', async () => {
    const raw = PLAIN.replace(/\n/g, '\r\n');
    const { own, placement } = await placed(raw);
    assert.ok(placement);
    assert.equal(placement.line, 8);
    const at = own.indexOf('The brand guide');
    assert.equal(rawSlice(raw, placement, at, at + 'The brand guide follows, perché no.'.length), 'The brand guide follows, perché no.');
    assert.equal(rawSlice(raw, placement, 0, own.length), own.replace(/\n/g, '\r\n'));
  });

  it('places no range in a quoted-printable, base64, HTML-only or Latin-1 email', async () => {
    const quotedPrintable = readFileSync(join(process.cwd(), 'test', 'fixtures', 'emails', 'proposta-quoted-printable.eml'), 'utf8');
    const base64 = `${HEADERS}Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from('The booking widget ships by 30 September 2026.\n').toString('base64')}\n`;
    const html = `${HEADERS}Content-Type: text/html; charset=utf-8\n\n<p>The booking widget ships by 30 September 2026.</p>\n`;
    // Latin-1 bytes read as UTF-8 text, as a workspace reads every file: the decoded words differ from the editor's.
    const latin1 = Buffer.from(`${HEADERS}Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nIl sito è pronto entro marzo.\n`, 'latin1').toString('utf8');
    for (const raw of [quotedPrintable, base64, html, latin1]) {
      const { placement } = await placed(raw);
      assert.equal(placement, undefined, raw.slice(0, 300));
    }
  });

  it('never takes a quoted copy of the same words for them', () => {
    // The sender's line is soft-broken by quoted-printable; the quoted copy below holds the words verbatim.
    const raw = `${HEADERS}Content-Transfer-Encoding: quoted-printable\n\nThe widget ships on Fri=\nday.\n\nOn Mon, Tom wrote:\n> The widget ships on Friday.\n`;
    assert.equal(placeOwnWords(raw, 'The widget ships on Friday.'), undefined);
    assert.equal(placeOwnWords('Subject: The widget ships on Friday.\n\nNothing here.\n', 'The widget ships on Friday.'), undefined);
  });
});

describe('a scope cited in its own files', () => {
  it("cites a passage of a plain email at its line and offsets in the .eml, and an encoded email's by its decoded words", async () => {
    const file = loadClients(readFileSync(join(SAMPLE, 'clients.yaml'), 'utf8'), { file: 'clients.yaml' }).data;
    const client = file.clients.find((c) => c.id === 'lago-eventi')!;
    const contract = await contractStatusOf(client, SAMPLE, readText, listFolder);
    assert.ok(contract.state === 'scanned');
    const raw = readFileSync(join(SAMPLE, 'scope', 'lago-eventi', '02-proposta.eml'), 'utf8');
    const site = contract.deliverables!.deliverables[0].cited!;
    assert.equal(site.encoded, undefined);
    assert.match(raw.slice(site.start, site.end), /^Sito del festival con il programma delle serate .* consegna entro il 15 marzo 2027\.$/);

    const scope = await readScope(client.contract!, SAMPLE, readText, listFolder);
    assert.ok(!('missing' in scope));
    const [request, proposal, confirmation] = scope.sources;
    assert.deepEqual([request.placement?.line, proposal.placement?.line, confirmation.placement], [10, 11, undefined]);
    const scan = scanContract(scope.text);
    const inProposal = spansInFile(proposal, scan.spans);
    assert.ok(inProposal.length > 0);
    for (const span of inProposal) assert.equal(raw.slice(span.start, span.end), scope.text.slice(span.start - proposal.placement!.at + proposal.start, span.end - proposal.placement!.at + proposal.start));
    assert.deepEqual(spansInFile(confirmation, scan.spans), []);
  });
});

describe('an encoded email in a scope', () => {
  it('cites its passage by the decoded words and says it is encoded', async () => {
    const yaml = 'version: 1\nclients:\n  - id: tom\n    name: Tom\n    contract: mails/\n    deliverables:\n      - title: Booking widget\n        status: in-progress\n';
    const client = loadClients(yaml, { file: 'clients.yaml' }).data.clients[0];
    const raw = `${HEADERS}Content-Transfer-Encoding: quoted-printable\n\nHi Giulia,\n\nThe booking widget ships by 30 September 2026, as agreed in our call=\n.\n`;
    const files: Record<string, string> = { '/w/mails/a.eml': raw };
    const contract = await contractStatusOf(client, '/w', async (path) => files[path], async (path) => (path.replace(/\/$/, '') === '/w/mails' ? ['a.eml'] : undefined));
    assert.ok(contract.state === 'scanned');
    const cited = contract.deliverables!.deliverables[0].cited!;
    assert.deepEqual([cited.path, cited.line, cited.encoded, cited.from], ['mails/a.eml', 3, true, 'Tom Baker <tom@bluefin.example>']);
  });
});
