import * as assert from 'node:assert/strict';
import { CUE_NAMES, CUES, type Cue, cuesIn, scanCues } from '../../../src/core/clauses/cues';
import { applyRules, limbsOf } from '../../../src/core/clauses/rules';
import { findPeriods } from '../../../src/core/clauses/values';

/** What cuesIn must find: every cue whose own pattern matches, in the order CUES lists them. */
function eachPatternAlone(lowerText: string): Cue[] {
  return (Object.keys(CUES) as Cue[]).filter((cue) => CUES[cue].test(lowerText));
}

describe('cuesIn', () => {
  const sentences = [
    // Cues that start at the same word: "recesso" is both an ending and a right without cause.
    'il cliente può esercitare il recesso con preavviso di trenta giorni.',
    // "termination or expiration" starts the after-the-end cue and the ending cue at one position.
    'upon termination or expiration of this agreement, all fees paid shall survive.',
    'either party may terminate this agreement at any time, for any reason, by giving thirty (30) days written notice.',
    'in no event shall the designer\'s total liability exceed the fees paid under this agreement.',
    'the term of this agreement shall renew automatically for successive one-year periods.',
    'nothing here mentions any of them.',
    // Suspending or closing an account (terms of service) and a contract's term stated in plain words.
    'we may suspend or close your account at any time if you breach these terms.',
    'ci riserviamo il diritto di sospendere o bloccare il tuo account e di limitare l\'accesso ai servizi.',
    'il presente contratto ha durata di [24] mesi a decorrere dalla firma e resta valido fino a cessazione.',
    'this agreement starts when the developer receives the deposit and continues until the deadline.',
    '',
  ];
  for (const sentence of sentences) {
    it(`finds what each pattern alone finds in "${sentence.slice(0, 40)}"`, () => {
      assert.deepEqual([...cuesIn(sentence)], eachPatternAlone(sentence));
    });
  }

  it('tells suspending an account from ending the contract, and finds a term stated in plain words', () => {
    // A right ("ci riserviamo il diritto") to suspend, not to end the contract.
    assert.deepEqual([...cuesIn('ci riserviamo il diritto di sospendere il tuo account.')], ['suspend', 'rightTo']);
    assert.ok(cuesIn('we may deactivate your account.').has('suspend'));
    assert.ok(!cuesIn('the designer may pause work until the invoice is paid.').has('suspend'));
    assert.ok(cuesIn('il presente contratto ha durata di [24] mesi.').has('term'));
    assert.ok(cuesIn('minimum 3-month commitment must be fulfilled.').has('term'));
  });

  it('hears "can" and "may" as a right only as whole words: cancelling grants no right', () => {
    assert.ok(!cuesIn('if the client cancels the project after work has begun:').has('rightTo'));
    assert.ok(!cuesIn('maybe the canone is due.').has('rightTo'));
    assert.ok(cuesIn('the client can cancel the project.').has('rightTo'));
    assert.ok(cuesIn("the client can't cancel; the studio may.").has('rightTo'));
    // "facoltativo" is optional, no right; "facoltà" is one.
    assert.ok(!cuesIn('il servizio di hosting è facoltativo.').has('rightTo'));
    assert.ok(cuesIn('il cliente ha facoltà di recedere.').has('rightTo'));
  });

  it('keeps one bit per cue within a 32-bit integer, the last cue included', () => {
    assert.ok(CUE_NAMES.length <= 31, `${CUE_NAMES.length} cues do not fit the bit mask`);
    const sentence = 'the client owns the copyright and may terminate for convenience.';
    assert.ok(cuesIn(sentence).has(CUE_NAMES[CUE_NAMES.length - 1]));
    assert.deepEqual([...cuesIn(sentence)], eachPatternAlone(sentence));
  });
});

describe('scanCues', () => {
  // Periods are looked for only where the scan names a unit of time, so it must never miss one a period needs.
  const withPeriods = [
    'Either party may terminate on thirty (30) days written notice.',
    'Payment is due within 2 weeks, or within ten Business Days of delivery.',
    'Il contratto si rinnova di anno in anno salvo disdetta con un preavviso di 3 mesi.',
    'Il recesso richiede sessanta giorni di preavviso, o due settimane in caso di urgenza.',
    'The initial term is one year; each renewal lasts 6 MONTHS.',
    '90-day notice applies.',
    // Lower-casing glues a letter to the word where the original has none: "İ" becomes "i̇", the Kelvin sign "k".
    'Either party may terminate this Agreement by giving 30 days\u212A prior written notice.',
    'Either party may terminate this Agreement by giving thirty (30) daysİ prior written notice.',
  ];
  for (const text of withPeriods) {
    it(`names a unit of time wherever a period is stated: "${text.slice(0, 40)}"`, () => {
      assert.ok(findPeriods(text).length > 0);
      assert.equal(scanCues(text.toLowerCase()).namesTimeUnit, true);
    });
  }

  it('names no unit of time where no word starts like one', () => {
    for (const text of ['today the annual messages are sent daily.', "l'annullamento dei messaggi avviene oggi."]) {
      assert.equal(scanCues(text).namesTimeUnit, false, text);
    }
  });
});

describe('applyRules', () => {
  const rightOnNotice = (text: string): boolean => {
    const cues = cuesIn(text.toLowerCase());
    return applyRules(text, cues).some((hit) => hit.kind === 'termination_convenience');
  };

  it('reads notice given to stop a renewal as notice wherever the data set the rules to only lift, but not an insurance policy\'s', () => {
    const noticeHit = (text: string) => applyRules(text, cuesIn(text.toLowerCase())).find((hit) => hit.kind === 'notice');
    const renewal = 'This Agreement shall automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal at least sixty (60) days prior to the expiration of the then-current term.';
    assert.equal(noticeHit(renewal)?.decidesEverywhere, true);
    const italian = 'Il contratto si rinnova tacitamente di anno in anno, salvo disdetta da inviarsi con raccomandata almeno 90 giorni prima della scadenza.';
    assert.equal(noticeHit(italian)?.decidesEverywhere, true);
    // A right to end it on notice is notice too, but training decides how it is heard in long contracts.
    const right = 'Either party may terminate this Agreement upon thirty (30) days prior written notice to the other party.';
    assert.equal(noticeHit(right)?.decisive, true);
    assert.equal(noticeHit(right)?.decidesEverywhere, false);
    const insurance = 'The Supplier shall give thirty (30) days prior written notice of any cancellation or non-renewal of the insurance policies required hereunder.';
    assert.notEqual(noticeHit(insurance)?.decidesEverywhere, true);
  });

  it('reads a right to end it by giving notice, with no cause required, as one without cause', () => {
    assert.ok(rightOnNotice('Developer may also terminate this Agreement by giving two (2) weeks\' notice in writing to VAL.'));
    assert.ok(rightOnNotice('This Agreement shall terminate at the option of either party upon sixty (60) days\' written notice.'));
  });

  it('does not read a right that opens on an event, on breach or at the end of the term as one without cause', () => {
    assert.ok(!rightOnNotice('In the event of a force majeure that persists for thirty (30) days, either party may terminate this Agreement upon ten (10) days notice.'));
    assert.ok(!rightOnNotice('Either party may terminate this Agreement upon thirty (30) days notice if the other party materially breaches it.'));
    assert.ok(!rightOnNotice('Either party may terminate this Agreement at the end of the Initial Term by giving ninety (90) days notice.'));
  });

  it('finds the right without cause in one limb of a unit that also grants one for breach', () => {
    assert.ok(rightOnNotice('The Client may end this Agreement (a) on thirty (30) days written notice; or (b) at once if the Designer materially breaches it.'));
    // A clause number left mid-line starts another clause, whose breach is not the first one's.
    assert.ok(rightOnNotice('Either party may terminate this Agreement on sixty (60) days written notice 9.3 If either party materially breaches this Agreement, the other may terminate it.'));
    assert.ok(rightOnNotice('Il Committente potrà risolvere il contratto: a) con preavviso scritto di trenta giorni; b) in caso di grave inadempimento del Fornitore.'));
  });

  it('keeps the words that lead into a list with every limb', () => {
    // The breach in the lead-in governs both limbs, and "(30)" is no enumerator.
    assert.ok(!rightOnNotice('Either party may terminate this Agreement for material breach (a) on thirty (30) days notice; or (b) at once if the breach cannot be cured.'));
    assert.deepEqual(limbsOf('X may terminate (a) on notice; or (b) for breach under clause (i) above.'), [
      'X may terminate (a) on notice; or',
      'X may terminate (b) for breach under clause (i) above.',
    ]);
  });

  it('reads a right on notice joined by "or" to a right for breach as two limbs', () => {
    const text = "Either party may terminate this engagement by giving 30 days' written notice to the other, or in the case of a material breach, immediately on written notice.";
    assert.deepEqual(limbsOf(text), [
      "Either party may terminate this engagement by giving 30 days' written notice to the other",
      ', or in the case of a material breach, immediately on written notice.',
    ]);
    assert.ok(rightOnNotice(text));
    assert.ok(rightOnNotice('Ciascuna parte può recedere con preavviso scritto di trenta giorni, oppure in caso di grave inadempimento con effetto immediato.'));
  });

  it('reads a right named as one without cause as such, even beside words of breach, unless it is denied', () => {
    assert.ok(rightOnNotice('Provided it is not in breach, the Client may terminate this Agreement for convenience by written notice.'));
    assert.ok(rightOnNotice('Salvo il caso di inadempimento, il Committente può recedere dal contratto senza giusta causa con preavviso di quindici giorni.'));
    assert.ok(!rightOnNotice('Neither party may terminate this Agreement for convenience; either may terminate it for material breach.'));
  });

  it('reads a sentence that sets the term of the contract as evidence of its term, not a definition that names one', () => {
    const termOf = (text: string): boolean => applyRules(text, cuesIn(text.toLowerCase())).some((hit) => hit.kind === 'renewal');
    assert.ok(termOf('This agreement is effective upon signing by both parties.'));
    assert.ok(termOf('Il presente contratto ha durata di [24] mesi a decorrere dalla data di sottoscrizione.'));
    assert.ok(termOf('This Agreement shall commence upon the Effective Date and shall remain effective until the Services are completed and delivered.'));
    assert.ok(!termOf('"Contract Year" means each period of twelve (12) months commencing on the Effective Date.'));
    assert.ok(!termOf('The warranty period of twelve months starts on delivery of the goods.'));
  });

  it('hears a right in the first person plural of Italian terms of service, and "porre fine" as ending', () => {
    for (const text of ['ci riserviamo il diritto di chiudere il tuo account.', 'potremo sospendere il servizio.', 'potremmo cessare la fornitura.', 'avrà la facoltà di risolvere il contratto.']) {
      assert.ok(cuesIn(text).has('rightTo'), text);
    }
    assert.ok(cuesIn("revolut può porre fine al suo accesso al sito.").has('terminate'));
  });

  it('reads a form field for the term as the term, and a field for something else as none', () => {
    const termField = (text: string): boolean => applyRules(text, cuesIn(text.toLowerCase())).some((hit) => hit.kind === 'renewal' && hit.decisive);
    assert.ok(termField('Start Date: _______________'));
    assert.ok(termField('**Term:** __________ [e.g., "from Effective Date through [END DATE]"]'));
    assert.ok(termField('Periodo coperto: **1 maggio 2026 - 31 luglio 2026**'));
    assert.ok(!termField('Delivery date: 1 May 2026'));
    assert.ok(!termField('The term "Services" means the work described in Schedule A.'));
  });

  it('reads every item of a list of what a party is not liable for as a limit of liability', () => {
    const excluded = (text: string, leadIn: string): boolean => applyRules(text, cuesIn(text.toLowerCase()), undefined, undefined, leadIn).some((hit) => hit.kind === 'liability_cap' && hit.decisive);
    assert.ok(excluded('Cost of substitute services', 'IN NO EVENT SHALL DEVELOPER BE LIABLE FOR:'));
    assert.ok(excluded('Danni causati da modifiche non autorizzate', 'Lo Studio **non risponde** per:'));
    assert.ok(excluded('Issues caused by third-party hosting', 'The Developer is not responsible for:'));
    assert.ok(!excluded('Cost of substitute services', 'The Client is responsible for:'));
  });

  it('reads every item of a list of what is paid or billed, or of what sets the price, as payment terms', () => {
    const paid = (text: string, leadIn: string): boolean => applyRules(text, cuesIn(text.toLowerCase()), undefined, undefined, leadIn).some((hit) => hit.kind === 'payment' && hit.decisive);
    assert.ok(paid('30% upon completion of Milestone 1', 'Client agrees to pay the total sum of [AMOUNT], to be paid as follows:'));
    assert.ok(paid('SSL certificates', 'The following services are billed separately and are NOT included in the project fee:'));
    assert.ok(paid('Urgenza richiesta', 'Il prezzo definitivo è determinato nel Preventivo in base a:'));
    assert.ok(!paid('Home page design', 'The Designer will deliver:'));
  });

  it('reads every item of a list of what is owned, kept or licensed as ownership of the work', () => {
    const owned = (text: string, leadIn: string): boolean => applyRules(text, cuesIn(text.toLowerCase()), undefined, undefined, leadIn).some((hit) => hit.kind === 'ip_transfer' && hit.decisive);
    assert.ok(owned('Social media content', 'Upon full payment, Client owns all custom content created for Client, including:'));
    assert.ok(owned('Present the project at conferences', 'Developer retains the perpetual, worldwide right to:'));
    assert.ok(!owned('Social media content', 'Agency will produce:'));
  });

  it('reads money kept when the work is cancelled as a cancellation fee on its own, and money kept for another reason as no fee', () => {
    const feeAlone = (text: string): boolean => applyRules(text, cuesIn(text.toLowerCase())).some((hit) => hit.kind === 'termination_fee' && hit.decisive);
    assert.ok(feeAlone('Should the need arise to cancel a booking for whatever reason, the booking deposit is non-refundable.'));
    assert.ok(feeAlone('In caso di recesso anticipato da parte del Committente, il canone già corrisposto non sarà rimborsato.'));
    assert.ok(!feeAlone('The deposit is non-refundable once work has begun.'));
    assert.ok(feeAlone('Should the event be cancelled within two weeks before the event, the Photographer will retain the full payment.'));
    assert.ok(feeAlone('If the Client cancels before development begins, the upfront payment is refundable minus a $250 consultation fee.'));
    assert.ok(!feeAlone('If the Client cancels before development begins, the upfront payment is fully refundable.'));
  });

  it('reads what continues after the end, and every item of a list led in by the end, as what happens after it', () => {
    const after = (text: string, leadIn = ''): boolean => applyRules(text, cuesIn(text.toLowerCase()), undefined, undefined, leadIn).some((hit) => hit.kind === 'post_termination' && hit.decisive);
    assert.ok(after('Obligations in Confidentiality will continue for five calendar years after this agreement ends.'));
    assert.ok(after('Both parties return confidential materials', 'Upon termination:'));
    assert.ok(after('Pagamento dei servizi erogati', 'Alla cessazione del contratto:'));
    assert.ok(!after('Both parties return confidential materials', 'The parties agree:'));
    assert.ok(!after('The services shall continue until the project is delivered.'));
    assert.ok(after('Completed work will be delivered', 'If the Client terminates:'));
    assert.ok(!after('Completed work will be delivered', 'If the Client approves:'));
  });

  it('reads a refund once the work is cancelled or under way, and pay for the work done so far, as what happens after the end', () => {
    const after = (text: string): boolean => applyRules(text, cuesIn(text.toLowerCase())).some((hit) => hit.kind === 'post_termination' && hit.decisive);
    assert.ok(after('If the Developer has not yet begun work, the upfront payment is fully refundable.'));
    assert.ok(after('The deposit is non-refundable once work has commenced.'));
    assert.ok(after('Il Cliente resta tenuto al pagamento dei servizi già erogati fino al recesso.'));
    assert.ok(after('Client shall pay for work performed to date if it cancels the project.'));
    assert.ok(!after('Each milestone payment shall be non-refundable.'));
    assert.ok(!after('Provider will invoice Client at the end of each month for services rendered in that month.'));
  });

  it('reads every item of a list of causes for ending it as for cause, and no item of a list that grants no such right', () => {
    const forCause = (text: string, leadIn: string): boolean => applyRules(text, cuesIn(text.toLowerCase()), undefined, undefined, leadIn).some((hit) => hit.kind === 'termination_cause' && hit.decisive);
    assert.ok(forCause('Payment terms are not met', 'We reserve the right to terminate a project if:'));
    assert.ok(forCause('Giustificato motivo (conflitto di interessi)', 'Il Professionista può recedere per:'));
    assert.ok(!forCause('Payment terms are not met', 'The Client agrees:'));
    assert.ok(!forCause('A change of strategy', 'Either party may terminate this Agreement for convenience, for instance for:'));
    assert.ok(!forCause('Payment terms are not met', 'Neither party may terminate this Agreement if:'));
  });

  it('reads a right to end it "at any time" as one without cause, unless it names a cause or an event', () => {
    const named = (text: string): boolean => applyRules(text, cuesIn(text.toLowerCase())).some((hit) => hit.kind === 'termination_convenience' && hit.decisive);
    assert.ok(named('Company and Developer can agree to end a Project early at any time.'));
    assert.ok(named('Il Committente può recedere dal contratto in qualsiasi momento con comunicazione scritta.'));
    assert.ok(!named('The Client may terminate this Agreement at any time if the Designer materially breaches it.'));
    assert.ok(!named('Il Fornitore può risolvere il contratto in qualsiasi momento in caso di mancato pagamento.'));
    assert.ok(named('Ogni Incarico potrà essere revocato in qualsiasi momento tramite comunicazione scritta.'));
    assert.ok(named('Per le aziende è possibile il recesso in qualsiasi momento con comunicazione scritta.'));
    assert.ok(!named('Il recesso in qualsiasi momento non è ammesso in caso di inadempimento.'));
  });

  it('reads "terminable" as ending the contract', () => {
    assert.ok(cuesIn('this agreement is terminable by either party on thirty days notice.').has('terminate'));
  });
});
