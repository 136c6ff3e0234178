import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './captureIO';

const ANGRY_LINE = 'I am ending our contract on 3 March. This is ridiculous!';
const ANGRY = `Dear Tom,\n\n${ANGRY_LINE}\n`;
const column = (line: string, part: string) => line.indexOf(part) + 1;
const CALM = 'Dear Tom,\n\nI will end our collaboration on 3 March 2027. Thank you for the work together.\n\nAnna\n';

describe('clean-break lint', () => {
  let folder: string;
  const write = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const run = (args: string[]) => runCli([...args, '--workspace', folder], { cwd: folder });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'clean-break-lint-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints one positioned line per finding and exits 1 on a warning', async () => {
    const file = write('angry.txt', ANGRY);
    const result = await run(['lint', file]);
    assert.equal(result.code, 1);
    const lines = result.stdout.split('\n');
    assert.ok(lines.includes(`${file}:3:${column(ANGRY_LINE, 'ridiculous')}: warning: “ridiculous” carries emotion. A calm, factual note is harder to argue with. [emotional]`));
    assert.ok(lines.some((l) => l.startsWith(`${file}:3:${column(ANGRY_LINE, '!')}: warning: `) && l.endsWith('[exclamation]')));
  });

  it('prints nothing and exits 0 for a calm draft', async () => {
    const result = await run(['lint', write('calm.txt', CALM)]);
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });

  it('prints the findings as JSON with --json', async () => {
    const result = await run(['lint', write('angry.txt', ANGRY), '--json']);
    const { findings } = JSON.parse(result.stdout) as { findings: Record<string, unknown>[] };
    const exclamation = findings.find((f) => f.rule === 'exclamation')!;
    assert.deepEqual(Object.keys(exclamation).sort(), ['column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'rule', 'severity']);
    const at = column(ANGRY_LINE, '!');
    assert.deepEqual(exclamation.fix, { line: 3, column: at, endLine: 3, endColumn: at + 1, text: '.' });
    assert.ok(!('fix' in findings.find((f) => f.rule === 'emotional')!));
  });

  it('applies the Italian rules with --text-lang it, and words their messages in the user\'s language', async () => {
    const file = write('mixed.txt', 'Ciao Tom, ti scrivo perché chiudo il 3 marzo, e poiché il lavoro è finito ci salutiamo.\n');
    const english = (await run(['lint', file, '--text-lang', 'it'])).stdout;
    assert.match(english, /adds another reason\. .*\[one-reason\]/);
    const italian = (await run(['lint', file, '--text-lang', 'it', '--lang', 'it'])).stdout;
    assert.match(italian, /aggiunge un altro motivo\. .*\[one-reason\]/);
    assert.equal((await run(['lint', file, '--text-lang', 'de'])).code, 2);
  });

  it('turns rules off through .clean-break/lint.json', async () => {
    mkdirSync(join(folder, '.clean-break'));
    writeFileSync(join(folder, '.clean-break', 'lint.json'), '{ "disable": ["emotional", "exclamation"] }\n');
    const result = await run(['lint', write('angry.txt', ANGRY)]);
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });

  it('reports a broken lint.json at its position and lints with every rule on', async () => {
    mkdirSync(join(folder, '.clean-break'));
    const broken = '  "disable": ["emotional",]';
    writeFileSync(join(folder, '.clean-break', 'lint.json'), `{\n${broken}\n}\n`);
    const result = await run(['lint', write('calm.txt', CALM)]);
    assert.equal(result.code, 1);
    assert.ok(result.stderr.startsWith(`.clean-break/lint.json:2:${column(broken, ']')}: error: not valid JSON`), result.stderr);
  });

  it('exits 1 for a file it cannot read, and 2 without a file', async () => {
    assert.equal((await run(['lint', join(folder, 'missing.txt')])).code, 1);
    assert.equal((await run(['lint'])).code, 2);
  });
});
