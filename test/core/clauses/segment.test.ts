import * as assert from 'node:assert/strict';
import { segmentText } from '../../../src/core/clauses/segment';

const units = (text: string): string[] => segmentText(text).filter((s) => s.candidate).map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('cuts paragraphs into sentences and leaves the numbering outside', () => {
    const text = '8.1 TERM. The term of this Agreement is one (1) year. It renews automatically for one-year periods.\n';
    assert.deepEqual(units(text), ['The term of this Agreement is one (1) year.', 'It renews automatically for one-year periods.']);
  });

  it('does not cut after abbreviations', () => {
    assert.deepEqual(units('Acme Inc. shall pay within 30 days under Sec. 4 of the order.'), ['Acme Inc. shall pay within 30 days under Sec. 4 of the order.']);
  });

  it('makes each Markdown list item and table row its own unit, and headings context', () => {
    const text = '## Termination\n\n- Either party may end this contract with 30 days notice.\n- The client pays for work done.\n\n| Item | Fee |\n|---|---|\n| Kill fee | 25% of the remaining fees |\n';
    const segments = segmentText(text).filter((s) => s.candidate);
    assert.deepEqual(segments.map((s) => text.slice(s.start, s.end)), [
      'Either party may end this contract with 30 days notice.',
      'The client pays for work done.',
      'Kill fee | 25% of the remaining fees',
    ]);
    assert.deepEqual(segments[0].headings, ['Termination']);
  });

  it('keeps short bulleted items as units, each with the sentence that leads into its list', () => {
    const text = '## Scope\n\nThe Designer will deliver:\n\n- Logo files\n- Brand Guide\n\n1. DEFINITIONS\n\nPayment is due within 30 days of the invoice.\n';
    const segments = segmentText(text).filter((s) => s.candidate);
    assert.deepEqual(segments.map((s) => [text.slice(s.start, s.end), s.leadIn, s.listItem]), [
      ['The Designer will deliver:', '', false],
      ['Logo files', 'The Designer will deliver:', true],
      ['Brand Guide', 'The Designer will deliver:', true],
      ['Payment is due within 30 days of the invoice.', '', false],
    ]);
    // A numbered line in capitals is still a heading.
    assert.equal(segments[3].headings.at(-1), 'DEFINITIONS');
  });

  it('gives a lead-in to the items just below it, not to numbered paragraphs pages further down', () => {
    const paragraph = (n: number): string => `${n}.1 The parties agree to cooperate in good faith on every matter under this agreement and to keep each other informed.\n`;
    const text = `Upon termination:\n${Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('')}`;
    const items = segmentText(text).filter((s) => s.listItem);
    assert.equal(items[0].leadIn, 'Upon termination:');
    assert.equal(items.at(-1)?.leadIn, '');
  });

  it('offers nothing of the front matter that opens a page of a static site, in YAML or JSON, and keeps a rule that opens a contract', () => {
    const yaml = '---\ntitle: Design Agreement\nsubtitle: An agreement that I share with clients before any design project.\ntags:\n  - contract\ndate: 23-01-2024\n---\n\nThe Client pays a deposit of 50% before work starts.\n';
    assert.deepEqual(units(yaml), ['The Client pays a deposit of 50% before work starts.']);
    const json = '---\r\n{\r\n    "date": "5/5/2025",\r\n    "title": "Terms of Service",\r\n    "tags": []\r\n}\r\n---\r\n\r\nNo refunds are given once the sketch is approved.\r\n';
    assert.deepEqual(units(json), ['No refunds are given once the sketch is approved.']);
    // Hugo's nested fields and a folded summary, read in a blink (a pattern over the whole block had backtracked for
    // a minute and a half on it).
    const nested = `---\nparams:\n${Array.from({ length: 16 }, (_, i) => `    client: value ${i}`).join('\n')}\nsummary: >\n    A plain-language agreement\n---\n\nThe Client pays within 30 days.\n`;
    const started = Date.now();
    assert.deepEqual(units(nested), ['The Client pays within 30 days.']);
    assert.ok(Date.now() - started < 1000);
    // A contract's own fields between two rules name no field of a page: they are read.
    const terms = '---\nProject: Website redesign\nTerm: 12 months from the Effective Date\nTermination fee: 25% of the remaining fees\n---\n\nThe Client pays within 30 days.\n';
    assert.ok(units(terms).some((unit) => unit.includes('Termination fee: 25% of the remaining fees')), units(terms).join(' | '));
    // A rule that opens a contract, with prose below it, is no front matter.
    const ruled = '---\nThe Client may end this agreement with two weeks notice.\n---\n';
    assert.deepEqual(units(ruled), ['The Client may end this agreement with two weeks notice.']);
  });

  it('never offers a line dating the document\'s version as a clause, in either language, alone or in a contract', () => {
    const text = 'Last updated: October 16, 2024\n\n**Ultimo aggiornamento**: 27 dicembre 2025\n\nRevised: 4 January 2022\n\nUpdated pricing applies from the next 12-month renewal.\n';
    assert.deepEqual(units(text), ['Updated pricing applies from the next 12-month renewal.']);
    // A document that is one short line is highlighted as a whole, but not one that only dates a version.
    assert.deepEqual(units('Ultima modifica: 25/12/2019'), []);
    assert.deepEqual(units('Il contratto dura 12 mesi.'), ['Il contratto dura 12 mesi.']);
  });

  it('closes a Markdown section at the next heading of its level, keeping the heading above both', () => {
    const text = '# Quote\n\n## Fees\n\nThe fee is 2,400 euro.\n\n## Ownership\n\n### Sources\n\nThe sources pass to the Client once the last invoice is paid.\n\n## Ending\n\nEither of us may end it on notice.';
    const headingsOf = (start: string): readonly string[] => segmentText(text).find((s) => text.slice(s.start).startsWith(start))!.headings;
    assert.deepEqual(headingsOf('The fee'), ['Quote', 'Fees']);
    assert.deepEqual(headingsOf('The sources'), ['Ownership', 'Sources']);
    assert.deepEqual(headingsOf('Either of us'), ['Quote', 'Ending']);
  });

  it('takes short lines in capitals or title case for headings, up to eight words', () => {
    const headingOf = (line: string): readonly string[] => segmentText(`${line}\n\nEither party may end this contract on notice.`).filter((s) => s.candidate)[0].headings;
    assert.deepEqual(headingOf('TERM AND TERMINATION'), ['TERM AND TERMINATION']);
    assert.deepEqual(headingOf('Fees, Payment Terms and Late-Payment Interest of the Client'), []);
    // Words joined by apostrophes or hyphens count once: eight words.
    assert.deepEqual(headingOf("Client's Right to Early Re-Use of the Deliverables"), ["Client's Right to Early Re-Use of the Deliverables"]);
    assert.deepEqual(headingOf('Payment Terms of the Agreement for All of the Services'), []);
    assert.deepEqual(headingOf('RISOLUZIONE DEL CONTRATTO E PENALITÀ'), ['RISOLUZIONE DEL CONTRATTO E PENALITÀ']);
  });

  it('keeps offsets into the original text with Windows line endings', () => {
    const text = 'Payment.\r\nThe Client pays each invoice within 30 days.\r\n\r\nEither party may terminate on 14 days notice.\r\n';
    const found = units(text);
    assert.deepEqual(found, ['The Client pays each invoice within 30 days.', 'Either party may terminate on 14 days notice.']);
  });

  it('never makes a unit longer than a clause, even without punctuation', () => {
    const text = 'word '.repeat(5000);
    const segments = segmentText(text);
    assert.ok(segments.length > 5);
    for (const s of segments) assert.ok(s.end - s.start <= 1500, `unit of ${s.end - s.start} characters`);
  });

  it('cuts a long sentence after its last semicolon in reach, else after a comma, else at a space', () => {
    const clause = (n: number): string => `the supplier shall ${'deliver the goods '.repeat(n)}`.trim();
    // A semicolon a third of the way in beats a comma later on.
    const semicolon = `${clause(20)}; ${clause(20)}, ${clause(40)}.`;
    assert.equal(units(semicolon)[0], `${clause(20)};`);
    // With no semicolon, the last comma between 800 and 1,000 characters.
    const comma = `${clause(44)}, ${clause(3)}, ${clause(40)}.`;
    assert.equal(units(comma)[0], `${clause(44)}, ${clause(3)},`);
    // With neither, the last space before 1,000 characters.
    const spaces = `${clause(80)}.`;
    const first = units(spaces)[0];
    assert.ok(first.length <= 1000 && first.length > 980, `${first.length} characters`);
    assert.ok(spaces.startsWith(`${first} `));
  });
});
