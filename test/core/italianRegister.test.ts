// Italian interface text speaks to the user as "tu"; only drafts keep the formal register.
import * as assert from 'node:assert/strict';
import { LINT_RULES } from '../../src/core/lint/rules';
import { READINESS_MESSAGES } from '../../src/core/readiness/messages';
import { assertInformal, FORMAL, textsOf } from './italianRegister';

describe('Italian interface register', () => {
  it('finds the formal forms it looks for (self-check)', () => {
    assert.ok(FORMAL.test('non smetta semplicemente di rispondere'));
    assert.ok(!FORMAL.test('non smettere semplicemente di rispondere; fissane uno'));
  });

  it('uses "tu" in every readiness reason', () => {
    const it = READINESS_MESSAGES.it;
    assertInformal([
      ...textsOf(it),
      ...[true, false].flatMap((convenience) => [true, false].map((forCauseOnly) => it.contractSays({ convenience, forCauseOnly }))),
    ]);
  });

  it('uses "tu" in every lint message', () => {
    assertInformal(LINT_RULES.map((rule) => rule.message.it));
  });
});
