import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/engine';
import { checkPolish, type GuardInput, type LintFunction } from '../../../src/core/polish/guard';
import { FACT_CHANGE_TODAY, FACT_CHANGES, FAITHFUL, replaceOnce } from '../../support/factChanges';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT, GOOD_POLISH, ITALIAN_DRAFT } from '../../support/polishDrafts';
import { sampleDraft } from '../../support/sampleDrafts';

const realLint: LintFunction = (text, language) => lintText(text, { language, kind: 'termination' });

function check(polished: string, overrides: Partial<GuardInput> = {}): string | undefined {
  const input: GuardInput = { draft: ENGLISH_DRAFT, polished, language: 'en', kind: 'termination', known: ENGLISH_CONTEXT, lint: realLint };
  return checkPolish({ ...input, ...overrides })?.messages.en;
}

describe('checkPolish', () => {
  it('accepts a faithful rewording, and the draft itself', () => {
    assert.equal(check(GOOD_POLISH), undefined);
    assert.equal(check(ENGLISH_DRAFT), undefined);
  });

  it('the template drafts lint clean at warning level, so every finding on a polish is new', () => {
    for (const [draft, language] of [[ENGLISH_DRAFT, 'en'], [ITALIAN_DRAFT, 'it']] as const) {
      assert.deepEqual(realLint(draft, language).filter((f) => f.severity !== 'info').map((f) => f.rule), []);
    }
  });

  it('names a dropped fact of each kind', () => {
    assert.equal(check(GOOD_POLISH.replace(', due 10 December 2026', '')), 'the polished text dropped the date 10 December 2026');
    assert.equal(check(GOOD_POLISH.replace('€1,200.00', 'the amount due')), 'the polished text dropped the amount €1,200.00');
    assert.equal(check(GOOD_POLISH.replace('Rossi Web Studio\n', '')), 'the polished text dropped the name Rossi Web Studio');
  });

  it('keeps the same fact written another way', () => {
    assert.equal(check(GOOD_POLISH.replace('€1,200.00', 'EUR 1,200')), undefined);
    assert.equal(check(GOOD_POLISH.replace('due 10 December 2026', 'due 2026-12-10')), undefined);
  });

  it('names an added date, amount, email address or name', () => {
    const added = (sentence: string) => check(GOOD_POLISH.replace('will follow on that date.', `will follow on that date. ${sentence}`));
    assert.equal(added('Please pay by 31 January 2027.'), 'the polished text added a date 31 January 2027 that the draft does not contain');
    assert.equal(added('Questions go to billing@example.com.'), 'the polished text added an email address billing@example.com that the draft does not contain');
    assert.equal(added('My colleague Giulia will send it.'), 'the polished text added a name Giulia that the draft does not contain');
  });

  it('measures the body against the limit for the kind of draft', () => {
    const long = GOOD_POLISH.replace('I no longer think', `${'Thank you again for everything. '.repeat(20)}I no longer think`);
    assert.match(check(long) ?? '', /^the polished text is \d+ words; the limit is 150$/);
  });

  it('lets a draft already over a smaller limit keep its length, but not grow', () => {
    assert.equal(check(GOOD_POLISH, { maxWords: 40 }), undefined);
    const reason = check(GOOD_POLISH.replace('Kind regards', 'Thank you once more.\n\nKind regards'), { maxWords: 40 }) ?? '';
    const [, words, limit] = /^the polished text is (\d+) words; the limit is (\d+)$/.exec(reason) ?? [];
    assert.equal(Number(words) - Number(limit), 4, reason);
  });

  it('tells the languages apart', () => {
    assert.equal(check(ITALIAN_DRAFT), 'the polished text is in Italian; the draft is in English');
    assert.equal(check(ENGLISH_DRAFT, { draft: ITALIAN_DRAFT, language: 'it' }), 'the polished text is in English; the draft is in Italian');
  });

  it('wants the subject line kept', () => {
    assert.equal(check(GOOD_POLISH.replace(/^Subject: [^\n]*\n\n/, '')), 'the polished text lost the subject line "Subject: …"');
  });

  it('reports only tone findings the draft does not already have, at warning level or above', () => {
    const lint: LintFunction = (text) => [
      { rule: 'hedge', severity: 'info' },
      ...(text.includes('furious') ? [{ rule: 'emotional', severity: 'warning' as const, messages: { en: '"furious"', it: '"furioso"' } }] : []),
      { rule: 'exclamation', severity: 'warning' },
    ];
    assert.equal(check(GOOD_POLISH, { lint }), undefined, 'the same warnings as the draft are not new');
    assert.equal(check(GOOD_POLISH.replace('I no longer', 'I am furious and no longer'), { lint }), 'the tone check found something new in the polished text: "furious"');
  });

  it('catches a new tone problem with the real linter', () => {
    assert.match(check(GOOD_POLISH.replace('Thank you for the work', 'Thank you for nothing! The work')) ?? '', /^the tone check found something new/);
  });
});

describe('checkPolish: facts in their place (issue 13)', () => {
  const drafts = new Map<string, Awaited<ReturnType<typeof sampleDraft>>>();
  before(async () => {
    for (const client of ['northwind', 'acme']) drafts.set(client, await sampleDraft(client, 'termination', FACT_CHANGE_TODAY));
  });

  const guard = (client: string, polished: string) => {
    const { draft, known } = drafts.get(client)!;
    const lint: LintFunction = (text, language) => lintText(text, { language, kind: 'termination' });
    return checkPolish({ draft: draft.text, polished, language: draft.language, kind: 'termination', known, lint })?.messages.en;
  };

  it('accepts faithful rewordings of the real drafts', () => {
    for (const [client, reword] of Object.entries(FAITHFUL)) assert.equal(guard(client, reword(drafts.get(client)!.draft.text)), undefined, client);
  });

  for (const change of FACT_CHANGES) {
    it(`refuses ${change.name}`, () => {
      assert.match(guard(change.client, change.edit(drafts.get(change.client)!.draft.text)) ?? 'accepted', change.reason);
    });
  }

  it('lets a polish merge two sentences, each fact still with its words', () => {
    const { text } = drafts.get('northwind')!.draft;
    assert.equal(guard('northwind', replaceOnce(text, 'will follow on that date.\n\nThank you', 'will follow on that date, and thank you')), undefined);
  });
});
