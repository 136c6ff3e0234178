// The command line against hostile workspaces: contract paths leading out of the workspace, files too large to read,
// YAML and JSON nested too deep. Each gets a positioned message; none is followed, read whole or crashes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './captureIO';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');
const TEMPLATES = { env: { CLEAN_BREAK_TEMPLATES: join(process.cwd(), 'templates') } };
const SECRET = 'Either party may terminate this Agreement upon ninety (90) days written notice. A kill fee of EUR 7,777 applies.\n';

describe('clean-break on hostile workspaces', () => {
  let base: string;
  let workspace: string;
  let clientsYaml: string;

  /** clients.yaml with acme's contract path replaced. */
  const pointAcmeAt = (contract: string) => writeFileSync(join(workspace, 'clients.yaml'), clientsYaml.replace(/contract: \S+/, `contract: ${contract}`));
  /** 1-based line and column of the contract path in clients.yaml. */
  const contractPosition = () => {
    const lines = readFileSync(join(workspace, 'clients.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('contract: '));
    return `${line + 1}:${lines[line].indexOf('contract: ') + 'contract: '.length + 1}`;
  };

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'clean-break-hostile-'));
    workspace = join(base, 'work');
    cpSync(SAMPLE, workspace, { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.md'), SECRET);
    clientsYaml = readFileSync(join(workspace, 'clients.yaml'), 'utf8');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  for (const [what, contract] of [
    ['a ../ path', '../outside/secret.md'],
    ['a symbolic link that leads out', 'contracts/link-out.md'],
  ]) {
    it(`refuses ${what} to a contract outside the workspace, at its place in clients.yaml, and reads nothing from it`, async () => {
      symlinkSync(join(base, 'outside', 'secret.md'), join(workspace, 'contracts', 'link-out.md'));
      pointAcmeAt(contract);
      const check = await runCli(['check', '--workspace', workspace]);
      assert.equal(check.code, 1);
      assert.match(check.stdout, new RegExp(`clients\\.yaml:${contractPosition()}: error: contract: ${contract.replace(/[./]/g, '\\$&')} — ${contract.replace(/[./]/g, '\\$&')} is outside the workspace folder`));
      const readiness = await runCli(['readiness', '--client', 'acme', '--workspace', workspace, '--today', '2026-11-30']);
      assert.match(readiness.stderr, /is outside the workspace folder/);
      // The readiness reasons speak the user's language (English here), the draft the client's (Italian).
      assert.match(readiness.stdout, /contract\s+.*was not read: it is outside the workspace folder/);
      assert.doesNotMatch(readiness.stdout + readiness.stderr, /90|7[.,]777/);
      const draft = await runCli(['draft', 'termination', '--client', 'acme', '--workspace', workspace, '--today', '2026-11-30'], TEMPLATES);
      assert.match(draft.stdout, /^Oggetto: /);
      assert.doesNotMatch(draft.stdout, /90 giorni|novanta|7[.,]777/);
    });
  }

  it('follows a symbolic link that stays inside the workspace', async () => {
    symlinkSync(join(workspace, 'contracts', readFileSync(join(workspace, 'clients.yaml'), 'utf8').match(/contract: contracts\/(\S+)/)![1]), join(workspace, 'linked.md'));
    pointAcmeAt('linked.md');
    const check = await runCli(['check', '--workspace', workspace]);
    assert.doesNotMatch(check.stdout, /outside the workspace|no such file/);
    const readiness = await runCli(['readiness', '--client', 'acme', '--workspace', workspace, '--today', '2026-11-30', '--json']);
    const contract = (JSON.parse(readiness.stdout) as { items: { id: string; reason: string }[] }).items.find((i) => i.id === 'contract');
    assert.doesNotMatch(contract?.reason ?? '', /was not read|not found/);
  });

  it('refuses a folder or a named pipe given as a file, in words and without blocking: scan, lint and import', async () => {
    mkdirSync(join(workspace, 'exports'));
    spawnSync('mkfifo', [join(workspace, 'contracts', 'pipe.md')]);
    const folder = await runCli(['import', 'hours', join(workspace, 'exports'), '--workspace', workspace, '--lang', 'it']);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /exports non è un file: indica l'export \.csv da leggere/);
    assert.doesNotMatch(folder.stderr, /EISDIR|unexpected error|\n\s+at /);
    const pipe = await runCli(['scan', 'contracts/pipe.md', '--workspace', workspace]);
    assert.equal(pipe.code, 1);
    assert.match(pipe.stderr, /cannot read contracts\/pipe\.md: it is not a regular file \(a pipe or a device\)/);
    const imported = await runCli(['import', 'invoices', join(workspace, 'contracts', 'pipe.md'), '--workspace', workspace]);
    assert.equal(imported.code, 2);
    assert.match(imported.stderr, /it is not a regular file/);
    const linted = await runCli(['lint', join(workspace, 'exports')]);
    assert.match(linted.stderr, /it is a folder, not a file/);
    writeFileSync(join(workspace, 'exports', 'draft.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const binary = await runCli(['lint', join(workspace, 'exports', 'draft.md'), '--lang', 'it']);
    assert.equal(binary.code, 1);
    assert.match(binary.stderr, /non sembra testo \(contenuto binario\)/);
    assert.equal(binary.stdout, '');
  });

  it('refuses files over the size limit before reading them: clients.yaml, a contract, a draft', async () => {
    const huge = (path: string) => {
      writeFileSync(path, '');
      truncateSync(path, 600 * 1024 * 1024); // sparse; read whole it took seconds and a gigabyte, then crashed
    };
    huge(join(workspace, 'contracts', 'huge.md'));
    pointAcmeAt('contracts/huge.md');
    const check = await runCli(['check', '--workspace', workspace]);
    assert.match(check.stdout, new RegExp(`clients\\.yaml:${contractPosition()}: error: contract: contracts/huge\\.md — the file is too large \\(600\\.0 MB; the limit is 16 MB\\)`));
    const scan = await runCli(['scan', 'contracts/huge.md', '--workspace', workspace]);
    assert.equal(scan.code, 1);
    assert.equal(scan.stderr, 'contracts/huge.md:1:1: error: the file is too large (600.0 MB; the limit is 16 MB)\n');
    const italian = await runCli(['scan', 'contracts/huge.md', '--workspace', workspace, '--lang', 'it']);
    assert.equal(italian.stderr, 'contracts/huge.md:1:1: error: il file è troppo grande (600,0 MB; il limite è 16 MB)\n');
    huge(join(base, 'draft.txt'));
    const lint = await runCli(['lint', join(base, 'draft.txt')]);
    assert.equal(lint.code, 1);
    assert.match(lint.stderr, /draft\.txt:1:1: error: the file is too large \(600\.0 MB/);
    const override = join(workspace, '.clean-break', 'templates', 'it', 'termination-email.hbs');
    mkdirSync(join(override, '..'), { recursive: true });
    huge(override);
    const draft = await runCli(['draft', 'termination', '--client', 'acme', '--workspace', workspace, '--today', '2026-11-30'], TEMPLATES);
    assert.match(draft.stderr, /\.clean-break\/templates\/it\/termination-email\.hbs:1:1: error: .*the file is too large \(600\.0 MB/);
    assert.match(draft.stdout, /^Oggetto: /);
    huge(join(workspace, 'clients.yaml'));
    const whole = await runCli(['check', '--workspace', workspace]);
    assert.equal(whole.code, 1);
    assert.match(whole.stdout, /clients\.yaml:1:1: error: the file is too large \(600\.0 MB; the limit is 16 MB\)/);
    // Every command that loads a client refuses it the same way, without reading it whole.
    const readiness = await runCli(['readiness', '--client', 'acme', '--workspace', workspace]);
    assert.equal(readiness.code, 1);
    assert.match(readiness.stderr, /clients\.yaml:1:1: error: the file is too large[^\n]*\nclean-break readiness: no client could be read from clients\.yaml/);
    assert.doesNotMatch(readiness.stderr, /unexpected error|\n\s+at /);
  });

  it('answers YAML nested 850 deep and a lint.json nested 20,000 deep with positioned messages', async () => {
    writeFileSync(join(workspace, 'clients.yaml'), `version: 1\nclients: ${'['.repeat(850)}${']'.repeat(850)}\n`);
    const check = await runCli(['check', '--workspace', workspace]);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /clients\.yaml:2:108: error: nested more than 100 levels deep here/);
    mkdirSync(join(workspace, '.clean-break'), { recursive: true });
    writeFileSync(join(workspace, '.clean-break', 'lint.json'), `{"disable": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    writeFileSync(join(base, 'draft.txt'), 'Subject: End\n\nDear Anna, our work ends on 31 January 2027.\n');
    const lint = await runCli(['lint', join(base, 'draft.txt'), '--workspace', workspace]);
    assert.match(lint.stderr, /^\.clean-break\/lint\.json:1:112: error: nested more than 100 levels deep here/m);
  });
});
