import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Module names a file loads through import, export-from, import() or require(). */
function importedModules(text: string): string[] {
  const pattern = /\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('Architecture', () => {
  it('finds the imports it looks for (self-check of the scanner)', () => {
    const sample = "import * as vscode from 'vscode';\nimport type { X } from \"./x\";\nconst y = require('vscode');\nexport { z } from './z';";
    assert.deepEqual(importedModules(sample), ['vscode', './x', 'vscode', './z']);
  });

  it('keeps src/core free of VS Code: no file under it imports vscode', () => {
    const offenders = sourceFiles(join(root, 'src', 'core'))
      .filter((file) => importedModules(readFileSync(file, 'utf8')).includes('vscode'))
      .map((file) => relative(root, file));
    assert.deepEqual(offenders, []);
  });

  it('keeps src/cli free of VS Code too', () => {
    const offenders = sourceFiles(join(root, 'src', 'cli'))
      .filter((file) => importedModules(readFileSync(file, 'utf8')).includes('vscode'))
      .map((file) => relative(root, file));
    assert.deepEqual(offenders, []);
  });
});

describe('Localisation', () => {
  const uiStrings = (): string[] => {
    const pattern = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs;
    const found = new Set<string>();
    for (const file of sourceFiles(join(root, 'src', 'extension'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) found.add(match[2].replace(/\\(['"`\\])/g, '$1'));
    }
    return [...found];
  };

  it('translates every vscode.l10n string of the extension into Italian, keeping its placeholders', () => {
    const italian = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.it.json'), 'utf8')) as Record<string, string>;
    const strings = uiStrings();
    assert.ok(strings.length > 50, `only ${strings.length} UI strings found: is the scanner broken?`);
    assert.deepEqual(strings.filter((s) => !(s in italian)), []);
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.deepEqual(strings.filter((s) => placeholders(s) !== placeholders(italian[s])), []);
  });

  it('translates every package.json string into Italian', () => {
    const english = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const italian = JSON.parse(readFileSync(join(root, 'package.nls.it.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(english).filter((key) => !(key in italian)), []);
    const referenced = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.deepEqual(referenced.filter((key) => !(key in english)), []);
  });
});
