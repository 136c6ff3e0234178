import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStamped, StaleFileError, writeStamped } from '../../../src/core/clients/store';
import { markDelivered } from '../../../src/core/clients/writeBack';
import { SAMPLE } from './sample';

describe('clients.yaml store', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clean-break-store-'));
    path = join(dir, 'clients.yaml');
    writeFileSync(path, SAMPLE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a change made to what was read, and leaves no temporary file behind', () => {
    const { text, stamp } = readStamped(path);
    const changed = markDelivered(text, 'acme', 'Website redesign');
    writeStamped(path, changed, stamp);
    assert.equal(readFileSync(path, 'utf8'), changed);
    assert.deepEqual(readdirSync(dir), ['clients.yaml']);
  });

  it('refuses when the file changed on disk since it was read, and keeps the other change', () => {
    const { text, stamp } = readStamped(path);
    const elsewhere = `${SAMPLE}# edited in another editor\n`;
    writeFileSync(path, elsewhere);
    assert.throws(
      () => writeStamped(path, markDelivered(text, 'acme', 'Website redesign'), stamp),
      (error: unknown) => error instanceof StaleFileError && /clients\.yaml changed on disk since it was read; nothing was written/.test(error.message),
    );
    assert.equal(readFileSync(path, 'utf8'), elsewhere);
    assert.deepEqual(readdirSync(dir), ['clients.yaml']);
  });

  it('returns a stamp that allows the next write', () => {
    const first = readStamped(path);
    const once = markDelivered(first.text, 'acme', 'Website redesign');
    const stamp = writeStamped(path, once, first.stamp);
    writeStamped(path, `${once}# second\n`, stamp);
    assert.ok(readFileSync(path, 'utf8').endsWith('# second\n'));
  });

  it('keeps the file permissions', () => {
    chmodSync(path, 0o600);
    const { text, stamp } = readStamped(path);
    writeStamped(path, `${text}# x\n`, stamp);
    assert.equal(statSync(path).mode & 0o777, 0o600);
  });
});
