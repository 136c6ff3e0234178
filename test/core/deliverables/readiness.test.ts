import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClients } from '../../../src/core/clients/loader';
import { buildDraftModel } from '../../../src/core/drafting/model';
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

describe('the termination email and the matches agree', () => {
  it('lists, for every sample client, exactly the deliverables the contract citations call still owed', async () => {
    const file = loadClients(readFileSync(join(SAMPLE, 'clients.yaml'), 'utf8'), { file: 'clients.yaml' }).data;
    const listFolder = async (path: string) => readdirSync(path);
    let compared = 0;
    for (const client of file.clients.filter((c) => c.contract !== undefined && c.deliverables.length > 0)) {
      const contract = await contractStatusOf(client, SAMPLE, readText, listFolder);
      assert.equal(contract.state, 'scanned', client.id);
      const owed = contract.state === 'scanned' ? (contract.deliverables?.deliverables ?? []).filter((d) => d.owed).map((d) => d.deliverable.title) : [];
      const { model } = buildDraftModel({ client, me: file.me, defaults: file.defaults, today: '2026-11-30', language: 'en', endDate: '2027-01-31', endDateRule: { kind: 'date' } });
      assert.deepEqual(model.deliveries.map((d) => d.title).sort(), [...owed].sort(), client.id);
      compared += owed.length;
    }
    assert.ok(compared >= 5, `only ${compared} owed deliverables compared`);
  });
});
