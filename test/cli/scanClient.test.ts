import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './captureIO';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');

describe('clean-break scan --client', () => {
  it("prints the client's contract with the owed deliverables marked and cited by line", async () => {
    const result = await runCli(['scan', '--client', 'northwind', '--workspace', SAMPLE]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^contracts\/northwind-msa\.md:52:3 {2}deliverables .*← owed: Reporting dashboard v2$/m);
    assert.match(result.stdout, /^ {2}owed {2}Reporting dashboard v2 \[in progress, due 2027-01-29\] {2}line 52: "Milestone 2 \| Reporting dashboard, version 2/m);
    const bluefin = await runCli(['scan', '--client', 'bluefin', '--workspace', SAMPLE]);
    assert.match(bluefin.stdout, /^ {2}done {2}Booking widget \[delivered, due 2026-09-30, paid, invoice 2026-029\] {2}line 13/m);
  });

  it("speaks the user's language, not the client's", async () => {
    const result = await runCli(['scan', '--client', 'bluefin', '--workspace', SAMPLE, '--lang', 'it']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^consegne \(1 ancora dovuta\):$/m);
    assert.match(result.stdout, /^ {2}fatta {3}Booking widget \[consegnata, scadenza 2026-09-30, pagata, fattura 2026-029\] {2}riga 13: "Booking widget: by 30 September 2026\."$/m);
    assert.match(result.stdout, /^ {2}dovuta {2}Brand guide handover \[in corso, scadenza 2026-12-11, pagata, fattura 2026-041\] {2}riga 14/m);
    assert.match(result.stdout, /← dovuta: Brand guide handover$/m);
    // What survives the end is said in the reader's language too, though this contract is in English.
    assert.match(result.stdout, /^ {2}dopo la cessazione: pagamento del lavoro svolto$/m);
  });

  it('prints the clauses and the citations as JSON with --json', async () => {
    const result = await runCli(['scan', '--client', 'bluefin', '--workspace', SAMPLE, '--json']);
    const parsed = JSON.parse(result.stdout) as { path: string; result: { spans: unknown[] }; deliverables: { deliverables: { owed: boolean; state: string; cited?: { line: number } }[]; postTermination: { text: string }[] } };
    assert.equal(parsed.path, 'contracts/bluefin-sow.md');
    assert.ok(parsed.result.spans.length > 0);
    assert.deepEqual(parsed.deliverables.deliverables.map((d) => [d.owed, d.state, d.cited?.line]), [[false, 'matched', 13], [true, 'matched', 14]]);
    assert.match(parsed.deliverables.postTermination[0].text, /^If Bluefin Travel ends it early/);
  });

  it("cites a scope's passages at the line of each file, and an encoded email's at the line of its decoded words", async () => {
    const lago = await runCli(['scan', '--client', 'lago-eventi', '--workspace', SAMPLE]);
    assert.equal(lago.code, 0, lago.stderr);
    assert.match(lago.stdout, /^ {2}owed {2}Sito del festival .* {2}scope\/lago-eventi\/02-proposta\.eml line 15 \(email from Giulia Rossi <giulia@rossistudio\.example>, 2026-11-12\): "Sito del festival/m);
    // The scope's clauses too, each at its line in its own file, then what they add up to.
    assert.match(lago.stdout, /^scope\/lago-eventi\/02-proposta\.eml:19:1 {2}payment {2}[\d.]+ {2}"Il compenso è di 3\.500 euro/m);
    assert.match(lago.stdout, /^ {2}can end it for convenience: no$/m);
    const folder = mkdtempSync(join(tmpdir(), 'clean-break-scan-scope-'));
    try {
      mkdirSync(join(folder, 'mails'));
      writeFileSync(join(folder, 'clients.yaml'), 'version: 1\nclients:\n  - id: a\n    name: A\n    language: en\n    contract: mails/\n    deliverables:\n      - title: Booking widget\n');
      const body = Buffer.from('Hi,\n\nThe booking widget ships by 30 September 2026.\n').toString('base64');
      writeFileSync(join(folder, 'mails', 'a.eml'), `From: Tom <tom@x.example>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`);
      const encoded = await runCli(['scan', '--client', 'a', '--workspace', folder]);
      assert.match(encoded.stdout, /^ {2}owed {2}Booking widget \[not started\] {2}mails\/a\.eml line 3 of its decoded words \(email from Tom <tom@x\.example>, 2026-11-02\)/m);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  describe('with bad input', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'clean-break-scan-client-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const write = (contract: string | undefined, body?: string) => {
      writeFileSync(join(folder, 'clients.yaml'), `version: 1\nclients:\n  - id: a\n    name: A\n${contract ? `    contract: ${contract}\n` : ''}    deliverables:\n      - title: Booking widget\n        ref: "9.9"\n`);
      if (contract && body !== undefined) {
        mkdirSync(join(folder, 'contracts'), { recursive: true });
        writeFileSync(join(folder, contract), body);
      }
    };

    it('says so when the contract file is missing, or none is named', async () => {
      write('contracts/gone.md');
      const missing = await runCli(['scan', '--client', 'a', '--workspace', folder]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /cannot read contracts\/gone\.md: no such file or folder/);
      write(undefined);
      const none = await runCli(['scan', '--client', 'a', '--workspace', folder]);
      assert.equal(none.code, 1);
      assert.match(none.stderr, /a names no contract/);
    });

    it('reports a ref the contract does not hold, and a contract that lists nothing', async () => {
      write('contracts/c.md', '# Contract\n\n1.1 The Studio builds a booking widget.\n');
      const result = await runCli(['scan', '--client', 'a', '--workspace', folder]);
      assert.match(result.stdout, /owed {2}Booking widget \[not started\] {2}not found in c\.md \(its ref “9\.9” is not there\): add a ref/);
      write('contracts/c.md', '# Contract\n\n## Scope\n');
      assert.match((await runCli(['scan', '--client', 'a', '--workspace', folder])).stdout, /not found in c\.md \(it lists nothing that could be matched\): add a ref/);
    });

    it('refuses a file name beside --client', async () => {
      assert.equal((await runCli(['scan', 'x.md', '--client', 'a', '--workspace', folder])).code, 2);
    });
  });
});
