import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { runCli } from './captureIO';

const EXAMPLE = join(process.cwd(), 'examples', 'freelancer');
const TODAY = '2026-11-30';

async function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {} };
  const code = await main(['check', ...args], io, process.cwd());
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `the sample has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('clean-break check', () => {
  let workspace: string;
  let sample: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'clean-break-check-'));
    cpSync(EXAMPLE, workspace, { recursive: true });
    sample = readFileSync(join(workspace, 'clients.yaml'), 'utf8');
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('exits 0 on the sample workspace and prints one line per client', async () => {
    const { code, stdout, stderr } = await check(['--workspace', 'examples/freelancer', '--today', TODAY]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const ids = [...sample.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]);
    assert.deepEqual(stdout.trimEnd().split('\n').map((line) => line.split(/\s+/)[0]), ids);
  });

  it('shows status, outstanding amount with currency, costly flag and cooling-off', async () => {
    writeFileSync(
      join(workspace, 'clients.yaml'),
      [
        'version: 1',
        'defaults: { currency: EUR, coolingOffDays: 3 }',
        'clients:',
        '  - id: needy',
        '    name: Needy',
        '    status: active',
        '    hours: 90',
        '    invoices: [{ number: "1", amount: 100, paidOn: 2026-10-01 }, { number: "2", amount: 250.5 }]',
        '    decision: { decidedOn: 2026-11-28 }',
        '  - id: easy',
        '    name: Easy',
        '    status: winding-down',
        '    hours: 10',
        '    invoices: [{ number: "3", amount: 900, paidOn: 2026-10-01 }]',
        '',
      ].join('\n'),
    );
    const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY]);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      'needy  active        outstanding €250.50  costly  cooling-off day 2 of 3\n' +
        'easy   winding-down  outstanding €0.00    -\n',
    );
    // Amounts as the user's language writes them.
    const italian = await check(['--workspace', workspace, '--today', TODAY, '--lang', 'it']);
    assert.match(italian.stdout, /^needy {2}active {8}da incassare 250,50\s€/m);
  });

  it('--json gives problems and clients as one object', async () => {
    const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY, '--json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout) as { problems: unknown[]; clients: { id: string; outstanding: number; costly: boolean }[] };
    assert.deepEqual(result.problems, []);
    assert.equal(result.clients.length, [...sample.matchAll(/^ {2}- id: /gm)].length);
    assert.ok(result.clients.every((c) => typeof c.outstanding === 'number' && typeof c.costly === 'boolean'));
  });

  const breakages: { field: string; from: string; to: string; at: string }[] = [
    { field: 'a client status', from: 'status: active', to: 'status: actve', at: 'actve' },
    { field: 'an invoice amount', from: 'amount: 1800', to: 'amount: -1800', at: '-1800' },
    { field: 'a due date', from: 'due: 2026-12-18', to: 'due: 2026-02-30', at: '2026-02-30' },
    { field: 'an incident kind', from: 'kind: scope-creep', to: 'kind: scope', at: 'scope\n' },
    { field: 'a contract path', from: 'contracts/bluefin-sow.md', to: 'contracts/bluefin.md', at: 'contracts/bluefin.md' },
    { field: 'an id', from: 'id: northwind', to: 'id: acme', at: 'acme\n    name: Northwind' },
    { field: 'the version', from: 'version: 1', to: 'version: 2', at: '2\n' },
    { field: 'a meeting mode', from: 'mode: call', to: 'mode: phone', at: 'phone }' },
  ];
  for (const b of breakages) {
    it(`breaking ${b.field} exits 1 with its line and column`, async () => {
      assert.ok(sample.includes(b.from), `the sample has no ${JSON.stringify(b.from)}`);
      const broken = sample.replace(b.from, b.to);
      writeFileSync(join(workspace, 'clients.yaml'), broken);
      const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY]);
      assert.equal(code, 1);
      const { line, column } = positionOf(broken, b.at);
      assert.equal(stdout.split('\n')[0].split(': error: ')[0], `${join(workspace, 'clients.yaml')}:${line}:${column}`);
    });
  }

  it('one broken client hides none of the others: they are listed below its error, and readiness names the error', async () => {
    writeFileSync(join(workspace, 'clients.yaml'), sample.replace('status: active', 'status: actve'));
    const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY]);
    assert.equal(code, 1);
    assert.match(stdout.split('\n')[0], /: error: status: actve/);
    assert.match(stdout, /^northwind\s+active/m);
    assert.doesNotMatch(stdout, /^acme\s/m);
    const readiness = await runCli(['readiness', '--client', 'acme', '--workspace', workspace, '--today', TODAY, '--lang', 'it']);
    assert.equal(readiness.code, 1);
    assert.match(readiness.stderr, /: error: status: actve[^\n]*\nclean-break readiness: la voce del cliente 'acme' in clients\.yaml ha degli errori \(qui sopra\)/);
    assert.doesNotMatch(readiness.stderr, /nessun cliente|Uso:/);
  });

  it('reports a control character written as a YAML escape at its place, and drops it from what it reads', async () => {
    writeFileSync(join(workspace, 'clients.yaml'), sample.replace('name: ACME S.p.A.', 'name: "ACME \\e[2J\\e]0;pwned\\a S.p.A."'));
    const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY]);
    assert.equal(code, 1);
    const { line, column } = positionOf(readFileSync(join(workspace, 'clients.yaml'), 'utf8'), '"ACME');
    assert.match(stdout, new RegExp(`clients\\.yaml:${line}:${column}: error: name: .* control character U\\+001B`));
    const readiness = await runCli(['readiness', '--client', 'acme', '--workspace', workspace, '--today', TODAY]);
    assert.match(readiness.stdout, /^ACME \[2J\]0;pwned S\.p\.A\. \(acme\)/m);
    assert.doesNotMatch(readiness.stdout + readiness.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('prints the path relative to the current folder when inside it, absolute otherwise', async () => {
    writeFileSync(join(workspace, 'clients.yaml'), 'version: 1\nclients:\n  - id: x\n');
    const outside = await check(['--workspace', workspace]);
    assert.ok(outside.stdout.startsWith(`${join(workspace, 'clients.yaml')}:3:5: error: missing required key "name"`));
    const previous = process.cwd();
    process.chdir(workspace);
    try {
      const inside = await check(['--workspace', '.']);
      assert.ok(inside.stdout.startsWith('clients.yaml:3:5: error: missing required key "name"'));
    } finally {
      process.chdir(previous);
    }
  });

  it('warnings alone do not fail the check', async () => {
    const misspelt = sample.replace(/^( {4})hours: /m, '$1hour: ');
    assert.notEqual(misspelt, sample, 'the sample has no client-level hours to misspell');
    writeFileSync(join(workspace, 'clients.yaml'), misspelt);
    const { code, stdout } = await check(['--workspace', workspace, '--today', TODAY]);
    assert.equal(code, 0);
    assert.match(stdout, /: warning: unknown key "hour" — did you mean "hours"\?/);
    assert.match(stdout, /^acme\s/m);
  });

  it('a workspace without clients.yaml: a clear message and exit 1', async () => {
    rmSync(join(workspace, 'clients.yaml'));
    const { code, stderr } = await check(['--workspace', workspace]);
    assert.equal(code, 1);
    assert.match(stderr, /^clean-break check: no clients\.yaml in .* — create one there/);
  });

  it('a bad --today is a usage error', async () => {
    const { code, stderr } = await check(['--workspace', workspace, '--today', '2026-02-30']);
    assert.equal(code, 2);
    assert.match(stderr, /--today needs a real date as YYYY-MM-DD/);
  });
});
