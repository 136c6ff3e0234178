import * as assert from 'node:assert/strict';
import { buildPolishRequest } from '../../../src/core/polish/prompt';
import { ITALIAN_DRAFT } from '../../support/polishDrafts';

describe('buildPolishRequest', () => {
  it('puts the rules in the system message and only the draft in the user message', () => {
    const request = buildPolishRequest({ draft: ITALIAN_DRAFT, language: 'it', maxWords: 150, redacted: false });
    assert.equal(request.user, ITALIAN_DRAFT);
    for (const rule of [/Write in Italian/, /Keep every fact exactly/, /single reason/, /calm and unemotional/, /Add nothing new/, /within 150 words/, /"Oggetto: …"/]) {
      assert.match(request.system, rule);
    }
    assert.doesNotMatch(request.system, /placeholder/);
  });

  it('asks to keep the placeholders when the draft is redacted', () => {
    const request = buildPolishRequest({ draft: 'Subject: x\n\nDear [[NAME_1]],', language: 'en', maxWords: 120, redacted: true });
    assert.match(request.system, /Keep every placeholder such as \[\[NAME_1\]\] exactly as written/);
    assert.match(request.system, /Write in English/);
  });
});
