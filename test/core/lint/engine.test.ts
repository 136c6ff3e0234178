import * as assert from 'node:assert/strict';
import { adversarialDrafts } from '../../../bench/lintFixture';
import { lintText, MAX_FINDINGS_PER_RULE } from '../../../src/core/lint/engine';
import { LINT_RULE_IDS, LINT_RULES } from '../../../src/core/lint/rules';
import type { LintFinding, LintFix, LintLanguage } from '../../../src/core/lint/types';

const rulesOf = (findings: LintFinding[]) => findings.map((f) => f.rule);

/** Applies one fix to the text, the way an editor would. */
function applyFix(text: string, fix: LintFix): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return text.slice(0, offset(fix.line, fix.column)) + fix.text + text.slice(offset(fix.endLine, fix.endColumn));
}

// One sentence per rule and language that the rule must catch (fed through the rule's own minCount).
const CAUGHT: Record<string, Record<LintLanguage, string>> = {
  'one-reason': {
    en: 'I am leaving because the budget changed, and since the team is new, it is hard.',
    it: 'Chiudo perché il budget è cambiato, e dato che il team è nuovo è difficile.',
  },
  blame: { en: 'You never answered my questions.', it: 'Non ha mai risposto alle mie domande.' },
  emotional: { en: 'I am frustrated with the project.', it: 'Sono frustrata dal progetto.' },
  intensifier: { en: 'It was very hard.', it: 'È stato molto difficile.' },
  apologies: { en: 'Sorry for this. I apologise for the trouble.', it: 'Mi dispiace. Mi scuso per il disagio.' },
  exclamation: { en: 'That is all!', it: 'È tutto!' },
  'all-caps': { en: 'This is FINAL.', it: 'Questo è DEFINITIVO.' },
  'passive-aggressive': { en: 'As per my last email, the files are attached.', it: 'Come da mia precedente email, allego i file.' },
  hedge: { en: 'Maybe we should stop here.', it: 'Forse dovremmo fermarci qui.' },
  'grievance-list': {
    en: 'First of all, the brief changed. Not to mention the late invoices.',
    it: 'Innanzitutto il brief è cambiato. Per non parlare delle fatture in ritardo.',
  },
  renegotiation: { en: 'Unless you can pay more, I will stop.', it: 'A meno che non possiate pagare di più, mi fermo.' },
};

// Legitimate wording the rules must leave alone.
const LEFT_ALONE: { language: LintLanguage; rule: string; text: string }[] = [
  { language: 'en', rule: 'one-reason', text: 'We have worked together since 2024, and the report is due to be delivered on Friday. It is ready because I planned it.' },
  { language: 'en', rule: 'one-reason', text: 'Ever since we met, the work has been good. Since January the site is faster, because of the cache.' },
  { language: 'en', rule: 'one-reason', text: 'Since we started the project in March, it has grown. I am ending it because of my schedule.' },
  { language: 'it', rule: 'one-reason', text: 'Perché non ci sentiamo giovedì? Chiudo la collaborazione perché ho altri impegni.' },
  { language: 'en', rule: 'hedge', text: 'Please adjust the budget and tell me what kind of provider fits.' },
  { language: 'en', rule: 'passive-aggressive', text: 'Thank you once again for the work. I will carry on as usual until then.' },
  { language: 'it', rule: 'passive-aggressive', text: 'Grazie ancora una volta per il lavoro. Come concordato, continuo come al solito fino ad allora.' },
  { language: 'en', rule: 'all-caps', text: 'The contract with ACME S.p.A. and the PDF of the SOW are attached.' },
  { language: 'it', rule: 'blame', text: 'Non ho mai avuto problemi con il sito, che continua a funzionare bene.' },
  { language: 'en', rule: 'emotional', text: 'I will send the stress test results on 3 March.' },
  { language: 'en', rule: 'passive-aggressive', text: 'Thanks\n   once again for the work, and thank you once   again for the files.' },
  { language: 'en', rule: 'hedge', text: 'Tell me what  sort of agency fits, and the kind of\nteam.' },
  { language: 'en', rule: 'one-reason', text: 'Ever   since we met, it went well, and long\nsince then too. I stop because of my schedule.' },
  { language: 'en', rule: 'grievance-list', text: 'You asked for a change.\nYou paid late.\n-you paid late (no space after the dash)\n-- your files' },
];

describe('lintText', () => {
  for (const [rule, examples] of Object.entries(CAUGHT)) {
    for (const language of ['en', 'it'] as const) {
      it(`catches ${rule} in ${language}`, () => {
        assert.ok(rulesOf(lintText(examples[language], { language })).includes(rule), examples[language]);
      });
    }
  }

  for (const { language, rule, text } of LEFT_ALONE) {
    it(`does not report ${rule} for: ${text}`, () => {
      assert.deepEqual(lintText(text, { language }).filter((f) => f.rule === rule), []);
    });
  }

  it('has a rule in the table for every example, and unique ids', () => {
    assert.equal(new Set(LINT_RULE_IDS).size, LINT_RULE_IDS.length);
    for (const rule of Object.keys(CAUGHT)) assert.ok(LINT_RULE_IDS.includes(rule), rule);
  });

  it('positions findings with 1-based lines and columns, the end exclusive', () => {
    const text = 'Dear Ann,\n\nI am so sorry. Sorry again.\n';
    const [finding] = lintText(text, { language: 'en' }).filter((f) => f.rule === 'apologies');
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [3, 16, 3, 21]);
    assert.equal(text.split('\n')[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1), 'Sorry');
  });

  it('reports piled-up apologies only from the second one', () => {
    assert.deepEqual(lintText('I am sorry for the short notice.', { language: 'en' }).filter((f) => f.rule === 'apologies'), []);
    const findings = lintText('Sorry. Sorry. Sorry.', { language: 'en' }).filter((f) => f.rule === 'apologies');
    assert.deepEqual(findings.map((f) => f.column), [8, 15]);
  });

  it('gives every finding a message in English and in Italian, and uses the text language by default', () => {
    for (const [text, language] of [['This is awful!', 'en'], ['Sono furiosa: il lavoro della settimana è stato un disastro e non ne posso più!', 'it']] as const) {
      const findings = lintText(text);
      assert.ok(findings.length > 0);
      for (const f of findings) {
        assert.ok(f.messages.en.length > 0 && f.messages.it.length > 0);
        assert.notEqual(f.messages.en, f.messages.it);
        assert.equal(f.message, f.messages[language]);
      }
    }
  });

  it('words messages in the requested language', () => {
    const [finding] = lintText('That is all!', { language: 'en', messageLanguage: 'it' });
    assert.equal(finding.message, finding.messages.it);
  });

  it('detects Italian and applies the Italian rules when no language is given', () => {
    const text = 'Gentile Mario, chiudo la collaborazione il 31 gennaio perché ho altri impegni, e poiché il progetto è cresciuto non ho tempo.';
    assert.ok(rulesOf(lintText(text)).includes('one-reason'));
    assert.deepEqual(rulesOf(lintText(text, { language: 'en' })).filter((r) => r === 'one-reason'), []);
  });

  it('turns rules off by id', () => {
    const text = 'This is awful! I am FURIOUS.';
    const all = new Set(rulesOf(lintText(text, { language: 'en' })));
    assert.ok(all.has('exclamation') && all.has('emotional'));
    const left = rulesOf(lintText(text, { language: 'en', disable: ['exclamation', 'emotional'] }));
    assert.ok(!left.includes('exclamation') && !left.includes('emotional'));
    assert.ok(left.includes('all-caps'));
  });

  describe('fixes', () => {
    it('replaces an exclamation mark with a full stop, and "?!" with a question mark', () => {
      const text = 'We are done!! Really?!';
      const findings = lintText(text, { language: 'en' }).filter((f) => f.rule === 'exclamation');
      assert.equal(findings.length, 2);
      assert.equal(applyFix(text, findings[1].fix!), 'We are done!! Really?');
      assert.equal(applyFix(text, findings[0].fix!), 'We are done. Really?!');
    });

    it('drops an intensifier without leaving a double space', () => {
      const text = 'It was very\tnice and very good.';
      const finding = lintText(text, { language: 'en' }).filter((f) => f.rule === 'intensifier')[1];
      assert.equal(applyFix(text, finding.fix!), 'It was very\tnice and good.');
    });

    it('lower-cases shouting', () => {
      const text = 'I will NEVER work like this.';
      const [finding] = lintText(text, { language: 'en' }).filter((f) => f.rule === 'all-caps');
      assert.equal(applyFix(text, finding.fix!), 'I will never work like this.');
    });
  });

  describe('lines of a list', () => {
    it('flags each "you" in bulleted and numbered lines, from the second one', () => {
      const text = 'Some history:\n- you changed the brief\n  * the invoices: your team paid late\n2) you never answered\n• and you again';
      const found = lintText(text, { language: 'en' }).filter((f) => f.rule === 'grievance-list');
      assert.deepEqual(found.map((f) => [f.line, f.column]), [[3, 19], [4, 4], [5, 7]]);
    });

    it('flags "ha" and "avete" in Italian list lines', () => {
      const text = 'Riepilogo:\n- ha cambiato il brief\n1. avete pagato in ritardo';
      assert.equal(lintText(text, { language: 'it' }).filter((f) => f.rule === 'grievance-list').length, 1);
    });
  });

  describe('long input', () => {
    // Each shape took seconds to minutes at this size while the linter's work grew with the square of a line or a
    // sentence; it now takes milliseconds, well inside mocha's 2-second timeout. bench/lint.bench.ts times 1 MB.
    for (const [shape, text] of Object.entries(adversarialDrafts(100_000))) {
      it(`lints 100,000 characters of ${shape}, at most ${MAX_FINDINGS_PER_RULE} findings a rule`, () => {
        const findings = lintText(text);
        for (const id of LINT_RULE_IDS) assert.ok(findings.filter((f) => f.rule === id).length <= MAX_FINDINGS_PER_RULE, id);
      });
    }

    it('still finds every kind of fault in a long draft', () => {
      const rules = new Set(rulesOf(lintText(adversarialDrafts(100_000)['a draft repeated'], { language: 'en' })));
      for (const id of ['one-reason', 'blame', 'intensifier', 'apologies', 'exclamation', 'passive-aggressive', 'too-long']) assert.ok(rules.has(id), id);
    });
  });

  describe('length', () => {
    const maxWords = LINT_RULES.find((r) => r.id === 'too-long' && 'max' in r) as { max: number };
    const maxSentences = LINT_RULES.find((r) => r.id === 'too-many-sentences' && 'max' in r) as { max: number };
    const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

    it(`accepts ${maxWords.max} words and flags one more, from the first word over`, () => {
      assert.deepEqual(lintText(words(maxWords.max), { language: 'en' }).filter((f) => f.rule === 'too-long'), []);
      const [finding] = lintText(words(maxWords.max + 1), { language: 'en' }).filter((f) => f.rule === 'too-long');
      assert.equal(finding.column, words(maxWords.max).length + 2);
      assert.match(finding.message, new RegExp(`${maxWords.max + 1} words`));
    });

    it('does not count the subject line', () => {
      const text = `Subject: ending our work on 3 March\n\n${words(maxWords.max)}`;
      assert.deepEqual(lintText(text, { language: 'en' }).filter((f) => f.rule === 'too-long'), []);
    });

    it(`accepts ${maxSentences.max} sentences and flags one more; abbreviations do not end one`, () => {
      const sentence = (i: number) => `Point ${i} is settled with ACME S.p.A. and Mr. Reed.`;
      const text = (count: number) => Array.from({ length: count }, (_, i) => sentence(i)).join(' ');
      assert.deepEqual(lintText(text(maxSentences.max), { language: 'en' }).filter((f) => f.rule === 'too-many-sentences'), []);
      assert.equal(lintText(text(maxSentences.max + 1), { language: 'en' }).filter((f) => f.rule === 'too-many-sentences').length, 1);
    });

    it('marks a long sentence as information only', () => {
      const findings = lintText(`${words(40)}.`, { language: 'en' }).filter((f) => f.rule === 'long-sentence');
      assert.equal(findings.length, 1);
      assert.equal(findings[0].severity, 'info');
    });
  });

  describe('end date', () => {
    it('flags a termination email with no date, at the words that announce it', () => {
      const text = 'Dear Tom,\n\nI have decided to terminate our agreement.\n';
      const [finding] = lintText(text, { language: 'en' }).filter((f) => f.rule === 'no-end-date');
      assert.deepEqual([finding.line, finding.column], [3, 19]);
    });

    it('accepts the end date in English and Italian forms', () => {
      for (const [text, language] of [
        ['I will end our collaboration on 15 January 2027.', 'en'],
        ['I will end our collaboration on January 15.', 'en'],
        ['La nostra collaborazione terminerà il 15 gennaio 2027.', 'it'],
        ['Comunico il recesso con effetto dal 31/01/2027.', 'it'],
      ] as const) {
        assert.deepEqual(lintText(text, { language }).filter((f) => f.rule === 'no-end-date'), [], text);
      }
    });

    it('checks a text known to be a termination email even without the usual words, and skips other kinds', () => {
      const text = 'Dear Tom,\n\nThis is my last message about the project.';
      assert.equal(lintText(text, { language: 'en', kind: 'termination' }).filter((f) => f.rule === 'no-end-date').length, 1);
      assert.deepEqual(lintText('I will terminate the call now.', { language: 'en', kind: 'other' }).filter((f) => f.rule === 'no-end-date'), []);
    });
  });
});
