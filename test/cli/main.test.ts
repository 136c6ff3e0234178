import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { captureIO as capture } from './captureIO';


describe('CLI dispatch', () => {
  it('lists every command in --help', async () => {
    const c = capture();
    assert.equal(await main(['--help'], c.io, process.cwd()), 0);
    for (const name of ['check', 'scan', 'readiness', 'draft', 'lint']) assert.match(c.stdout(), new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('prints the package version with --version', async () => {
    const c = capture();
    assert.equal(await main(['--version'], c.io, process.cwd()), 0);
    assert.match(c.stdout(), /^(\d+\.\d+\.\d+|development)\n$/);
  });

  it('answers an unknown command with exit code 2 and a one-line hint', async () => {
    const c = capture();
    assert.equal(await main(['frobnicate'], c.io, process.cwd()), 2);
    assert.equal(c.stderr().trim().split('\n').length, 1);
    assert.match(c.stderr(), /unknown command 'frobnicate'.*--help/);
  });

  it('rejects --workspace without a folder as a usage error', async () => {
    const c = capture();
    assert.equal(await main(['check', '--workspace'], c.io, process.cwd()), 2);
    assert.match(c.stderr(), /--workspace needs a folder/);
    const missing = capture();
    assert.equal(await main(['check', '--workspace', '/nowhere/at/all', '--lang', 'it'], missing.io, process.cwd()), 2);
    assert.match(missing.stderr(), /--workspace \/nowhere\/at\/all: questa cartella non esiste/);
  });

  it('ships as an executable bundle with a shebang', () => {
    const result = spawnSync(join(process.cwd(), 'dist', 'cli.js'), ['--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Usage: clean-break <command>/);
    assert.match(readFileSync(join(process.cwd(), 'dist', 'cli.js'), 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node/);
  });
});
