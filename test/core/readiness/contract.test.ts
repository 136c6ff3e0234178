import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanContract } from '../../../src/core/clauses/scan';
import { contractStatusOf } from '../../../src/core/readiness/contract';
import { client } from '../clients/build';

describe('contractStatusOf', () => {
  let folder: string;
  const readText = async (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'clean-break-contract-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('scans the contract named in clients.yaml, relative to its folder', async () => {
    const text = 'Either party may terminate this Agreement for convenience upon fourteen (14) days prior written notice.\n';
    mkdirSync(join(folder, 'contracts'));
    writeFileSync(join(folder, 'contracts', 'sow.md'), text);
    const status = await contractStatusOf(client({ id: 'a', name: 'A', contract: 'contracts/sow.md' }), folder, readText);
    assert.deepEqual(status, { state: 'scanned', path: 'contracts/sow.md', summary: scanContract(text).summary });
  });

  it('tells a missing file from no contract at all', async () => {
    assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A', contract: 'contracts/gone.md' }), folder, readText), {
      state: 'missing',
      path: 'contracts/gone.md',
    });
    assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A' }), folder, readText), { state: 'none' });
  });
});
