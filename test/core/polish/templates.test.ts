// The guard and redaction against what the built-in templates really write, for every sample client and language.
import * as assert from 'node:assert/strict';
import type { Draft } from '../../../src/core/drafting/draft';
import { DRAFT_KINDS } from '../../../src/core/drafting/templates';
import { lintText } from '../../../src/core/lint/engine';
import { extractFacts, type KnownFacts } from '../../../src/core/polish/facts';
import { checkPolish } from '../../../src/core/polish/guard';
import { redact, restore } from '../../../src/core/polish/redact';
import { SAMPLE_CLIENTS, sampleDraft } from '../../support/sampleDrafts';

describe('polish guard on the built-in templates', () => {
  const drafts: { label: string; draft: Draft; known: KnownFacts }[] = [];

  before(async () => {
    for (const client of SAMPLE_CLIENTS.clients.filter((c) => c.decision)) {
      for (const kind of DRAFT_KINDS) {
        if (kind === 'referral' && client.decision?.disrespectful) continue;
        for (const language of ['en', 'it'] as const) {
          const { draft, known } = await sampleDraft(client.id, kind, '2026-11-30', language);
          drafts.push({ label: `${client.id} ${kind} ${language}`, draft, known });
        }
      }
    }
  });

  it('has sample drafts to check', () => {
    assert.ok(drafts.length >= 6, `${drafts.length} drafts`);
  });

  it('accepts each draft unchanged as its own polish', () => {
    for (const { label, draft, known } of drafts) {
      const lint = (text: string) => lintText(text, { language: draft.language, kind: draft.kind === 'termination' ? 'termination' : 'other' });
      const problem = checkPolish({ draft: draft.text, polished: draft.text, language: draft.language, kind: draft.kind, known, lint });
      assert.equal(problem?.messages.en, undefined, label);
    }
  });

  it('finds the end date in every termination email and referral note', () => {
    for (const { label, draft, known } of drafts.filter((d) => d.draft.kind !== 'meeting')) {
      assert.ok(extractFacts(draft.text, known).some((f) => f.role === 'end-date'), label);
    }
  });

  it('redacts every known name and restores the draft exactly', () => {
    for (const { label, draft, known } of drafts) {
      const redaction = redact(draft.text, extractFacts(draft.text, known));
      for (const name of known.names ?? []) assert.ok(!redaction.text.includes(name), `${label}: ${name} was left in`);
      assert.deepEqual(restore(redaction.text, redaction), { ok: true, text: draft.text }, label);
    }
  });
});
