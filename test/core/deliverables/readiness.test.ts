import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClients } from '../../../src/core/clients/loader';
import { checkReadiness } from '../../../src/core/readiness/check';
import { contractStatusOf } from '../../../src/core/readiness/contract';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');
const readText = async (path: string) => readFileSync(path, 'utf8');

async function obligations(clientId: string, language: 'en' | 'it' = 'en') {
  const file = loadClients(readFileSync(join(SAMPLE, 'clients.yaml'), 'utf8'), { file: 'clients.yaml' }).data;
  const client = file.clients.find((c) => c.id === clientId)!;
  const contract = await contractStatusOf(client, SAMPLE, readText);
  return checkReadiness({ file, client, contract, today: '2026-11-30', language }).items.find((i) => i.id === 'obligations')!;
}

describe('readiness cites the contract', () => {
  it('names the line that promises what is paid but not delivered, and what the contract says of unfinished work', async () => {
    const item = await obligations('bluefin');
    assert.equal(item.status, 'block');
    assert.match(item.reason, /^Paid but not delivered: Brand guide handover \(due 11 December 2026, invoice 2026-041\), promised in bluefin-sow\.md line 14\./);
    assert.match(item.reason, /the contract says: “If Bluefin Travel ends it early, it pays for the work done up to the end date, and Rossi Studio hands over all files produced so far\.”$/);
    assert.deepEqual(item.citations?.map((c) => [c.path, c.line]), [['contracts/bluefin-sow.md', 14], ['contracts/bluefin-sow.md', 28]]);
  });

  it('speaks Italian, and quotes the contract when work is owed though nothing is prepaid', async () => {
    const item = await obligations('acme', 'it');
    assert.equal(item.status, 'ok');
    assert.match(item.reason, /il contratto dice: «In caso di recesso, il Cliente corrisponde/);
  });
});
