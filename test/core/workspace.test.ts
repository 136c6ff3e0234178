import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../src/core/documents/kinds';
import { isInsideWorkspace, MAX_FILE_BYTES, readingInside, refusalMessages, RefusedFileError } from '../../src/core/workspace';

/** The English refusal, as the tests below check its wording. */
const refusal = (root: string, path: string, shown: string) => refusalMessages(root, path, shown)?.en;

describe('workspace limits', () => {
  let base: string;
  let root: string;

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'clean-break-workspace-'));
    root = join(base, 'work');
    mkdirSync(join(root, 'contracts'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(root, 'contracts', 'acme.md'), 'Either party may terminate on 30 days notice.');
    writeFileSync(join(base, 'outside', 'secret.md'), 'Notice: 90 days. Kill fee: 5,000 EUR.');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('accepts paths inside the workspace, existing or not, and refuses ../ and absolute paths out of it', () => {
    assert.equal(isInsideWorkspace(root, 'contracts/acme.md'), true);
    assert.equal(isInsideWorkspace(root, 'contracts/../contracts/acme.md'), true);
    assert.equal(isInsideWorkspace(root, 'contracts/not-yet.md'), true);
    assert.equal(isInsideWorkspace(root, '..work-alike/x.md'), true);
    assert.equal(isInsideWorkspace(root, '../outside/secret.md'), false);
    assert.equal(isInsideWorkspace(root, join(base, 'outside', 'secret.md')), false);
    assert.equal(isInsideWorkspace(root, '/etc/passwd'), false);
  });

  it('follows symbolic links: one that resolves inside is fine, one that leads out is refused', () => {
    symlinkSync(join(root, 'contracts', 'acme.md'), join(root, 'inside-link.md'));
    symlinkSync(join(base, 'outside', 'secret.md'), join(root, 'contracts', 'secret-link.md'));
    symlinkSync(join(base, 'outside'), join(root, 'outside-folder'));
    assert.equal(isInsideWorkspace(root, 'inside-link.md'), true);
    assert.equal(isInsideWorkspace(root, 'contracts/secret-link.md'), false);
    assert.equal(isInsideWorkspace(root, 'outside-folder/secret.md'), false);
    assert.equal(isInsideWorkspace(root, 'outside-folder/not-yet.md'), false);
  });

  it('accepts a workspace that is itself reached through a symbolic link', () => {
    symlinkSync(root, join(base, 'alias'));
    assert.equal(isInsideWorkspace(join(base, 'alias'), 'contracts/acme.md'), true);
    assert.equal(isInsideWorkspace(join(base, 'alias'), '../outside/secret.md'), false);
  });

  it('says why a file may not be read: outside the workspace, or over the size limit (checked before reading)', () => {
    assert.equal(refusal(root, join(root, 'contracts', 'acme.md'), 'contracts/acme.md'), undefined);
    assert.match(refusal(root, join(root, '..', 'outside', 'secret.md'), '../outside/secret.md') ?? '', /^\.\.\/outside\/secret\.md is outside the workspace folder/);
    const huge = join(root, 'contracts', 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024); // sparse: nothing is written, and nothing must be read
    assert.match(refusal(root, huge, 'contracts/huge.md') ?? '', /too large \(600\.0 MB; the limit is 16 MB\)/);
    truncateSync(huge, MAX_FILE_BYTES);
    assert.equal(refusal(root, huge, 'contracts/huge.md'), undefined);
  });

  it('says why in Italian too', () => {
    assert.match(refusalMessages(root, join(root, '..', 'outside', 'secret.md'), '../outside/secret.md')?.it ?? '', /^\.\.\/outside\/secret\.md è fuori dalla cartella di lavoro/);
    const huge = join(root, 'contracts', 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024);
    assert.equal(refusalMessages(root, huge, 'contracts/huge.md')?.it, 'il file è troppo grande (600,0 MB; il limite è 16 MB)');
  });

  it('gives PDF and Word contracts the larger limit their readers have', () => {
    const signed = join(root, 'contracts', 'signed.pdf');
    writeFileSync(signed, '');
    truncateSync(signed, 20 * 1024 * 1024);
    assert.equal(refusal(root, signed, 'contracts/signed.pdf'), undefined);
    truncateSync(signed, MAX_DOCUMENT_BYTES + 1);
    assert.match(refusal(root, signed, 'contracts/signed.pdf') ?? '', /too large \(50\.0 MB; the limit is 50 MB\)/);
  });

  it('reads only inside the workspace', async () => {
    const read = readingInside(root, async () => 'text');
    assert.equal(await read(join(root, 'contracts', 'acme.md')), 'text');
    await assert.rejects(read(join(root, '..', 'outside', 'secret.md')), (error: unknown) => error instanceof RefusedFileError && error.refusal === 'outside-workspace');
  });
});
