// The command line speaks the user's language: --lang, else LC_ALL, LC_MESSAGES or LANG; drafts follow the client.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { assertInformal, textsOf } from '../core/italianRegister';
import { runCli } from './captureIO';

const SAMPLE = join(process.cwd(), 'examples', 'freelancer');
const TODAY = '2026-11-30';
const TEMPLATES = { CLEAN_BREAK_TEMPLATES: join(process.cwd(), 'templates') };

describe('clean-break in the user\'s language', () => {
  it('speaks English by default, and Italian when LANG is Italian', async () => {
    const english = await runCli(['check', '--workspace', SAMPLE, '--today', TODAY]);
    assert.match(english.stdout, /^acme\s+active\s+outstanding /m);
    for (const LANG of ['it_IT.UTF-8', 'it_CH', 'it']) {
      const italian = await runCli(['check', '--workspace', SAMPLE, '--today', TODAY], { env: { LANG } });
      assert.match(italian.stdout, /^acme\s+active\s+da incassare /m, LANG);
      assert.match(italian.stdout, /\bcostoso\b/, LANG);
    }
    assert.match((await runCli(['--help'], { env: { LANG: 'it_IT.UTF-8' } })).stdout, /^Uso: clean-break <comando>/);
    assert.match((await runCli(['--help'], { env: { LANG: 'C.UTF-8' } })).stdout, /^Usage: clean-break <command>/);
    assert.match((await runCli(['draft', '--help'], { env: { LANG: 'it_IT.UTF-8' } })).stdout, /^Uso: clean-break draft termination\|referral\|meeting .*\nscrivi la bozza/);
  });

  it('reads LC_ALL before LC_MESSAGES before LANG, and --lang before all of them', async () => {
    const help = async (env: Record<string, string>, args: string[] = []) => (await runCli(['--help', ...args], { env })).stdout.split('\n')[0];
    assert.equal(await help({ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'it_IT', LANG: 'it_IT' }), CLI_MESSAGES.en.usage);
    assert.equal(await help({ LC_MESSAGES: 'it_IT', LANG: 'en_US' }), CLI_MESSAGES.it.usage);
    assert.equal(await help({ LC_ALL: '', LANG: 'it_IT' }), CLI_MESSAGES.it.usage);
    assert.equal(await help({ LANG: 'it_IT' }, ['--lang', 'en']), CLI_MESSAGES.en.usage);
    assert.equal(await help({ LANG: 'en_US' }, ['--lang=it']), CLI_MESSAGES.it.usage);
  });

  it('takes --lang anywhere, and rejects a language it does not speak', async () => {
    const scan = await runCli(['scan', '--lang', 'it', 'contracts/northwind-msa.md', '--workspace', SAMPLE]);
    assert.match(scan.stdout, /^  preavviso: 30 giorni$/m);
    assert.match(scan.stdout, /\[30 giorni\]/);
    const wrong = await runCli(['check', '--workspace', SAMPLE, '--lang', 'fr']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--lang must be en or it, not 'fr'/);
    assert.match((await runCli(['check', '--workspace', SAMPLE, '--lang', 'fr'], { env: { LANG: 'it_IT.UTF-8' } })).stderr, /^clean-break: --lang deve essere en o it, non 'fr'$/m);
  });

  it('words a mistake in the call in the user\'s language, with the usage line', async () => {
    const cases: [string[], RegExp][] = [
      [['draft', 'poem', '--lang', 'it'], /^clean-break draft: non so scrivere la bozza 'poem'; scegli tra termination, referral, meeting\nUso: clean-break draft /],
      [['check', '--frobnicate', '--lang', 'it'], /^clean-break check: opzione sconosciuta '--frobnicate'\nUso: clean-break check/],
      [['readiness', '--today', '2026-02-30', '--client', 'acme', '--lang', 'it'], /^clean-break readiness: --today richiede una data vera nella forma YYYY-MM-DD, non '2026-02-30'/],
      [['lint', '--lang', 'it'], /^clean-break lint: indica il file da controllare/],
      [['import', '--lang', 'it'], /^clean-break import: indica cosa importare: hours, invoices, mail/],
    ];
    for (const [args, expected] of cases) {
      const result = await runCli([...args, '--workspace', SAMPLE]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, expected);
      assertInformal([result.stderr]);
    }
  });

  it('writes the draft in the client\'s language and everything around it in the user\'s', async () => {
    // northwind is an English client; the user reads Italian.
    const result = await runCli(['draft', 'termination', '--client', 'northwind', '--workspace', SAMPLE, '--today', TODAY, '--force', '--lang', 'it'], { env: TEMPLATES });
    assert.match(result.stdout, /^Subject: /);
    assert.match(result.stderr, /^Prontezza:\n/);
    assert.doesNotMatch(result.stderr, /Readiness:|Paid but|Unpaid/);
    // acme is an Italian client; the user reads English.
    const acme = await runCli(['draft', 'termination', '--client', 'acme', '--workspace', SAMPLE, '--today', TODAY, '--force'], { env: TEMPLATES });
    assert.match(acme.stdout, /^Oggetto: /);
    assert.match(acme.stdout, /\ble scrivo\b/, 'the draft keeps the formal register');
    // An English draft for the Italian client, read by an Italian user: the note about its reason is in Italian.
    const translated = await runCli(['draft', 'termination', '--client', 'acme', '--workspace', SAMPLE, '--today', TODAY, '--force', '--draft-lang', 'en', '--lang', 'it'], { env: TEMPLATES });
    assert.match(translated.stdout, /^Subject: /);
    assert.match(translated.stderr, /^Nota: decision\.reason è scritto per ACME S\.p\.A\. in un'altra lingua; questa bozza in inglese dà il motivo neutro predefinito\.$/m);
  });

  it('says why it cannot draft in the user\'s language', async () => {
    const args = ['draft', 'referral', '--client', 'harbor-labs', '--workspace', SAMPLE, '--today', TODAY, '--force'];
    assert.match((await runCli(args, { env: TEMPLATES })).stderr, /is marked disrespectful \(decision\.disrespectful\): no referral note is owed\./);
    const italian = await runCli([...args, '--lang', 'it'], { env: TEMPLATES });
    assert.equal(italian.code, 1);
    assert.match(italian.stderr, /è segnato come irrispettoso \(decision\.disrespectful\): non gli devi una nota di segnalazione\./);
  });

  it('says what is wrong in clients.yaml in the user\'s language, at the same line and column', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'clean-break-language-'));
    try {
      cpSync(SAMPLE, workspace, { recursive: true });
      const file = join(workspace, 'clients.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('status: active', 'status: actve').replace('amount: 1800', 'amount: -1800'));
      const english = await runCli(['check', '--workspace', workspace, '--today', TODAY]);
      const italian = await runCli(['check', '--workspace', workspace, '--today', TODAY, '--lang', 'it']);
      assert.equal(italian.code, 1);
      // The problems: the clients listed below them speak each language's words.
      const lines = (output: string) => output.trimEnd().split('\n').filter((line) => /: (?:error|warning): /.test(line));
      const where = (line: string) => line.split(' — ')[0];
      assert.deepEqual(lines(italian.stdout).map(where), lines(english.stdout).map(where));
      assert.match(italian.stdout, /^.*clients\.yaml:\d+:\d+: error: status: actve — serve uno tra prospect, active, winding-down, ended; forse intendevi "active"\?$/m);
      assert.match(italian.stdout, /: error: amount: -1800 — serve un importo di 0 o più$/m);
      assert.doesNotMatch(italian.stdout, /expected|did you mean/);
      // readiness and draft print the problems of clients.yaml too, on stderr, in the language LANG sets.
      const readiness = await runCli(['readiness', '--client', 'northwind', '--workspace', workspace, '--today', TODAY], { env: { LANG: 'it_IT.UTF-8' } });
      assert.match(readiness.stderr, /: error: status: actve — serve uno tra /);
      const unknown = await runCli(['readiness', '--client', 'acm', '--workspace', workspace, '--lang', 'it']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /^clean-break readiness: nessun cliente 'acm' in clients\.yaml \(clienti: northwind, /);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('uses "tu" in its own Italian messages', () => {
    assertInformal(textsOf(CLI_MESSAGES.it));
  });
});
