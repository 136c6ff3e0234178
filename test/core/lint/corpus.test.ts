import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintLanguageOf, lintText } from '../../../src/core/lint/engine';
import { LINT_RULES } from '../../../src/core/lint/rules';

// Two sets of real-looking emails (corpus/README.md): `calibration`, written with the rules and used to tune them,
// and `held-out`, written after the rules and never used to tune them. In both, calm notices must pass; in the
// held-out set each angry email is named for the rule that must catch it.
const CORPUS = join(process.cwd(), 'test', 'core', 'lint', 'corpus');
const LANGUAGES = ['en', 'it'] as const;

function emails(set: string, language: string, tone: string): { name: string; text: string }[] {
  const folder = join(CORPUS, set, language, tone);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

const warnings = (text: string) => lintText(text).filter((f) => f.severity !== 'info');
const described = (text: string) => warnings(text).map((f) => `${f.line}:${f.column} ${f.rule}: ${f.message}`);

function calmEmailsPass(set: string, language: string): void {
  for (const { name, text } of emails(set, language, 'calm')) {
    it(`passes the calm ${name}, with the language detected`, () => {
      assert.equal(lintLanguageOf(text), language);
      assert.deepEqual(described(text), []);
    });
  }
}

describe('lint corpus, calibration set', () => {
  for (const language of LANGUAGES) {
    describe(language, () => {
      it('holds at least 20 emails, half calm and half angry', () => {
        const calm = emails('calibration', language, 'calm').length;
        const angry = emails('calibration', language, 'angry').length;
        assert.ok(calm + angry >= 20, `${calm + angry} emails`);
        assert.equal(calm, angry);
      });

      calmEmailsPass('calibration', language);

      for (const { name, text } of emails('calibration', language, 'angry')) {
        it(`catches the angry or over-explaining ${name}`, () => {
          assert.equal(lintLanguageOf(text), language);
          assert.ok(warnings(text).length >= 1, 'expected at least one warning');
        });
      }
    });
  }
});

describe('lint corpus, held-out set', () => {
  const warningRules = LINT_RULES.filter((rule) => rule.severity === 'warning').map((rule) => rule.id).sort();

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('holds ten calm emails and an angry one for every warning rule', () => {
        assert.equal(emails('held-out', language, 'calm').length, 10);
        assert.deepEqual(emails('held-out', language, 'angry').map(({ name }) => name.replace(/\.txt$/, '')).sort(), warningRules);
      });

      calmEmailsPass('held-out', language);

      for (const { name, text } of emails('held-out', language, 'angry')) {
        const rule = name.replace(/\.txt$/, '');
        it(`catches ${name} by the rule ${rule}`, () => {
          assert.equal(lintLanguageOf(text), language);
          assert.ok(warnings(text).some((f) => f.rule === rule), `${rule} did not fire; found:\n${described(text).join('\n')}`);
        });
      }
    });
  }
});
