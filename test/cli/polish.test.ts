import * as assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExitCode, UsageError } from '../../src/cli/command';
import { apiKeyFor, applyPolish, extractPolishFlags } from '../../src/cli/polishOptions';
import { ChatServer } from '../support/chatServer';
import { POLISH_CASES } from '../support/polishCases';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT, GOOD_POLISH, ITALIAN_DRAFT } from '../support/polishDrafts';
import { FACT_CHANGE_TODAY, FACT_CHANGES, FAITHFUL } from '../support/factChanges';
import { KEPT, LEAKY_CLIENT, LEAKY_DRAFT, leaks } from '../support/personalData';
import { captureIO as capture, runCli } from './captureIO';

const PROBE = join(__dirname, '..', 'support', 'cliProbe.js');

interface ProbeResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  sdkFiles: string[];
}


describe('clean-break draft --polish', function () {
  this.timeout(8000);
  let server: ChatServer;

  beforeEach(async () => {
    server = await ChatServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  const flags = (...more: string[]) => extractPolishFlags(['--polish', '--base-url', server.baseUrl, '--model', 'test-model', ...more]).polish;

  for (const c of POLISH_CASES.filter((c) => !c.cancel)) {
    it(`${c.name}: prints ${c.reason ? 'the template draft, the reason on stderr, and exits 0' : 'the polished draft'}`, async () => {
      server.plan(...c.replies);
      const run = capture({ CLEAN_BREAK_API_KEY: 'sk-test' });
      const extra = [...(c.timeoutSeconds ? ['--timeout', String(c.timeoutSeconds)] : []), ...(c.redact ? ['--redact'] : [])];
      const result = await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(...extra), run.io, 'en');
      assert.deepEqual(result, { text: c.expected, exitCode: ExitCode.ok });
      if (c.reason) {
        const [, reason] = /^clean-break draft: polish not used: (.*)\. The template draft is printed\.\n$/.exec(run.stderr()) ?? [];
        assert.match(reason ?? run.stderr(), c.reason);
      } else {
        assert.equal(run.stderr(), '');
      }
      assert.equal(server.requests.length, c.requests);
    });
  }

  it('cancellation: Ctrl-C stops the polish, prints the template draft and exits 0', async () => {
    server.plan({ content: GOOD_POLISH, hang: 'after-first-chunk' });
    const child = spawn(process.execPath, [PROBE, 'polish', server.baseUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
    const result = JSON.parse(output) as ProbeResult;
    assert.equal(result.stdout, ENGLISH_DRAFT);
    assert.equal(result.stderr, 'clean-break draft: polish not used: cancelled. The template draft is printed.\n');
  });

  it('--require-polish exits 3 when the polish is not used, and still prints the template draft', async () => {
    server.plan({ status: 401 }, { content: ITALIAN_DRAFT });
    for (let i = 0; i < 2; i++) {
      const run = capture();
      assert.deepEqual(await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags('--require-polish'), run.io, 'en'), { text: ENGLISH_DRAFT, exitCode: ExitCode.polishFailed });
    }
  });

  it('--require-polish exits 0 when the polish is used', async () => {
    server.plan({ content: GOOD_POLISH });
    assert.deepEqual(await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags('--require-polish'), capture().io, 'en'), { text: GOOD_POLISH, exitCode: ExitCode.ok });
  });

  it('sends CLEAN_BREAK_API_KEY to the endpoint of the command, and OPENAI_API_KEY never to any endpoint but OpenAI', async () => {
    server.plan({ content: GOOD_POLISH }, { content: GOOD_POLISH });
    await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(), capture({ CLEAN_BREAK_API_KEY: 'sk-clean', OPENAI_API_KEY: 'sk-openai' }).io, 'en');
    await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(), capture({ OPENAI_API_KEY: 'sk-openai' }).io, 'en');
    assert.deepEqual(server.requests.map((r) => r.headers.authorization), ['Bearer sk-clean', 'Bearer no-key']);
    assert.ok(!JSON.stringify(server.requests).includes('sk-openai'));
  });

  it('keeps OPENAI_API_KEY for OpenAI\'s own origin', () => {
    const env = { OPENAI_API_KEY: 'sk-openai' };
    assert.equal(apiKeyFor('https://api.openai.com/v1', env), 'sk-openai');
    for (const url of ['http://api.openai.com/v1', 'https://api.openai.com:8443/v1', 'https://api.openai.com.example.net/v1', 'https://evil.example/api.openai.com/v1', 'http://localhost:11434/v1']) {
      assert.equal(apiKeyFor(url, env), undefined, url);
    }
  });

  it('never prints the key, even when the endpoint echoes it in an error', async () => {
    const key = 'sk-proj-Zq81c0ffee4242deadbeef';
    server.plan(
      { status: 400, message: `Invalid request with key ${key}, Authorization: Bearer ${key}` },
      ...[1, 2, 3].map(() => ({ status: 500, headers: { 'retry-after': '0' }, message: `upstream said: key=${key.slice(0, 14)}… rejected` })),
    );
    for (let i = 0; i < 2; i++) {
      const run = capture({ CLEAN_BREAK_API_KEY: key });
      await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(), run.io, 'en');
      assert.match(run.stderr(), /polish not used: the endpoint (answered with an error \(400\)|failed with 500)/);
      assert.ok(!run.stderr().includes(key.slice(0, 10)), run.stderr());
    }
  });

  it('says how to set the key when the endpoint refuses it', async () => {
    server.plan({ status: 401 });
    const run = capture();
    await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(), run.io, 'en');
    assert.match(run.stderr(), /refused the API key \(401\) — set it with CLEAN_BREAK_API_KEY \(or OPENAI_API_KEY, for OpenAI only\)\./);
  });

  it('sends the draft as it is to a loopback endpoint, and redacted with --redact', async () => {
    server.plan({ content: GOOD_POLISH }, { content: (user) => user });
    await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags(), capture().io, 'en');
    await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, flags('--redact'), capture().io, 'en');
    const [plain, redacted] = server.requests.map((r) => r.body.messages[1].content);
    assert.equal(plain, ENGLISH_DRAFT);
    assert.ok(redacted.startsWith('Subject: Ending our collaboration on 15 January 2027\n\nDear [[NAME_1]],'));
    assert.ok(!redacted.includes('Bianchi') && !redacted.includes('Rossi') && !redacted.includes('1,200'));
  });

  it("words the reason in the user's language, not the draft's", async () => {
    for (const [language, expected] of [
      ['it', 'clean-break draft: rifinitura non usata: il testo rifinito è in inglese; la bozza è in italiano. Viene stampata la bozza del modello.\n'],
      ['en', 'clean-break draft: polish not used: the polished text is in English; the draft is in Italian. The template draft is printed.\n'],
    ] as const) {
      server.plan({ content: ENGLISH_DRAFT });
      const run = capture();
      const result = await applyPolish(ITALIAN_DRAFT, { ...ENGLISH_CONTEXT, language: 'it' }, flags(), run.io, language);
      assert.equal(result.text, ITALIAN_DRAFT);
      assert.equal(run.stderr(), expected);
    }
  });

  it('without --polish returns the draft untouched and contacts nobody', async () => {
    assert.deepEqual(await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, undefined, capture().io, 'en'), { text: ENGLISH_DRAFT, exitCode: ExitCode.ok });
    assert.equal(server.requests.length, 0);
  });

  describe('never loads the openai SDK unless asked to polish (fresh child process)', () => {
    const probe = async (...args: string[]) => JSON.parse((await promisify(execFile)(process.execPath, [PROBE, ...args])).stdout) as ProbeResult;

    it('drafting without --polish loads no file of it', async () => {
      const result = await probe('none');
      assert.match(result.stdout, /^Subject: /, `the draft command ran: ${result.stderr}`);
      assert.deepEqual(result.sdkFiles, []);
    });

    it('the check does see it when a polish runs (so the test above can fail)', async () => {
      server.plan({ content: GOOD_POLISH });
      const result = await probe('polish', server.baseUrl);
      assert.equal(result.stdout, GOOD_POLISH);
      assert.ok(result.sdkFiles.length > 0);
    });
  });
});

describe('clean-break draft termination --polish --require-polish: facts in their place (issue 13)', function () {
  this.timeout(20_000);
  let server: ChatServer;
  before(async () => {
    server = await ChatServer.start();
  });
  after(async () => {
    await server.close();
  });

  const env = { CLEAN_BREAK_TEMPLATES: join(process.cwd(), 'templates') };
  const draftArgs = (client: string) => ['draft', 'termination', '--client', client, '--workspace', 'examples/freelancer', '--today', FACT_CHANGE_TODAY, '--force'];
  const polishArgs = ['--polish', '--base-url', () => server.baseUrl, '--require-polish'] as const;
  const polishRun = (client: string, edit: (draft: string) => string) => {
    server.plan({ content: (user) => edit(user) });
    return runCli([...draftArgs(client), ...polishArgs.map((a) => (typeof a === 'function' ? a() : a))], { env });
  };

  for (const client of ['northwind', 'acme'] as const) {
    it(`prints a faithful polish of ${client}'s draft and exits 0`, async () => {
      const template = await runCli(draftArgs(client), { env });
      const result = await polishRun(client, FAITHFUL[client]);
      assert.equal(result.code, ExitCode.ok, result.stderr);
      assert.equal(result.stdout, FAITHFUL[client](template.stdout));
    });
  }

  for (const change of FACT_CHANGES) {
    it(`exits 3 and prints the template draft for ${change.name}`, async () => {
      const template = await runCli(draftArgs(change.client), { env });
      const result = await polishRun(change.client, change.edit);
      assert.equal(result.code, ExitCode.polishFailed);
      assert.equal(result.stdout, template.stdout);
      // Worded in the draft's language, naming the fact.
      assert.match(result.stderr, /^clean-break draft: (?:polish not used|rifinitura non usata): /m);
      assert.ok(result.stderr.includes(change.fact), result.stderr);
    });
  }
});

describe('clean-break polish FILE --client ID', function () {
  this.timeout(20_000);
  let server: ChatServer;
  let folder: string;
  let file: string;
  before(async () => {
    server = await ChatServer.start();
    folder = mkdtempSync(join(tmpdir(), 'clean-break-polish-'));
    file = join(folder, 'draft.md');
    writeFileSync(file, LEAKY_DRAFT);
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const polish = (...more: string[]) =>
    runCli(['polish', file, '--client', LEAKY_CLIENT, '--workspace', 'examples/freelancer', '--base-url', server.baseUrl, ...more]);

  it('with --redact sends a local server no name or identifier, restores them all, and prints the polish', async () => {
    server.plan({ content: (user) => user.replace('for details', 'for the details') });
    const result = await polish('--redact');
    assert.equal(result.code, ExitCode.ok, result.stderr);
    const sent = server.requests.at(-1)?.body.messages[1].content ?? '';
    assert.deepEqual(leaks(sent), [], sent);
    for (const date of KEPT) assert.ok(sent.includes(date));
    assert.equal(result.stdout, LEAKY_DRAFT.replace('for details', 'for the details'));
  });

  it('sends the draft as it is to a local server without --redact', async () => {
    server.plan({ content: (user) => user });
    assert.equal((await polish()).stdout, LEAKY_DRAFT);
    assert.equal(server.requests.at(-1)?.body.messages[1].content, LEAKY_DRAFT);
  });

  it('prints the draft unchanged and exits 3 with --require-polish when the guard refuses the polish', async () => {
    server.plan({ content: (user) => user.replace('30 December 2026', '31 December 2026') });
    const result = await polish('--require-polish');
    assert.equal(result.code, ExitCode.polishFailed);
    assert.equal(result.stdout, LEAKY_DRAFT);
    assert.match(result.stderr, /^clean-break polish: polish not used: the polished text dropped the date 30 December 2026\. The draft is printed unchanged\.$/m);
  });

  it('needs a file and a client', async () => {
    assert.equal((await runCli(['polish', '--client', 'acme', '--workspace', 'examples/freelancer'])).code, ExitCode.usage);
    assert.equal((await runCli(['polish', file, '--workspace', 'examples/freelancer'])).code, ExitCode.usage);
    const missing = await runCli(['polish', join(folder, 'none.md'), '--client', 'acme', '--workspace', 'examples/freelancer']);
    assert.equal(missing.code, ExitCode.problemsFound);
    assert.match(missing.stderr, /cannot read/);
  });
});

describe('extractPolishFlags', () => {
  it('takes the polish flags out of the arguments, wherever they stand', () => {
    const { polish, rest } = extractPolishFlags(['termination', '--polish', '--client', 'acme', '--model=llama3.2', '--base-url', 'http://localhost:11434/v1/', '--timeout', '12', '--no-redact', '--require-polish', '--force']);
    assert.deepEqual(rest, ['termination', '--client', 'acme', '--force']);
    assert.deepEqual(polish, { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', timeoutSeconds: 12, redact: 'off', required: true });
  });

  it('defaults to OpenAI, gpt-4o-mini, 30 s and redaction decided by the endpoint', () => {
    assert.deepEqual(extractPolishFlags(['--polish']).polish, { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', timeoutSeconds: 30, redact: 'auto', required: false });
    assert.deepEqual(extractPolishFlags(['--client', 'acme']), { rest: ['--client', 'acme'] });
  });

  it('rejects what it cannot use, as usage errors', () => {
    const cases: [string[], RegExp][] = [
      [['--model', 'x'], /--model goes with --polish/],
      [['--require-polish'], /--require-polish goes with --polish/],
      [['--polish', '--timeout', '0'], /--timeout needs a number of seconds/],
      [['--polish', '--timeout', 'soon'], /--timeout needs a number of seconds/],
      [['--polish', '--base-url', 'ftp://example.com'], /--base-url needs an http or https URL/],
      [['--polish', '--base-url'], /--base-url needs a value/],
      [['--polish', '--redact', '--no-redact'], /choose one/],
    ];
    for (const [args, message] of cases) assert.throws(() => extractPolishFlags(args), (e: unknown) => e instanceof UsageError && message.test(e.message), args.join(' '));
  });
});
