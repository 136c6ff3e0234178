import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { captureIO, runCli } from './captureIO';
import { scanContract } from '../../src/core/clauses/scan';
import { addDays } from '../../src/core/clients/dates';
import { loadClients } from '../../src/core/clients/loader';
import type { Client, ClientsFile } from '../../src/core/clients/schema';
import { formatDate } from '../../src/core/drafting/format';
import { SUBJECT_LABELS, splitSubject } from '../../src/core/drafting/subject';
import { lintText } from '../../src/core/lint/engine';
import { words } from '../../src/core/lint/textIndex';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');
const TODAY = '2026-11-30';

// A fresh environment for each run: some tests point it at other templates.
const templatesEnv = () => ({ CLEAN_BREAK_TEMPLATES: join(process.cwd(), 'templates') });
const capture = () => captureIO(templatesEnv());
const run = (args: string[]) => runCli(args, { env: templatesEnv() });

const sample: ClientsFile = loadClients(readFileSync(join(SAMPLE, 'clients.yaml'), 'utf8'), {
  file: 'clients.yaml',
  exists: (p) => existsSync(join(SAMPLE, p)),
}).data;

/** The end date worked out here from the rules, independently of the drafting code. */
function expectedEndDate(client: Client, today = TODAY): string {
  const endAfter = client.decision?.endAfter ?? 'notice';
  if (endAfter.startsWith('deliverable:')) return client.deliverables.find((d) => `deliverable:${d.title}` === endAfter)!.due!;
  if (endAfter !== 'notice') return endAfter;
  // The sample's emails (a folder) state no notice period: only a contract file can.
  const contractNotice = typeof client.contract === 'string' && !client.contract.endsWith('/') ? scanContract(readFileSync(join(SAMPLE, client.contract), 'utf8')).summary.noticeDays : undefined;
  return addDays(today, contractNotice ?? sample.defaults.noticeDays);
}

describe('clean-break draft', () => {
  it('has seven sample clients to draft for', () => {
    assert.equal(sample.clients.length, 7);
  });

  for (const client of sample.clients) {
    for (const language of ['en', 'it'] as const) {
      describe(`${client.id} in ${language}`, () => {
        it('drafts a termination email that lints clean, stays under 150 words and names the right end date', async () => {
          const result = await run(['draft', 'termination', '--client', client.id, '--workspace', SAMPLE, '--draft-lang', language, '--today', TODAY, '--force']);
          assert.equal(result.code, 0, result.stderr);
          assert.ok(result.stdout.startsWith(`${SUBJECT_LABELS[language]}: `));
          const body = result.stdout.slice(splitSubject(result.stdout).bodyStart);
          assert.ok(words(body).length <= 150, `${words(body).length} words`);
          assert.ok(body.includes(formatDate(expectedEndDate(client), language)), body);
          assert.deepEqual(lintText(result.stdout, { language, kind: 'termination' }), []);
        });

        for (const kind of ['referral', 'meeting'] as const) {
          it(`drafts a ${kind} that lints clean${kind === 'referral' && client.decision?.disrespectful ? ', or refuses for a disrespectful client' : ''}`, async () => {
            const result = await run(['draft', kind, '--client', client.id, '--workspace', SAMPLE, '--draft-lang', language, '--today', TODAY, '--force']);
            if (kind === 'referral' && client.decision?.disrespectful) {
              assert.equal(result.code, 1);
              assert.equal(result.stdout, '');
              assert.match(result.stderr, /disrespectful/);
              return;
            }
            assert.equal(result.code, 0, result.stderr);
            assert.ok(result.stdout.startsWith(`${SUBJECT_LABELS[language]}: `));
            assert.deepEqual(lintText(result.stdout, { language, kind: 'other' }), []);
          });
        }
      });
    }
  }

  it('writes in the client language when --draft-lang is not given', async () => {
    assert.match((await run(['draft', 'meeting', '--client', 'acme', '--workspace', SAMPLE, '--today', TODAY])).stdout, /^Oggetto: /);
    assert.match((await run(['draft', 'meeting', '--client', 'bluefin', '--workspace', SAMPLE, '--today', TODAY, '--force'])).stdout, /^Subject: /);
  });

  it('prints no draft and exits 1 when an item blocks, listing the readiness items on stderr', async () => {
    const result = await run(['draft', 'termination', '--client', 'northwind', '--workspace', SAMPLE, '--today', TODAY]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /block\s+money\s+Overdue: 2026-047/);
    assert.match(result.stderr, /--force/);
  });

  it('drafts with --force and still shows the readiness warnings on stderr', async () => {
    const result = await run(['draft', 'termination', '--client', 'northwind', '--workspace', SAMPLE, '--today', TODAY, '--force']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /warn\s+meeting/);
    assert.match(result.stdout, /^Subject: /);
  });

  it('waits out the cooling-off period: blocked on 22 November, drafted on 23 November', async () => {
    assert.equal((await run(['draft', 'termination', '--client', 'acme', '--workspace', SAMPLE, '--today', '2026-11-22'])).code, 1);
    const ready = await run(['draft', 'termination', '--client', 'acme', '--workspace', SAMPLE, '--today', '2026-11-23']);
    assert.equal(ready.code, 0, ready.stderr);
    const acme = sample.clients.find((c) => c.id === 'acme')!;
    assert.ok(ready.stdout.includes(formatDate(expectedEndDate(acme, '2026-11-23'), 'it')));
  });

  it('answers mistakes in the call with exit code 2', async () => {
    for (const args of [
      ['draft', '--client', 'acme'],
      ['draft', 'farewell', '--client', 'acme'],
      ['draft', 'termination'],
      ['draft', 'termination', '--client', 'nobody'],
      ['draft', 'termination', '--client', 'acme', '--draft-lang', 'fr'],
      ['draft', 'termination', '--client', 'acme', '--today', '2026-02-30'],
      ['draft', 'termination', '--client', 'acme', '--tomorrow'],
    ]) {
      const result = await run([...args, '--workspace', SAMPLE]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage: clean-break draft/);
    }
  });

  it('exits 1 with a message when its built-in templates are missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clean-break-no-templates-'));
    try {
      const c = capture();
      c.io.env.CLEAN_BREAK_TEMPLATES = empty;
      const code = await main(['draft', 'meeting', '--client', 'acme', '--workspace', SAMPLE, '--today', TODAY], c.io, process.cwd());
      assert.equal(code, 1);
      assert.equal(c.stdout(), '');
      assert.match(c.stderr(), /built-in template .*meeting-request\.hbs is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 1 with a message when the folder has no clients.yaml', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clean-break-empty-'));
    try {
      const result = await run(['draft', 'termination', '--client', 'acme', '--workspace', empty]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /no clients\.yaml/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  describe('with template overrides in the workspace', () => {
    let workspace: string;
    beforeEach(() => {
      workspace = mkdtempSync(join(tmpdir(), 'clean-break-ws-'));
      cpSync(SAMPLE, workspace, { recursive: true });
      mkdirSync(join(workspace, '.clean-break', 'templates', 'it'), { recursive: true });
    });
    afterEach(() => rmSync(workspace, { recursive: true, force: true }));

    it('uses the override', async () => {
      writeFileSync(join(workspace, '.clean-break', 'templates', 'it', 'meeting-request.hbs'), 'Oggetto: Chiamata\n\nCiao {{recipient}}, ci sentiamo?\n');
      const result = await run(['draft', 'meeting', '--client', 'acme', '--workspace', workspace, '--today', TODAY]);
      assert.equal(result.stdout, 'Oggetto: Chiamata\n\nCiao Mario Bianchi, ci sentiamo?\n');
    });

    it('reports a broken override with its position and prints the built-in draft', async () => {
      writeFileSync(join(workspace, '.clean-break', 'templates', 'it', 'meeting-request.hbs'), 'Oggetto: Chiamata\n\n{{#if meeting.on}}ci sentiamo\n');
      const result = await run(['draft', 'meeting', '--client', 'acme', '--workspace', workspace, '--today', TODAY]);
      assert.equal(result.code, 0);
      assert.match(result.stderr, /\.clean-break\/templates\/it\/meeting-request\.hbs:\d+:\d+: error: /);
      assert.match(result.stdout, /^Oggetto: Possiamo parlare/);
    });
  });

  it('finds its built-in templates next to the bundled dist/cli.js', () => {
    const env = { ...process.env };
    delete env.CLEAN_BREAK_TEMPLATES;
    const result = spawnSync(
      process.execPath,
      [join(process.cwd(), 'dist', 'cli.js'), 'draft', 'meeting', '--client', 'acme', '--workspace', SAMPLE, '--today', TODAY],
      { encoding: 'utf8', env },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Oggetto: /);
  });
});
