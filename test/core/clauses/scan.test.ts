import * as assert from 'node:assert/strict';
import { documentStyle, LinearModel, type ModelFile } from '../../../src/core/clauses/model';
import { scanContract, scanWithModel } from '../../../src/core/clauses/scan';
import weights from '../../../src/core/clauses/weights.json';
import type { ClauseKind, ScanResult } from '../../../src/core/clauses/types';

const ENGLISH_CONTRACT = `# Web design agreement

## 4. Payment
The Client shall pay each invoice within 30 days of receipt. Late payments accrue interest at 1% per month.

## 7. Termination
7.1 Either party may terminate this Agreement at any time, for any reason, by giving thirty (30) days written notice to the other party.

7.2 The Client may terminate this Agreement immediately if the Designer materially breaches it and fails to cure the breach within 10 days.

7.3 If the Client terminates early, the Client shall pay a kill fee of 25% of the remaining fees.

7.4 Upon termination, the Client shall pay for all work performed up to the termination date, and the Designer shall deliver all completed work.

## 8. Intellectual property
All copyright in the final designs passes to the Client upon full payment.

## 9. Liability
In no event shall the Designer's total liability exceed the fees paid under this Agreement.
`;

const ITALIAN_CONTRACT = `# Contratto di sviluppo software

## Art. 5 - Recesso
Ciascuna parte può recedere dal presente contratto in qualsiasi momento, senza indicarne i motivi, con un preavviso scritto di sessanta giorni.

## Art. 6 - Risoluzione
Il Fornitore può risolvere il contratto ai sensi dell'art. 1456 c.c. in caso di mancato pagamento del corrispettivo da parte del Committente.

## Art. 7 - Durata
Il contratto ha durata di un anno e si rinnova tacitamente di anno in anno, salvo disdetta comunicata con un preavviso di un mese.
`;

/** A paragraph that is none of the kinds, to make a contract as long as a test needs. */
const PADDING = 'The parties agree to cooperate in good faith on every matter under this agreement and to keep each other informed.\n\n';

/** The shipped model with other thresholds for some models, so a test can tell which threshold judged a unit. */
function withThresholds(thresholds: Record<string, Record<string, number>>): ModelFile {
  const file = weights as unknown as ModelFile;
  return { ...file, models: file.models.map((model) => ({ ...model, threshold: thresholds[model.name] ?? model.threshold })) };
}
const withPaymentThresholds = (threshold: Record<string, number>): ModelFile => withThresholds({ payment: threshold });

function kindsAt(result: ScanResult, text: string, fragment: string): ClauseKind[] {
  const at = text.indexOf(fragment);
  return result.spans.filter((s) => s.start <= at && at < s.end).map((s) => s.kind);
}

describe('scanContract', () => {
  describe('an English freelancer contract', () => {
    const result = scanContract(ENGLISH_CONTRACT);

    it('finds the right to end it without cause, with its notice period and whose right it is', () => {
      const right = result.spans.find((s) => s.kind === 'termination_convenience');
      assert.ok(right, 'a termination_convenience span');
      assert.match(ENGLISH_CONTRACT.slice(right.start, right.end), /^Either party may terminate/);
      assert.equal(right.noticeDays, 30);
      assert.equal(right.party, 'either');
      const notice = result.spans.find((s) => s.kind === 'notice');
      assert.deepEqual([notice?.start, notice?.value, notice?.party], [right.start, 30, 'either']);
    });

    it('marks a sentence about the notice itself as notice, with its days', () => {
      const text = 'Notice of termination must be given in writing at least two weeks before the last working day.';
      const notice = scanContract(text).spans.find((s) => s.kind === 'notice');
      assert.equal(notice?.value, 14);
    });

    it('marks the for-cause right, the kill fee and what happens after the end', () => {
      assert.ok(kindsAt(result, ENGLISH_CONTRACT, 'The Client may terminate this Agreement immediately').includes('termination_cause'));
      const fee = result.spans.find((s) => s.kind === 'termination_fee');
      assert.equal(fee?.value, '25%');
      assert.ok(kindsAt(result, ENGLISH_CONTRACT, 'Upon termination, the Client shall pay').includes('post_termination'));
    });

    it('marks payment, IP transfer and the liability cap', () => {
      assert.ok(kindsAt(result, ENGLISH_CONTRACT, 'The Client shall pay each invoice').includes('payment'));
      assert.ok(kindsAt(result, ENGLISH_CONTRACT, 'All copyright').includes('ip_transfer'));
      assert.ok(kindsAt(result, ENGLISH_CONTRACT, 'In no event').includes('liability_cap'));
    });

    it('sums the contract up for readiness and drafting', () => {
      assert.equal(result.language, 'en');
      assert.equal(result.summary.canTerminateForConvenience, true);
      assert.equal(result.summary.forCauseOnly, false);
      assert.equal(result.summary.noticeDays, 30);
      assert.equal(result.summary.terminationFee, '25%');
      assert.ok(result.summary.survives.some((phrase) => phrase.en === 'payment for work done' && phrase.it === 'pagamento del lavoro svolto'));
    });

    it('gives clause-sized spans with a score and an explanation naming what fired', () => {
      for (const span of result.spans) {
        const text = ENGLISH_CONTRACT.slice(span.start, span.end);
        assert.ok(text.length < 400 && !text.includes('\n\n'), `span too big: ${text}`);
        assert.match(ENGLISH_CONTRACT[span.start], /[\p{L}\p{N}"(]/u);
        assert.ok(span.score >= 0.5 && span.score <= 1);
        assert.match(span.explanation.en, /A rule found|[Tt]he trained model/);
        assert.match(span.explanation.it, /Una regola ha trovato|[Ii]l modello addestrato/);
      }
    });

    it('explains each span in both languages of the interface, with the same figures', () => {
      for (const span of result.spans) {
        const figures = (text: string) => text.match(/\d+%/g) ?? [];
        assert.deepEqual(figures(span.explanation.it), figures(span.explanation.en), span.explanation.en);
        assert.doesNotMatch(span.explanation.it, /\b(?:rule|model|found|cue)\b/, span.explanation.it);
        // "su" joins its article: "parole sul preavviso", never "parole su il preavviso".
        assert.doesNotMatch(span.explanation.it, /\bsu (?:il|lo|la|l'|i|gli|le)\b/, span.explanation.it);
      }
    });
  });

  describe('an Italian contract', () => {
    const result = scanContract(ITALIAN_CONTRACT);

    it('finds the recesso with sixty days of notice, and the tacit renewal with its month of notice', () => {
      assert.equal(result.language, 'it');
      const right = result.spans.find((s) => s.kind === 'termination_convenience');
      assert.ok(right && ITALIAN_CONTRACT.slice(right.start, right.end).startsWith('Ciascuna parte può recedere'));
      assert.equal(right.noticeDays, 60);
      assert.equal(right.party, 'either');
      assert.ok(kindsAt(result, ITALIAN_CONTRACT, 'Il contratto ha durata').includes('renewal'));
      const notices = result.spans.filter((s) => s.kind === 'notice').map((s) => s.value);
      assert.deepEqual(notices, [60, 30]);
      // Ending it now takes the recesso's notice, not the notice that stops a renewal.
      assert.equal(result.summary.noticeDays, 60);
    });

    it('reads the for-cause termination as such', () => {
      assert.ok(kindsAt(result, ITALIAN_CONTRACT, 'Il Fornitore può risolvere').includes('termination_cause'));
    });

    it('sums up work done up to the end that stays owed ("restano dovute") as payment for work done', () => {
      const text = '## Recesso\n\nGli abbonamenti possono essere disdetti in qualsiasi momento con un preavviso di 30 giorni. Le prestazioni effettuate fino alla data di recesso restano dovute.\n';
      assert.ok(kindsAt(scanContract(text), text, 'Le prestazioni effettuate').includes('post_termination'));
      assert.deepEqual(scanContract(text).summary.survives, [{ en: 'payment for work done', it: 'pagamento del lavoro svolto' }]);
    });
  });

  describe('the two plain contracts of issue 12', () => {
    const DESIGN = `# Design agreement

## Ownership

Once the final invoice is paid, the Client owns the logo files and all rights in them.

## Cancellation

If the Client cancels the project after the concept stage, a fee of 50% of the quoted price is due.

## Ending the agreement

Either of us can end this agreement with [14] days written notice.
`;
    const QUOTE = `# Preventivo sito web

## Compenso

Il compenso è di 2.400 euro più IVA, da pagare per metà all'accettazione e per metà alla consegna.

## Proprietà

I sorgenti passano al Cliente solo dopo il saldo dell'ultima fattura.

## Disdetta

Il Cliente può disdire il servizio di manutenzione con un preavviso di due mesi.
`;

    it('finds who owns the work, what cancelling costs and the notice in the design agreement', () => {
      const result = scanContract(DESIGN);
      assert.ok(kindsAt(result, DESIGN, 'Once the final invoice').includes('ip_transfer'));
      assert.ok(kindsAt(result, DESIGN, 'If the Client cancels').includes('termination_fee'));
      const ending = kindsAt(result, DESIGN, 'Either of us can end');
      assert.ok(ending.includes('termination_convenience') && ending.includes('notice'), ending.join());
      assert.equal(result.spans.find((s) => s.kind === 'notice')?.value, 14);
      assert.equal(result.summary.noticeDays, 14);
    });

    it('finds the fee as payment, who owns the sources and the two months of notice in the Italian quote', () => {
      const result = scanContract(QUOTE);
      const fee = kindsAt(result, QUOTE, 'Il compenso è');
      assert.ok(fee.includes('payment') && !fee.includes('deliverables'), fee.join());
      assert.ok(kindsAt(result, QUOTE, 'I sorgenti passano').includes('ip_transfer'));
      const ending = kindsAt(result, QUOTE, 'Il Cliente può disdire');
      assert.ok(ending.includes('termination_convenience') && ending.includes('notice'), ending.join());
      assert.equal(result.spans.find((s) => s.kind === 'notice')?.value, 60);
    });

    it("explains each mark by the model's strongest features, the heading or a rule", () => {
      for (const span of scanContract(QUOTE).spans) assert.match(span.explanation.en, /heading|rule|"/, span.explanation.en);
    });

    it('names three different features, never a cue twice for its copy marked with the kind of document', () => {
      const fee = scanContract(QUOTE).spans.find((s) => s.kind === 'payment' && QUOTE.slice(s.start).startsWith('Il compenso'))!;
      const named = /from (.*)\)/.exec(fee.explanation.en)?.[1].split(', ') ?? [];
      assert.equal(named.length, 3, fee.explanation.en);
      assert.equal(new Set(named).size, 3, fee.explanation.en);
    });
  });

  describe('rights without cause beside rights for breach', () => {
    const convenienceAt = (text: string, fragment: string): boolean => kindsAt(scanContract(text), text, fragment).includes('termination_convenience');

    it('marks a unit whose first limb needs no cause and whose second is for breach', () => {
      const text = 'Either party may terminate this Agreement (a) on thirty (30) days written notice to the other party; or (b) immediately if the other party materially breaches it and fails to cure the breach within ten days.';
      assert.ok(convenienceAt(text, 'Either party may terminate'));
      const italian = "Il Committente potrà risolvere il contratto: a) con preavviso scritto di trenta giorni da inviare al Fornitore; b) con effetto immediato in caso di grave inadempimento del Fornitore.";
      assert.ok(convenienceAt(italian, 'Il Committente potrà'));
    });

    it('marks a right named as one without cause even where the sentence mentions breach', () => {
      const text = 'Provided it is not itself in breach of this Agreement, the Client may terminate this Agreement for convenience by written notice to the Provider.';
      assert.ok(convenienceAt(text, 'Provided it is not'));
      const italian = 'Salvo il caso di inadempimento del Fornitore, il Committente può recedere dal contratto senza giusta causa con un preavviso scritto di quindici giorni.';
      assert.ok(convenienceAt(italian, 'Salvo il caso'));
    });

    it('marks a right named as one without cause where many words stand between the right and the naming, quoting the naming', () => {
      const explained = (text: string, language: 'en' | 'it'): string[] => scanContract(text).spans.filter((s) => s.kind === 'termination_convenience').map((s) => s.explanation[language]);
      const english = 'Notwithstanding Section 16.1, the Client shall be entitled, at its sole discretion, to terminate this Agreement, in whole or in part, at any time during the Initial Term or any Extended Term, with or without cause, upon ninety (90) days prior written notice.';
      assert.ok(explained(english, 'en').some((why) => why.includes('("without cause")')), explained(english, 'en').join(' | '));
      const consumer = 'You have the right to cancel this subscription within fourteen (14) days of purchase without giving any reason.';
      assert.ok(explained(consumer, 'en').some((why) => why.includes('("without giving any reason")')), explained(consumer, 'en').join(' | '));
      const italian = 'Il Cliente ha il diritto di recedere dal contratto entro quattordici (14) giorni dalla firma senza dover fornire alcuna motivazione.';
      assert.ok(explained(italian, 'it').some((why) => why.includes('("senza dover fornire alcuna motivazione")')), explained(italian, 'it').join(' | '));
      // The same words about something else than ending the contract name no such right.
      const committee = 'Either Party may remove and replace any member that it appointed to the Committee, with or without cause, by prior notice to the other Party.';
      assert.deepEqual(explained(committee, 'en'), []);
    });

    it('marks an item of a list of ways to end it that names no cause, and reads a period quoted in its brackets', () => {
      const text = 'This Agreement may be terminated:\n\n(d) by either party upon a material breach of this Agreement;\n(e) without cause on no less than seven (7) days prior written notice.\n\nBoth parties may terminate this Agreement upon ninety ("90") days written notice to the other party.\n';
      const result = scanContract(text);
      const item = result.spans.find((s) => s.kind === 'termination_convenience' && text.slice(s.start, s.end).startsWith('without cause on no less'));
      assert.match(item?.explanation.en ?? '', /a way to end it, in a list of them, that names no cause/);
      assert.ok(!kindsAt(result, text, 'by either party upon a material breach').includes('termination_convenience'));
      assert.ok(result.spans.some((s) => s.kind === 'notice' && s.value === 90));
    });

    it('leaves a right for breach, and a denied right without cause, as for cause', () => {
      const text = 'Either party may terminate this Agreement on thirty (30) days written notice if the other party materially breaches it.\n\nNeither party may terminate this Agreement for convenience; either may terminate it for material breach.';
      const result = scanContract(text);
      assert.ok(!result.spans.some((s) => s.kind === 'termination_convenience'));
      assert.equal(result.summary.forCauseOnly, true);
    });

    it('reads a denied right without cause ("non può", "nessuna parte", "and not for convenience") as no such right', () => {
      for (const text of [
        'Il Fornitore non può recedere dal contratto senza giusta causa; ciascuna parte può risolvere il contratto per grave inadempimento.',
        'Nessuna parte potrà recedere dal presente contratto ad nutum; ciascuna parte può risolverlo per grave inadempimento.',
        'The Provider may terminate this Agreement only for material breach, and not for convenience.',
        'Il Fornitore può risolvere il contratto solo per grave inadempimento del Cliente, e non senza giusta causa.',
      ]) {
        const result = scanContract(text);
        assert.ok(!result.spans.some((s) => s.kind === 'termination_convenience'), text);
        assert.equal(result.summary.forCauseOnly, true, text);
      }
    });
  });

  describe('bad input', () => {
    it('says an empty file has nothing to find', () => {
      const result = scanContract('  \n\n ');
      assert.deepEqual(result.spans, []);
      assert.match(result.warnings.map((w) => w.en).join(' '), /empty/);
      assert.match(result.warnings.map((w) => w.it).join(' '), /vuoto/);
    });

    it('refuses binary content with a warning and no spans', () => {
      const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
      const result = scanContract(binary);
      assert.deepEqual(result.spans, []);
      assert.match(result.warnings.map((w) => w.en).join(' '), /binary/);
    });

    it('keeps offsets into the original text with Windows line endings', () => {
      const crlf = ENGLISH_CONTRACT.replace(/\n/g, '\r\n');
      const result = scanContract(crlf);
      const right = result.spans.find((s) => s.kind === 'termination_convenience');
      assert.ok(right);
      assert.match(crlf.slice(right.start, right.end), /^Either party may terminate.*notice to the other party\.$/);
      assert.deepEqual(result.spans.map((s) => s.kind), scanContract(ENGLISH_CONTRACT).spans.map((s) => s.kind));
    });

    it('scans a file that is only a table, row by row', () => {
      const table = '| Clause | Terms |\n|---|---|\n| Termination | Either party may terminate this agreement at any time with 30 days written notice |\n| Payment | The Client shall pay invoices within 14 days |\n';
      const result = scanContract(table);
      assert.equal(result.summary.noticeDays, 30);
      assert.ok(result.spans.some((s) => s.kind === 'payment'));
      assert.ok(result.spans.every((s) => !table.slice(s.start, s.end).includes('\n')));
    });

    it('reads an Italian quote of tables and bold labels as Italian, with no warning about its language', () => {
      const quote = [
        '# PREVENTIVO - MENÙ DIGITALE',
        '',
        '**Data:** 17 Novembre 2025  ',
        '**Cliente:** Trattoria da Mario  ',
        '',
        '| Voce | Importo |',
        '|---|---|',
        '| Sviluppo menù digitale | 1.200 € |',
        '| Hosting Netlify, SSL, CMS | incluso |',
        '',
        '## Pagamento',
        '',
        '- 50% alla firma, saldo alla consegna',
        '- Bonifico bancario entro 30 giorni',
      ].join('\n');
      const result = scanContract(quote);
      assert.equal(result.language, 'it');
      assert.deepEqual(result.warnings, []);
    });

    it('warns that another language is scanned with the English rules', () => {
      const french = "Chacune des parties peut résilier le présent contrat à tout moment moyennant un préavis écrit de trente jours adressé à l'autre partie.";
      const result = scanContract(french);
      assert.equal(result.language, 'other');
      assert.match(result.warnings.map((w) => w.en).join(' '), /English rules/);
    });

    it('finishes a 20 MB text in bounded time and says what it scanned', function () {
      this.timeout(60_000);
      const clause = 'Either party may terminate this agreement with thirty (30) days notice. ';
      const big = clause.repeat(Math.ceil(20_000_000 / clause.length));
      const started = process.hrtime.bigint();
      const result = scanContract(big);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      assert.match(result.warnings.map((w) => w.en).join(' '), /only its first/);
      assert.ok(result.spans.length > 0);
      assert.ok(seconds < 60, `took ${seconds} s`);
    });
  });

  describe('short and long contracts', () => {
    it('judges a long contract by the thresholds tuned on long ones, a short one by those of short ones', () => {
      const model = new LinearModel(withPaymentThresholds({ en: 0.5, 'en:short': 0.999, 'en:long': 0.001 }));
      const clause = 'The parties agree to cooperate in good faith.';
      const paymentAt = (text: string): boolean => kindsAt(scanWithModel(text, model), text, clause).includes('payment');
      assert.equal(paymentAt(`${clause}\n\n${PADDING.repeat(Math.ceil(2_000 / PADDING.length))}`), false);
      assert.equal(paymentAt(`${clause}\n\n${PADDING.repeat(Math.ceil(20_001 / PADDING.length))}`), true);
    });

    it('judges a clause on its own by the thresholds tuned on single clauses', () => {
      const model = new LinearModel(withPaymentThresholds({ en: 0.999, 'en:clause': 0.001, 'en:short': 0.999 }));
      const clause = 'The parties agree to cooperate in good faith.';
      assert.equal(documentStyle(clause), 'clause');
      assert.ok(kindsAt(scanWithModel(clause, model), clause, clause).includes('payment'));
    });

    it('reads an Italian contract by the English threshold of its kind of document before the Italian one of another kind', () => {
      const model = new LinearModel(withPaymentThresholds({ en: 0.999, it: 0.999, 'en:short': 0.001, 'it:clause': 0.999 }));
      const text = `${ITALIAN_CONTRACT}\n## Varie\nLe parti collaborano in buona fede su ogni aspetto del presente contratto.\n`;
      assert.equal(scanWithModel(text, model).language, 'it');
      assert.ok(kindsAt(scanWithModel(text, model), text, 'Le parti collaborano').includes('payment'));
    });

    it('lets a rule only lift the model in the kinds of document where the training data said so', () => {
      const notice = 'Either party may end this agreement by giving the other thirty (30) days written notice.';
      const short = `# Agreement\n\n${notice}\n\n${PADDING}`;
      const long = `# Agreement\n\n${notice}\n\n${PADDING.repeat(Math.ceil(20_001 / PADDING.length))}`;
      // A notice model that scores nothing, so only the notice rule can mark the clause.
      const shipped = weights as unknown as ModelFile;
      const silentNotice = (rulesLiftOnly: string[]): LinearModel =>
        new LinearModel({ ...shipped, models: shipped.models.map((m) => (m.name === 'notice' ? { ...m, bias: -50, rulesLiftOnly } : m)) });
      assert.ok(kindsAt(scanWithModel(short, silentNotice(['en:long'])), short, notice).includes('notice'));
      assert.ok(!kindsAt(scanWithModel(long, silentNotice(['en:long'])), long, notice).includes('notice'));
      assert.ok(kindsAt(scanWithModel(long, silentNotice([])), long, notice).includes('notice'));
    });

    it('falls back on the threshold of the language where none was tuned for the kind of contract', () => {
      const model = new LinearModel(withPaymentThresholds({ en: 0.001 }));
      const long = `The parties agree to cooperate in good faith.\n\n${PADDING.repeat(Math.ceil(20_001 / PADDING.length))}`;
      assert.ok(kindsAt(scanWithModel(long, model), long, 'The parties agree').includes('payment'));
    });
  });

  describe('the term of a contract', () => {
    it('is not read into a right to end it at will, unless that right names the term or a renewal', () => {
      const model = new LinearModel(withThresholds({ renewal: { en: 0.000001 } }));
      const atWill = 'Either party may terminate this Agreement at any time, for any reason, by written notice.';
      assert.ok(kindsAt(scanWithModel(atWill, model), atWill, 'Either').includes('termination_convenience'));
      assert.ok(!kindsAt(scanWithModel(atWill, model), atWill, 'Either').includes('renewal'));
      const withTerm = 'This Agreement continues until terminated by either party at any time, for any reason.';
      assert.ok(kindsAt(scanWithModel(withTerm, model), withTerm, 'This').includes('renewal'));
    });
  });

  describe('plain-English contracts', () => {
    it('reads cancelling whenever the client is not happy, paying for what is done, as a right without cause and what happens at the end', () => {
      const text = "## Changes\n\nYou'll have plenty of opportunities to review our work. If, at any stage, you’re not happy with the direction our work is taking, you’ll pay us in full for everything we’ve produced until that point and cancel this contract.\n";
      const kinds = kindsAt(scanContract(text), text, 'If, at any stage');
      assert.ok(kinds.includes('termination_convenience'), kinds.join());
      assert.ok(kinds.includes('post_termination'), kinds.join());
      assert.equal(scanContract(text).summary.canTerminateForConvenience, true);
    });

    it('reads "is free to cancel at any time" and "cancel anytime" as rights without cause', () => {
      const free = 'The Client is free to cancel this agreement at any time.';
      assert.ok(kindsAt(scanContract(free), free, 'The Client is free').includes('termination_convenience'));
      const anytime = 'Hosting: $50/month; month-to-month; cancel anytime with 15 days’ notice.';
      const kinds = kindsAt(scanContract(anytime), anytime, 'Hosting');
      assert.ok(kinds.includes('termination_convenience') && !kinds.includes('termination_cause'), kinds.join());
    });

    it('reads a fee due if the client ends it as the fee, not as a right for cause, and pay for services performed as what happens at the end', () => {
      const fee = 'Either party may terminate this Agreement before the end of the initial 12-month term by providing 60 days written notice. If Client terminates early, Client agrees to pay 50% of the remaining monthly fees for the initial term as an early termination fee.';
      const feeKinds = kindsAt(scanContract(fee), fee, 'If Client terminates early');
      assert.ok(feeKinds.includes('termination_fee') && !feeKinds.includes('termination_cause'), feeKinds.join());
      const paid = 'Either party may terminate this Agreement at any time upon 10 business days’ written notice. In the event of such termination, Consultant shall be paid for any portion of the Services that have been performed prior to the termination.';
      const paidKinds = kindsAt(scanContract(paid), paid, 'In the event of such termination');
      assert.ok(paidKinds.includes('post_termination') && !paidKinds.includes('termination_cause'), paidKinds.join());
      const leadIn = '## 6. Termination ("Kill Fee")\n\nIf the Client cancels the project after work has begun:\n\n* The Deposit is non-refundable.\n* The Client agrees to pay for all hours worked up to the cancellation date.\n';
      const result = scanContract(leadIn);
      assert.ok(!result.spans.some((s) => s.kind === 'termination_cause'), result.spans.map((s) => `${s.kind} ${leadIn.slice(s.start, s.end)}`).join(' | '));
      assert.equal(result.summary.forCauseOnly, false);
      assert.equal(result.summary.terminationFeeWithoutAmount, true);
    });

    it('reads "no cancellation fees" as no fee, and a session lasting hours as no term of the contract', () => {
      const text = 'Services operate on a month-to-month basis; either party may cancel with 30 days written notice. No cancellation fees, no penalties.\n\n- Duration: 1-2 hours on-site\n';
      const result = scanContract(text);
      assert.ok(!result.spans.some((s) => s.kind === 'termination_fee'), result.spans.map((s) => s.kind).join());
      assert.equal(result.summary.terminationFee, undefined);
      assert.equal(result.summary.terminationFeeWithoutAmount, undefined);
      assert.ok(!kindsAt(result, text, 'Duration').includes('renewal'));
      const term = '## Terms\n\n- Term: 6 months from the start date, about 20 hours per week\n';
      assert.ok(kindsAt(scanContract(term), term, 'Term: 6 months').includes('renewal'));
    });

    it('reads a lead-in granting a right on the causes below as for cause, and a term running until either party ends it on notice as a right without cause', () => {
      const list = 'Either party may terminate this agreement immediately if:\n\n- The other party breaches a material term and fails to cure it within 15 days\n- The other party becomes insolvent\n';
      const leadIn = kindsAt(scanContract(list), list, 'Either party may terminate');
      assert.ok(leadIn.includes('termination_cause') && !leadIn.includes('termination_convenience'), leadIn.join());
      const term = 'This Agreement shall commence on the Effective Date and shall continue until terminated by either party upon thirty (30) days’ written notice.';
      const result = scanContract(term);
      assert.ok(kindsAt(result, term, 'This Agreement shall commence').includes('termination_convenience'));
      assert.equal(result.summary.noticeDays, 30);
    });

    it('reads a tacit renewal with notice to stop it as notice and the term, and a time to settle a dispute as no notice', () => {
      const text = '## Durata\n\nIl Contratto si rinnova tacitamente per periodi successivi di pari durata, salvo disdetta comunicata da una delle Parti con preavviso di almeno 60 (sessanta) giorni prima della scadenza.\n\n## Foro\n\nPer qualsiasi controversia derivante dall\'interpretazione o risoluzione del presente Contratto, le Parti tentano una composizione amichevole entro 30 (trenta) giorni dalla comunicazione scritta della controversia.\n';
      const result = scanContract(text);
      const renewal = kindsAt(result, text, 'Il Contratto si rinnova');
      assert.ok(renewal.includes('notice') && renewal.includes('renewal') && !renewal.includes('termination_cause'), renewal.join());
      assert.ok(!kindsAt(result, text, 'Per qualsiasi controversia').includes('notice'));
      assert.equal(result.summary.noticeDays, 60);
      assert.equal(result.spans.find((s) => s.kind === 'notice')?.party, 'either');
    });

    it('reads an Italian right to withdraw that names no cause as one without cause, but not one that leads into causes', () => {
      const why = (text: string) => scanContract(text).spans.filter((s) => s.kind === 'termination_convenience').map((s) => s.explanation.it);
      assert.ok(why("Ciascuna parte può recedere ai sensi dell'art. 2237 c.c. con comunicazione scritta.").some((w) => w.includes('un diritto di recesso senza giusta causa ("')));
      assert.ok(why("L'Utente ha il diritto di recedere dal contratto senza indicarne le ragioni, entro 14 giorni.").some((w) => w.includes('senza indicarne le ragioni')));
      const causes = '## Recesso\n\nStudio Romano può recedere per:\n\n- mancato pagamento delle fatture;\n- violazione del contratto.\n';
      assert.deepEqual(why(causes), []);
    });

    it('reads no cancelling at will where an event opens it', () => {
      const triggered = 'At any point, if the Client does not provide the materials within 10 days, the Designer may end the project and keep the deposit.';
      assert.ok(!scanContract(triggered).spans.some((s) => s.explanation.en.includes('not happy')));
    });

    it('reads the rest of the term paid on ending it early as a termination fee, in both languages', () => {
      for (const text of [
        'If the Client ends the retainer before the 6-month minimum, the remaining monthly fees for the minimum term are due in full.',
        'Should the Client terminate this Agreement early, the Client shall pay the balance of the fees for the remainder of the Initial Term.',
        'In caso di recesso anticipato da parte del Cliente, il Cliente sarà tenuto al pagamento del corrispettivo residuo fino alla naturale scadenza del contratto.',
      ]) {
        const fee = scanContract(text).spans.find((s) => s.kind === 'termination_fee');
        assert.ok(fee, text);
      }
      // Paying the remaining fees on the usual schedule is no cost of ending it.
      const schedule = 'The remaining fees are invoiced monthly until the end of the project.';
      assert.ok(!scanContract(schedule).spans.some((s) => s.kind === 'termination_fee'));
    });

    it('keeps a fee that stands beside a fee said not to be due', () => {
      for (const text of [
        'The Provider may terminate without penalty; if the Client terminates early, the Client shall pay an early termination fee equal to three months of fees.',
        'There is no fee for the first revision; if the Client cancels after work has begun, a kill fee of half the project fee is due.',
        'Il Cliente può recedere senza alcuna penale entro 14 giorni; decorso tale termine, è dovuta una penale pari a tre mensilità.',
      ]) {
        assert.ok(scanContract(text).spans.some((s) => s.kind === 'termination_fee'), text);
      }
    });

    it('finds whose right it is and how much notice, past a denied right and a notice that lasts ("della durata di")', () => {
      const provider = 'If the Client can no longer pay the invoices, the Provider will terminate this Agreement on 10 days notice.';
      assert.equal(scanContract(provider).spans.find((s) => s.kind === 'notice')?.party, 'provider');
      const italian = 'Ciascuna parte può recedere dal contratto con un preavviso scritto della durata di 60 giorni.';
      assert.equal(scanContract(italian).summary.noticeDays, 60);
    });

    it('marks nothing in the approval of burdensome clauses (artt. 1341 e 1342 c.c.), which names clauses stated elsewhere', () => {
      const text = "## Recesso\n\nIl Cliente può recedere con un preavviso di 30 giorni.\n\n## Clausole vessatorie\n\nAi sensi e per gli effetti degli artt. 1341 e 1342 del Codice Civile il Cliente dichiara di approvare espressamente le clausole di seguito rubricate:\n\n- 5. termine per l'esecuzione e penale;\n- 11. clausola penale per il ritardo e clausola risolutiva espressa;\n";
      const result = scanContract(text);
      assert.deepEqual([...new Set(result.spans.map((s) => text.slice(s.start, s.end)))], ['Il Cliente può recedere con un preavviso di 30 giorni.']);
      assert.equal(result.summary.terminationFee, undefined);
      assert.equal(result.summary.terminationFeeWithoutAmount, undefined);
    });

    it('does not read consent to the use of personal data, withdrawn at any time, as ending the contract', () => {
      const text = 'Il consenso al trattamento delle immagini è prestato liberamente e può essere revocato in qualsiasi momento scrivendo alla Truccatrice.';
      assert.ok(!kindsAt(scanContract(text), text, 'Il consenso').includes('termination_convenience'));
    });

    it('gives a right to the party named before its "may", not to one named between it and the verb, nor to both where the parties only agree', () => {
      const right = (text: string) => scanContract(text).spans.find((s) => s.kind === 'termination_convenience' || s.kind === 'termination_cause')?.party;
      assert.equal(right('The Provider may, by written notice to the Client, terminate this Agreement for convenience.'), 'provider');
      assert.equal(right('If at any point the Client is unhappy with the direction the project is taking, they may pay the Designer for the work done till that point and cancel this contract.'), 'client');
      // "Le Parti convengono che ..." opens the clause; the right is the client's.
      assert.equal(right('Le Parti convengono che in caso di mancata consegna del Software entro la data concordata il Fornitore dovrà corrispondere una penale, salva la facoltà del Cliente di considerare risolto per inadempimento il presente contratto.'), 'client');
    });
  });

  describe('terms of service', () => {
    it('reads a right to close or cut off the account at will as a right to end it without cause, or for cause when it names one', () => {
      // The rule alone: the models never reach these thresholds.
      const rulesOnly = new LinearModel(withThresholds({ termination_convenience: { en: 0.999999 }, termination: { en: 0.999999 }, termination_cause: { en: 0.999999 } }));
      const atWill = 'We may close your account at any time at our sole discretion.';
      assert.ok(kindsAt(scanWithModel(atWill, rulesOnly), atWill, 'We may').includes('termination_convenience'));
      const onBreach = 'We may terminate your account at any time if you breach these terms.';
      assert.ok(kindsAt(scanWithModel(onBreach, rulesOnly), onBreach, 'We may').includes('termination_cause'));
      const denied = 'We will not close your account at any time without telling you why.';
      assert.ok(!kindsAt(scanWithModel(denied, rulesOnly), denied, 'We will').some((kind) => kind.startsWith('termination_')));
    });
  });

  describe('a signature line', () => {
    it('is not read as the term of the contract, however the renewal model scores it', () => {
      const model = new LinearModel(withThresholds({ renewal: { en: 0.000001, it: 0.000001 } }));
      const text = `${ITALIAN_CONTRACT}\nSottoscritto in _______________ il __________________.\n`;
      assert.ok(!kindsAt(scanWithModel(text, model), text, 'Sottoscritto').includes('renewal'));
      assert.ok(kindsAt(scanWithModel(text, model), text, 'Il contratto ha durata').includes('renewal'));
    });
  });

  describe('rights for cause', () => {
    it('hears the for-cause model only where the model of any termination right sees one', () => {
      const text = 'The parties agree to cooperate in good faith on every matter.';
      const causeAlone = new LinearModel(withThresholds({ termination: { en: 0.999999 }, termination_cause: { en: 0.000001 } }));
      assert.deepEqual(kindsAt(scanWithModel(text, causeAlone), text, 'The parties'), []);
      const both = new LinearModel(withThresholds({ termination: { en: 0.000001 }, termination_cause: { en: 0.000001 } }));
      assert.deepEqual(kindsAt(scanWithModel(text, both), text, 'The parties'), ['termination_cause']);
    });

    it('reads the items of a list of what is billed separately as payment terms, not deliverables', () => {
      const text = '## Fees\n\nThe following services are billed separately and are NOT included in the project fee:\n\n- Hosting and server costs\n- SSL certificates\n';
      const kinds = kindsAt(scanContract(text), text, 'SSL certificates');
      assert.ok(kinds.includes('payment') && !kinds.includes('deliverables'), kinds.join(', '));
    });

    it('reads a unit granting a right at any time and one on insolvency or breach as both', () => {
      const text = '## Termination\n\nThis Agreement may be terminated at any time by either party effective immediately upon notice, or if any party: (a) becomes insolvent; or (b) breaches any of its material obligations.\n';
      const kinds = kindsAt(scanContract(text), text, 'This Agreement may be terminated');
      assert.ok(kinds.includes('termination_convenience') && kinds.includes('termination_cause'), kinds.join(', '));
    });
  });

  describe('re-scanning a contract', () => {
    // A model of its own for each test, so no other test's scans are remembered.
    const freshModel = (): LinearModel => new LinearModel(weights as unknown as ModelFile);

    it('finds after edits what a first scan of the edited text finds', function () {
      // Each edit is scanned twice, once with a fresh model of its own: seconds on a loaded machine.
      this.timeout(20_000);
      const model = freshModel();
      scanWithModel(ENGLISH_CONTRACT, model);
      const edits = [
        ENGLISH_CONTRACT.replace('thirty (30) days', 'sixty (60) days'),
        ENGLISH_CONTRACT.replace('# Web design agreement', '# Logo design agreement'),
        `${ENGLISH_CONTRACT}\n## 10. Notices\nEither party may end this agreement on fourteen days notice.\n`,
      ];
      for (const edited of edits) assert.deepEqual(scanWithModel(edited, model), scanWithModel(edited, freshModel()));
      assert.equal(scanWithModel(edits[0], model).summary.noticeDays, 60);
    });

    it('judges a list item again when its list gets another lead-in', () => {
      const model = freshModel();
      const padding = 'The parties agree to cooperate in good faith on every matter under this agreement and to keep each other informed. '.repeat(3);
      const withLeadIn = (leadIn: string): string => `${padding}\n\n${leadIn}\n\n- Logo files and brand guide\n- Source files of the website\n\n${padding}\n`;
      scanWithModel(withLeadIn('The Designer will deliver:'), model);
      const edited = withLeadIn('Once the final invoice is paid, the Client owns:');
      assert.deepEqual(scanWithModel(edited, model), scanWithModel(edited, freshModel()));
    });

    it('judges a clause moved under another heading in its new context', () => {
      const model = freshModel();
      // Over 200 characters before and after the edit, so the second scan is taken for a version of the first.
      const padding = 'The parties agree to cooperate in good faith on every matter under this agreement and to keep each other informed. '.repeat(3);
      const clause = 'The Client may end it on 30 days notice.';
      scanWithModel(`${padding}\n\n## Payment\n${clause}\n\n## Other\n${padding}\n`, model);
      const moved = `${padding}\n\n## Termination\n${clause}\n\n## Other\n${padding}\n`;
      assert.deepEqual(scanWithModel(moved, model), scanWithModel(moved, freshModel()));
    });

    it('judges every clause again when an edit makes a short contract a long one', () => {
      const model = new LinearModel(withPaymentThresholds({ 'en:short': 0.999, 'en:long': 0.001 }));
      const short = `${ENGLISH_CONTRACT}\n${PADDING.repeat(Math.floor(19_000 / PADDING.length))}`;
      const long = `${short}${PADDING.repeat(20)}`;
      scanWithModel(short, model);
      assert.deepEqual(scanWithModel(long, model), scanWithModel(long, new LinearModel(withPaymentThresholds({ 'en:short': 0.999, 'en:long': 0.001 }))));
    });

    it('does not mix up two contracts scanned in turn', () => {
      const model = freshModel();
      scanWithModel(ENGLISH_CONTRACT, model);
      scanWithModel(ITALIAN_CONTRACT, model);
      assert.deepEqual(scanWithModel(ENGLISH_CONTRACT, model), scanWithModel(ENGLISH_CONTRACT, freshModel()));
      assert.deepEqual(scanWithModel(ITALIAN_CONTRACT, model), scanWithModel(ITALIAN_CONTRACT, freshModel()));
    });
  });
});
