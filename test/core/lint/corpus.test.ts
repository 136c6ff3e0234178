import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintLanguageOf, lintText } from '../../../src/core/lint/engine';

// Real-looking emails written for calibration: calm notices must pass, angry or over-explaining ones must not.
const CORPUS = join(process.cwd(), 'test', 'core', 'lint', 'corpus');

function emails(language: string, tone: string): { name: string; text: string }[] {
  const folder = join(CORPUS, language, tone);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

describe('lint corpus', () => {
  for (const language of ['en', 'it'] as const) {
    describe(language, () => {
      it('holds at least 20 emails, half calm and half angry', () => {
        const calm = emails(language, 'calm').length;
        const angry = emails(language, 'angry').length;
        assert.ok(calm + angry >= 20, `${calm + angry} emails`);
        assert.equal(calm, angry);
      });

      for (const { name, text } of emails(language, 'calm')) {
        it(`passes the calm ${name}, with the language detected`, () => {
          assert.equal(lintLanguageOf(text), language);
          const loud = lintText(text).filter((f) => f.severity !== 'info');
          assert.deepEqual(loud.map((f) => `${f.line}:${f.column} ${f.rule}: ${f.message}`), []);
        });
      }

      for (const { name, text } of emails(language, 'angry')) {
        it(`catches the angry or over-explaining ${name}`, () => {
          assert.equal(lintLanguageOf(text), language);
          const warnings = lintText(text).filter((f) => f.severity !== 'info');
          assert.ok(warnings.length >= 1, 'expected at least one warning');
        });
      }
    });
  }
});
