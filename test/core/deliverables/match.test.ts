import * as assert from 'node:assert/strict';
import type { Deliverable } from '../../../src/core/clients/schema';
import { datesIn } from '../../../src/core/deliverables/dates';
import { type DeliverableMatch, DeliverableMatcher } from '../../../src/core/deliverables/match';
import { deliverableTitleRanges, refChoices } from '../../../src/core/deliverables/refs';
import { keysOf } from '../../../src/core/deliverables/words';
import { setDeliverableRef } from '../../../src/core/clients/writeBack';
import { crossValidate, evaluate, loadPairs } from './pairs';

const SOW = `# Statement of Work

## Scope

- A booking widget embedded in the existing site.
- A brand guide covering colours, type and the logo.

## Schedule

- Booking widget: by 30 September 2026.
- Brand guide handover: by 11 December 2026.

## Ending it

4.1 Either party may end this SOW with two weeks' written notice.
`;

function matchOne(text: string, deliverable: Deliverable, language?: 'en' | 'it'): DeliverableMatch {
  return new DeliverableMatcher().match(text, [deliverable], language).matches[0];
}

function passageText(text: string, match: DeliverableMatch): string {
  assert.equal(match.state, 'matched', JSON.stringify(match));
  return match.state === 'matched' ? text.slice(match.passage.start, match.passage.end) : '';
}

describe('deliverable matching', () => {
  it('finds the schedule line whose words and date agree, and keeps the scope item beside it', () => {
    const match = matchOne(SOW, { title: 'Booking widget', due: '2026-09-30' });
    assert.equal(passageText(SOW, match), 'Booking widget: by 30 September 2026.');
    assert.ok(match.state === 'matched' && match.also.some((p) => SOW.slice(p.start, p.end).startsWith('A booking widget')));
    assert.equal(match.state === 'matched' && match.passage.line, 10);
  });

  it('reports a deliverable whose words appear in several passages as ambiguous, naming each', () => {
    const match = matchOne(SOW, { title: 'Booking widget' });
    assert.equal(match.state, 'ambiguous');
    assert.deepEqual(match.state === 'ambiguous' && match.candidates.map((p) => p.line).sort(), [10, 5]);
  });

  it('pins a match with a ref: a clause number or a quoted phrase', () => {
    assert.match(passageText(SOW, matchOne(SOW, { title: 'Whatever it is called', ref: '4.1' })), /^Either party may end/);
    assert.match(passageText(SOW, matchOne(SOW, { title: 'Whatever', ref: '“colours,  TYPE and”' })), /^A brand guide covering/);
  });

  it('says so when a ref is not in the contract, or is in several places', () => {
    const missing = matchOne(SOW, { title: 'Booking widget', ref: '7.3' });
    assert.deepEqual(missing.state === 'missing' && [missing.cause, missing.ref], ['ref-not-found', '7.3']);
    assert.equal(matchOne(SOW, { title: 'x', ref: 'booking widget' }).state, 'ambiguous');
  });

  it('names both deliverables when two match one line', () => {
    const text = '- Logo and brand guide, delivered together by 11 December 2026.\n- Hosting set-up.\n';
    const matches = new DeliverableMatcher().match(text, [{ title: 'Logo', due: '2026-12-11' }, { title: 'Brand guide', due: '2026-12-11' }]).matches;
    assert.deepEqual(matches.map((m) => m.state === 'matched' && m.sharedWith), [['Brand guide'], ['Logo']]);
  });

  it('tells a contract with nothing to match from one that does not promise the deliverable', () => {
    assert.deepEqual(matchOne('# Contract\n\n## Scope\n', { title: 'Booking widget' }), { index: 0, title: 'Booking widget', state: 'missing', cause: 'no-passages' });
    const miss = matchOne(SOW, { title: 'Hosting migration' });
    assert.equal(miss.state === 'missing' && miss.cause, 'no-match');
  });

  it('explains a miss by the language when the contract is in the other one', () => {
    const italian = "1.1 La Professionista fornisce al Cliente la stampa della carta dei vini entro il 10 dicembre 2026.\n1.2 Il Cliente paga le fatture entro trenta giorni dalla data di emissione.\n";
    const miss = matchOne(italian, { title: 'Wine list printing' }, 'en');
    assert.equal(miss.state === 'missing' && miss.cause, 'other-language');
    // Words the table knows in both languages still meet.
    assert.match(passageText(italian + '1.3 Rifacimento del sito web.\n', matchOne(italian + '1.3 Rifacimento del sito web.\n', { title: 'Website redesign' }, 'en')), /Rifacimento del sito/);
  });

  it('follows numbering: Milestone 2 is not Milestone 3', () => {
    const text = '| Milestone 2 | Reporting dashboard | 29 January 2027 |\n| Milestone 3 | Reporting runbook and dashboard handover | 26 February 2027 |\n';
    assert.match(passageText(text, matchOne(text, { title: 'Reporting dashboard v2' })), /^Milestone 2/);
    assert.match(passageText(text, matchOne(text, { title: 'Milestone 3' })), /^Milestone 3/);
  });

  it('follows an edit: the match moves with its line, and to the scope item when its schedule line goes', () => {
    const matcher = new DeliverableMatcher();
    const before = matcher.match(SOW, [{ title: 'Brand guide handover', due: '2026-12-11' }]).matches[0];
    const edited = SOW.replace('## Schedule\n', '## Schedule\n\n- A new line above it.\n');
    const after = matcher.match(edited, [{ title: 'Brand guide handover', due: '2026-12-11' }]).matches[0];
    assert.ok(before.state === 'matched' && after.state === 'matched');
    assert.equal(after.passage.line, before.passage.line + 2);
    assert.equal(edited.slice(after.passage.start, after.passage.end), 'Brand guide handover: by 11 December 2026.');
    const shorter = edited.replace('- Brand guide handover: by 11 December 2026.\n', '');
    const removed = matcher.match(shorter, [{ title: 'Brand guide handover', due: '2026-12-11' }]).matches[0];
    assert.match(passageText(shorter, removed), /^A brand guide covering/);
  });

  it('reaches precision and recall of at least 0.9 on the pairs, held out by contract', () => {
    const sources = loadPairs(process.cwd());
    assert.ok(sources.reduce((n, s) => n + s.pairs.length, 0) >= 30);
    for (const score of [evaluate(sources), crossValidate(sources)]) {
      assert.ok(score.precision >= 0.9 && score.recall >= 0.9, JSON.stringify(score, null, 1));
    }
  });
});

describe('dates in a passage', () => {
  it('reads English, Italian and numeric dates, and months alone', () => {
    assert.deepEqual([...datesIn('by 30 September 2026, or September 30, 2026; entro il 18 dicembre 2026; 05/01/2027; 2027-02-28; in March 2027')].sort(), [
      '2026-09-30',
      '2026-12-18',
      '2027-01-05',
      '2027-02-28',
      '2027-03',
    ]);
  });

  it('leaves impossible dates out', () => {
    assert.deepEqual([...datesIn('31 February 2026, 2026-13-01, 00/01/2026')], []);
  });
});

describe('words of a title', () => {
  it('folds known English and Italian synonyms and plurals together, and drops stopwords', () => {
    assert.deepEqual([...keysOf('Restyling del sito')], [...keysOf('website refresh')].reverse());
    assert.deepEqual([...keysOf('prenotazioni')], [...keysOf('the bookings')]);
    assert.deepEqual([...keysOf('la guida')], ['=guide']);
  });
});

describe('refs for the quick fix', () => {
  it('offers the clause number when it names one passage, else the shortest phrase found nowhere else, and each ref finds its passage again', () => {
    const text = '1.1 The Studio designs a logo.\n1.2 The Studio designs a logo variant for print.\n- The Studio designs a brand guide.\n';
    const choices = refChoices(text);
    assert.deepEqual(choices.map((c) => c.ref), ['1.1', '1.2', 'The Studio designs a brand']);
    for (const choice of choices) {
      const match = matchOne(text, { title: 'x', ref: choice.ref });
      assert.equal(match.state === 'matched' && match.passage.start, choice.start);
    }
  });

  it('puts a ref on a deliverable in clients.yaml, keeping the rest byte for byte, and finds each title', () => {
    const yaml = 'version: 1\nclients:\n  - id: a   # note\n    name: A\n    deliverables:\n      - title: Logo\n        due: 2026-12-01\n      - title: "Brand guide"\n';
    const written = setDeliverableRef(yaml, 'a', 1, '1.2');
    assert.equal(written, yaml + '        ref: "1.2"\n');
    const ranges = deliverableTitleRanges(yaml).get('a')!;
    assert.deepEqual(ranges.map(([s, e]) => yaml.slice(s, e)), ['Logo', '"Brand guide"']);
  });
});
