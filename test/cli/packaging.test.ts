// What ships: the command line as an npm package that `npm install -g` turns into a working `clean-break`, and the
// extension as a .vsix that `vsce package` builds without a warning. Both are built from a copy of the working
// tree, as a fresh clone would be, so the repository's own dist/ is left alone.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();

/** The files a clone of the working tree has: tracked ones and new ones git does not ignore. */
function copyWorkingTree(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && file !== '.vscode-test');
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(root, file), join(to, file), { dereference: false });
  }
  // What `npm install` would give the clone.
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'));
}

function npm(args: string[], cwd: string): { status: number | null; stdout: string; output: string } {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd, encoding: 'utf8', input: '' });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging', function () {
  this.timeout(180_000);
  let dir: string;
  let clone: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clean-break-packaging-'));
    clone = join(dir, 'clone');
    copyWorkingTree(clone);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('npm pack gives a tarball that npm install -g turns into a working clean-break command', () => {
    const packed = npm(['pack', '--json', '--pack-destination', dir], clone);
    assert.equal(packed.status, 0, packed.output);
    const [tarball] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const files = tarball.files.map((f) => f.path);
    assert.ok(files.includes('dist/cli.js') && files.includes('templates/it/termination-email.hbs'), files.join(' '));
    assert.ok(!files.includes('dist/extension.js') && !files.some((f) => f.startsWith('src/')), `only the command line ships: ${files.join(' ')}`);

    // Offline: the bundle needs no package from the registry.
    const prefix = join(dir, 'prefix');
    const installed = npm(['install', '--global', '--offline', '--prefix', prefix, join(dir, tarball.filename)], dir);
    assert.equal(installed.status, 0, installed.output);

    const command = join(prefix, 'bin', 'clean-break');
    const run = (args: string[]) => spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    const version = run(['--version']);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`, version.stderr);
    const workspace = join(root, 'examples', 'freelancer');
    const check = run(['check', '--workspace', workspace, '--today', '2026-12-01']);
    assert.match(check.stdout, /^acme\s+active/m, check.stderr);
    // Drafting reads the templates the package carries.
    const draft = run(['draft', 'termination', '--client', 'acme', '--workspace', workspace, '--today', '2026-12-01', '--force']);
    assert.equal(draft.status, 0, draft.stderr);
    assert.match(draft.stdout, /^Oggetto: /);
  });

  it('vsce package builds the .vsix without a warning, with the icon and the changelog', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { icon: string; repository?: { url: string } };
    const { width, height } = pngSize(join(root, manifest.icon));
    assert.ok(width >= 128 && height >= 128, `icon ${width}×${height}`);
    assert.doesNotMatch(manifest.repository?.url ?? '', /example|invalid|placeholder/);

    const packaged = npm(['run', 'package'], clone);
    assert.equal(packaged.status, 0, packaged.output);
    assert.doesNotMatch(packaged.output, /WARNING|ERROR/, packaged.output);
    assert.match(packaged.output, /DONE\s+Packaged: clean-break\.vsix/);
    assert.match(packaged.output, /icon\.png/);
    assert.match(packaged.output, /changelog\.md/);
  });
});
