// The PDF and Word files made by scripts/make-document-fixtures.mjs, found from wherever the tests were built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function documentFixturePath(name: string): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'test', 'fixtures', 'documents', name);
  }
  throw new Error('no repository root above the tests');
}

export const documentFixture = (name: string) => new Uint8Array(readFileSync(documentFixturePath(name)));
