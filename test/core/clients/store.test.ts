import * as assert from 'node:assert/strict';
import { chmodSync, linkSync, truncateSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClientsFile, readStamped, StaleFileError, writeStamped } from '../../../src/core/clients/store';
import { errorText } from '../../../src/core/localizedError';
import { logIncident, markDelivered } from '../../../src/core/clients/writeBack';
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
      (error: unknown) =>
        error instanceof StaleFileError &&
        /clients\.yaml changed on disk since it was read; nothing was written/.test(error.message) &&
        /^clients\.yaml è cambiato sul disco da quando è stato letto; non è stato scritto nulla/.test(errorText(error, 'it')),
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

  it('keeps every permission bit, also those the umask would drop', () => {
    chmodSync(path, 0o664);
    const { text, stamp } = readStamped(path);
    writeStamped(path, `${text}# x\n`, stamp);
    assert.equal(statSync(path).mode & 0o7777, 0o664);
  });

  it('writes through a symbolic link to the file it points to, and keeps the link', () => {
    mkdirSync(join(dir, 'data'));
    const target = join(dir, 'data', 'real.yaml');
    writeFileSync(target, SAMPLE);
    rmSync(path);
    symlinkSync(join('data', 'real.yaml'), path);
    const { text, stamp } = readStamped(path);
    const changed = markDelivered(text, 'acme', 'Website redesign');
    writeStamped(path, changed, stamp);
    assert.ok(lstatSync(path).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal(readFileSync(target, 'utf8'), changed);
    assert.deepEqual(readdirSync(join(dir, 'data')), ['real.yaml']);
  });

  it('keeps hard links: every name of the file sees the change', () => {
    const other = join(dir, 'backup-name.yaml');
    linkSync(path, other);
    const { text, stamp } = readStamped(path);
    const changed = markDelivered(text, 'acme', 'Website redesign');
    writeStamped(path, changed, stamp);
    assert.equal(readFileSync(other, 'utf8'), changed);
    assert.equal(statSync(path).ino, statSync(other).ino);
    assert.equal(statSync(path).nlink, 2);
  });

  it('keeps CRLF line ends: the new lines of a change are written with them too', () => {
    writeFileSync(path, SAMPLE.replaceAll('\n', '\r\n'));
    const { text, stamp } = readStamped(path);
    writeStamped(path, logIncident(text, 'acme', { date: '2026-11-20', kind: 'late-payment', note: 'paid 40 days late' }), stamp);
    const written = readFileSync(path, 'utf8');
    assert.ok(written.includes('paid 40 days late'));
    assert.equal(written.replaceAll('\r\n', '').includes('\n'), false, 'a line ends with LF alone');
  });

  it('still refuses a stale write through a symbolic link', () => {
    const target = join(dir, 'real.yaml');
    writeFileSync(target, SAMPLE);
    rmSync(path);
    symlinkSync('real.yaml', path);
    const { text, stamp } = readStamped(path);
    writeFileSync(target, `${SAMPLE}# edited elsewhere\n`);
    assert.throws(() => writeStamped(path, markDelivered(text, 'acme', 'Website redesign'), stamp), StaleFileError);
    assert.ok(readFileSync(target, 'utf8').endsWith('# edited elsewhere\n'));
    assert.ok(lstatSync(path).isSymbolicLink());
  });

  it('refuses a clients.yaml over the size limit before reading it, with a problem at its start', () => {
    truncateSync(path, 600 * 1024 * 1024); // sparse; read whole, it took 5.5 s and 1.1 GB, then failed as a string too long for V8
    const { data, problems } = loadClientsFile(path, { file: 'clients.yaml' });
    assert.deepEqual(data.clients, []);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`), [
      'clients.yaml:1:1: error: the file is too large (600.0 MB; the limit is 16 MB) — is this really clients.yaml?',
    ]);
    assert.throws(() => readStamped(path), /too large \(600\.0 MB/);
  });
});
