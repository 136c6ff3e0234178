import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './captureIO';
import { READINESS_ITEMS } from '../../src/core/readiness/types';
import { documentFixturePath } from '../core/documents/fixtures';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');

const run = (args: string[]) => runCli(args);

describe('clean-break readiness', () => {
  it('prints the eight items and exits 0 when nothing blocks', async () => {
    const result = await run(['readiness', '--client', 'acme', '--workspace', SAMPLE, '--today', '2026-11-30']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    for (const id of READINESS_ITEMS) assert.match(result.stdout, new RegExp(`^  (ok|warn)\\s+${id}\\s+\\S`, 'm'));
    assert.match(result.stdout, /Ready\.\n$/);
  });

  it("exits 1 when an item blocks, with the reason in the user's language, not the client's", async () => {
    const result = await run(['readiness', '--client', 'bluefin', '--workspace', SAMPLE, '--today', '2026-11-30']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^  block\s+obligations\s+Paid but not delivered: Brand guide handover \(due 11 December 2026, invoice 2026-041\), promised in bluefin-sow\.md line 14/m);
    // acme is an Italian client; the user reads English unless told otherwise.
    const english = await run(['readiness', '--client', 'acme', '--workspace', SAMPLE, '--today', '2026-11-21']);
    assert.equal(english.code, 1);
    assert.match(english.stdout, /^  block\s+cooling-off\s+Decided on 20 November 2026: take 3 days to cool off/m);
    assert.match(english.stdout, /^Not ready: 1 blocking, \d+ to review\.$/m);
    const italian = await run(['readiness', '--client', 'bluefin', '--workspace', SAMPLE, '--today', '2026-11-30', '--lang', 'it']);
    assert.match(italian.stdout, /^  block\s+obligations\s+Pagato ma non consegnato: Brand guide handover \(scadenza 11 dicembre 2026, fattura 2026-041\).*Consegnalo prima/m);
    assert.match(italian.stdout, /^Non ancora pronto: /m);
  });

  it('prints JSON with --json', async () => {
    const result = await run(['readiness', '--client', 'northwind', '--workspace', SAMPLE, '--today', '2026-11-30', '--json']);
    assert.equal(result.code, 1);
    const parsed = JSON.parse(result.stdout) as { clientId: string; blocked: boolean; items: { id: string; status: string; reason: string }[] };
    assert.equal(parsed.clientId, 'northwind');
    assert.equal(parsed.blocked, true);
    assert.deepEqual(parsed.items.map((i) => i.id), [...READINESS_ITEMS]);
    assert.equal(parsed.items.find((i) => i.id === 'money')?.status, 'block');
  });

  it('answers a missing or unknown client with exit code 2', async () => {
    assert.equal((await run(['readiness', '--workspace', SAMPLE])).code, 2);
    const unknown = await run(['readiness', '--client', 'acm', '--workspace', SAMPLE]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no client 'acm'.*acme/);
  });

  it('reads a contract kept as PDF like a Markdown one', async function () {
    this.timeout(20_000);
    const workspace = join(mkdtempSync(join(tmpdir(), 'clean-break-readiness-')), 'freelancer');
    try {
      cpSync(SAMPLE, workspace, { recursive: true });
      copyFileSync(documentFixturePath('fl-en-costa-del-sol.pdf'), join(workspace, 'contracts', 'bluefin-signed.pdf'));
      const clients = join(workspace, 'clients.yaml');
      writeFileSync(clients, readFileSync(clients, 'utf8').replace('contract: contracts/bluefin-sow.md', 'contract: contracts/bluefin-signed.pdf'));
      const result = await run(['readiness', '--client', 'bluefin', '--workspace', workspace, '--today', '2026-11-30', '--json']);
      const items = (JSON.parse(result.stdout) as { items: { id: string; reason: string }[] }).items;
      assert.match(items.find((i) => i.id === 'contract')!.reason, /30 days/);
      assert.match(items.find((i) => i.id === 'notice')!.reason, /30 days/);
    } finally {
      rmSync(join(workspace, '..'), { recursive: true, force: true });
    }
  });
});
