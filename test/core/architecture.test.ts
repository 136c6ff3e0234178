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
