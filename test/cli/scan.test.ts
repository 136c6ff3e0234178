import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { documentFixture } from '../core/documents/fixtures';

/** The folder with package.json above this file; builds outside the repository run from its root. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} };
  const code = await main(args, io, cwd);
  return { code, stdout, stderr };
}

const CONTRACT = [
  '# Consulting agreement',
  '',
  '## Termination',
  'Either party may terminate this Agreement at any time by giving two weeks written notice to the other party.',
  '',
  '## Fees',
  'The Client shall pay each invoice within 30 days.',
  '',
].join('\n');

describe('clean-break scan', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clean-break-scan-'));
    writeFileSync(join(dir, 'contract.md'), CONTRACT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each clause as path:line:col, kind, score, excerpt and value, then the summary', async () => {
    const { code, stdout } = await run(['scan', 'contract.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^contract\.md:4:1 {2}notice {2}[01]\.\d\d {2}"Either party may terminate.*" {2}\[14 days\] {2}\(either party\)/m);
    assert.match(stdout, /^contract\.md:4:1 {2}termination_convenience {2}[01]\.\d\d {2}"Either party may terminate.*" {2}\[14 days notice\] {2}\(either party\)/m);
    assert.match(stdout, /^contract\.md:7:1 {2}payment /m);
    assert.match(stdout, /notice: 14 days/);
    assert.match(stdout, /can end it for convenience: yes/);
  });

  it('says a termination fee was found when the contract gives it no amount, in the language asked for', async () => {
    writeFileSync(join(dir, 'kill-fee.md'), '## Cancellation\n\nIf the Client cancels the project after work has begun:\n\n* The Deposit is non-refundable.\n');
    const english = await run(['scan', 'kill-fee.md'], dir);
    assert.match(english.stdout, /termination fee: amount not stated/);
    const italian = await run(['scan', '--lang', 'it', 'kill-fee.md'], dir);
    assert.match(italian.stdout, /penale di recesso: importo non indicato/);
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run(['scan', 'contract.md', '--json'], dir);
    assert.equal(code, 0);
    const [entry] = JSON.parse(stdout);
    assert.equal(entry.path, 'contract.md');
    assert.equal(entry.result.summary.noticeDays, 14);
  });

  it('writes one prediction line per labelled document with --jsonl', async () => {
    const gold = [
      { id: 'a', text: 'This agreement renews each year unless either party gives notice of non-renewal ninety (90) days before the end of the term.', spans: [] },
      { id: 'b', text: '', spans: [] },
    ];
    writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const { code, stdout } = await run(['scan', '--jsonl', 'gold.jsonl'], dir);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
    assert.ok(lines[0].spans.some((s: { kind: string; value?: number }) => s.kind === 'notice' && s.value === 90));
    assert.deepEqual(lines[1].spans, []);
  });

  it('says clearly when a file cannot be read, in words rather than the system\'s code, and exits 1', async () => {
    const { code, stderr } = await run(['scan', 'missing.md'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /cannot read missing\.md: there is no such file/);
    mkdirSync(join(dir, 'folder.md'));
    const folder = await run(['scan', 'folder.md', '--lang', 'it'], dir);
    assert.equal(folder.code, 1);
    assert.match(folder.stderr, /impossibile leggere folder\.md: è una cartella, non un file/);
  });

  describe('PDF and Word contracts', function () {
    this.timeout(20_000);

    it('scans a PDF, saying the page of each clause, and a Word file', async () => {
      writeFileSync(join(dir, 'signed.pdf'), documentFixture('fl-en-costa-del-sol.pdf'));
      writeFileSync(join(dir, 'draft.docx'), documentFixture('fl-en-costa-del-sol.docx'));
      const { code, stdout, stderr } = await run(['scan', 'signed.pdf', 'draft.docx'], dir);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.match(stdout, /^signed\.pdf:\d+:\d+ \(page \d+\) {2}notice {2}[01]\.\d\d {2}".*" {2}\[30 days\]/m);
      assert.match(stdout, /^draft\.docx:\d+:\d+ {2}notice {2}[01]\.\d\d {2}".*" {2}\[30 days\]/m);
      assert.equal(stdout.match(/notice: 30 days/g)?.length, 2);
    });

    it('says why a PDF or Word file cannot be read, in one line, and exits 1', async () => {
      writeFileSync(join(dir, 'fake.docx'), '%PDF-1.4 not really');
      writeFileSync(join(dir, 'cut.pdf'), documentFixture('fl-en-4ideas.pdf').subarray(0, 5000));
      const { code, stdout, stderr } = await run(['scan', 'fake.docx', 'cut.pdf'], dir);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, [
        'clean-break scan: fake.docx is not a Word document (.docx), though its name says so: it could not be read.',
        'clean-break scan: cut.pdf is damaged or cut short and could not be read as a PDF.',
        '',
      ].join('\n'));
    });
  });

  it('shows a control character of the contract as its picture, so no escape sequence reaches the terminal', async () => {
    writeFileSync(join(dir, 'escape.md'), 'Either party may terminate this Agreement on \u001b[2J\u001b]0;pwned\u0007thirty (30) days written notice.\n');
    const { code, stdout } = await run(['scan', 'escape.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /␛\[2J␛\]0;pwned␇/);
    assert.doesNotMatch(stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await run(['scan'], dir)).code, 2);
    assert.equal((await run(['scan', '--nonsense'], dir)).code, 2);
    assert.equal((await run(['scan', '--jsonl', 'gold.jsonl', 'contract.md'], dir)).code, 2);
  });

  it("words a usage error in the user's language, an unknown option and a missing value too", async () => {
    const unknown = await run(['scan', '--lang', 'it', '--jsno', 'contract.md'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /opzione sconosciuta '--jsno'/);
    const noValue = await run(['scan', '--lang', 'it', '--client'], dir);
    assert.equal(noValue.code, 2);
    assert.match(noValue.stderr, /--client richiede un valore/);
    assert.doesNotMatch(noValue.stderr, /argument missing|Unknown option/);
  });

  it('reads every argument after a bare -- as a file, even one that starts with --', async () => {
    writeFileSync(join(dir, '--odd.md'), 'Either party may terminate this agreement with thirty (30) days written notice.\n');
    const result = await run(['scan', '--', '--odd.md'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /--odd\.md/);
  });

  it('works from the built dist/cli.js', () => {
    const cli = join(repoRoot(), 'dist', 'cli.js');
    assert.ok(existsSync(cli), 'build first: node esbuild.js');
    const result = spawnSync(process.execPath, [cli, 'scan', join(dir, 'contract.md')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /termination_convenience {2}[01]\.\d\d {2}".*" {2}\[14 days notice\]/);
  });
});
