import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanContract } from '../../../src/core/clauses/scan';
import { contractStatusOf } from '../../../src/core/readiness/contract';
import { readingInside, requireReadableSize } from '../../../src/core/workspace';
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

  it('refuses a contract outside the workspace, or too large, without reading it', async () => {
    const workspace = join(folder, 'work');
    mkdirSync(join(workspace, 'contracts'), { recursive: true });
    writeFileSync(join(folder, 'secret.md'), 'Either party may terminate on ninety (90) days notice.\n');
    symlinkSync(join(folder, 'secret.md'), join(workspace, 'contracts', 'link.md'));
    const read = readingInside(workspace, readText);
    for (const contract of ['../secret.md', 'contracts/link.md']) {
      assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A', contract }), workspace, read), { state: 'refused', path: contract, refusal: 'outside-workspace' });
    }
    const huge = join(workspace, 'contracts', 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024); // sparse; read whole, it would fail as a string too long for V8
    const readSized = async (path: string) => {
      requireReadableSize(statSync(path).size, path);
      return readText(path);
    };
    assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A', contract: 'contracts/huge.md' }), workspace, readSized), {
      state: 'refused',
      path: 'contracts/huge.md',
      refusal: 'too-large',
    });
  });

  it('tells a missing file from no contract at all', async () => {
    assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A', contract: 'contracts/gone.md' }), folder, readText), {
      state: 'missing',
      path: 'contracts/gone.md',
    });
    assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A' }), folder, readText), { state: 'none' });
  });
});
