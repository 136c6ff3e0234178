import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanContract } from '../../../src/core/clauses/scan';
import { readDocument } from '../../../src/core/documents/read';
import { contractStatusOf } from '../../../src/core/readiness/contract';
import { readingInside, requireReadableSize } from '../../../src/core/workspace';
import { client } from '../clients/build';
import { documentFixture } from '../documents/fixtures';

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

  describe('a contract kept as PDF or Word', function () {
    this.timeout(20_000);
    const readBytes = async (path: string) => {
      try {
        return new Uint8Array(readFileSync(path));
      } catch {
        return undefined;
      }
    };

    it('scans the text of a PDF named in clients.yaml', async () => {
      mkdirSync(join(folder, 'contracts'));
      const bytes = documentFixture('fl-en-costa-del-sol.pdf');
      writeFileSync(join(folder, 'contracts', 'signed.pdf'), bytes);
      const status = await contractStatusOf(client({ id: 'a', name: 'A', contract: 'contracts/signed.pdf' }), folder, readText, undefined, readBytes);
      const { text } = await readDocument('signed.pdf', bytes);
      assert.deepEqual(status, { state: 'scanned', path: 'contracts/signed.pdf', summary: scanContract(text).summary });
      assert.equal(status.state === 'scanned' && status.summary.noticeDays, 30);
    });

    it('says a Word file that cannot be read is unreadable, and why', async () => {
      writeFileSync(join(folder, 'fake.docx'), 'not a zip at all');
      assert.deepEqual(await contractStatusOf(client({ id: 'a', name: 'A', contract: 'fake.docx' }), folder, readText, undefined, readBytes), {
        state: 'unreadable',
        path: 'fake.docx',
        problem: 'notDocx',
      });
    });
  });
});
