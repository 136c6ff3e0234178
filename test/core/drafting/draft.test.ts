import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContractSummary } from '../../../src/core/clauses/types';
import type { Client, Me } from '../../../src/core/clients/schema';
import { createDraft, type DraftError, type DraftRequest, renderDraft } from '../../../src/core/drafting/draft';
import { formatDate, formatMoney } from '../../../src/core/drafting/format';
import { DRAFT_PHRASES } from '../../../src/core/drafting/phrases';
import { type LoadedTemplates, OVERRIDES_FOLDER, type TemplateLocations, TEMPLATE_NAMES, templatesFolder } from '../../../src/core/drafting/templates';
import { lintText } from '../../../src/core/lint/engine';
import { words } from '../../../src/core/lint/textIndex';
import { readingInside } from '../../../src/core/workspace';
import { client } from '../clients/build';

const TODAY = '2026-11-30';
const BUILT_IN = templatesFolder(process.cwd());
const ME: Me = { name: 'Giulia Rossi', business: 'Rossi Studio', language: 'it' };

const readText = async (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

function builtIns(kind: DraftRequest['kind'], language: 'en' | 'it'): LoadedTemplates {
  const file = join('templates', language, `${TEMPLATE_NAMES[kind]}.hbs`);
  return { builtIn: { kind, language, origin: 'built-in', file, text: readFileSync(join(process.cwd(), file), 'utf8') } };
}

function acme(extra: Partial<Parameters<typeof client>[0]> = {}): Client {
  return client({
    id: 'acme',
    name: 'ACME S.p.A.',
    contact: { name: 'Mario Bianchi' },
    language: 'it',
    since: '2024-03-01',
    deliverables: [
      { title: 'Restyling', due: '2026-12-18', status: 'in-progress' },
      { title: 'App', due: '2027-03-01', status: 'in-progress' },
      { title: 'Logo', due: '2026-10-01', status: 'delivered' },
    ],
    invoices: [
      { number: '2026-044', amount: 1200, due: '2026-10-30', paidOn: '2026-11-18' },
      { number: '2026-050', amount: 2400, due: '2026-12-15' },
    ],
    decision: {
      decidedOn: '2026-11-20',
      reason: 'Non credo più che i miei servizi siano adatti alle vostre esigenze',
      endAfter: 'notice',
      meeting: { on: '2026-12-08', mode: 'video' },
      referral: { name: 'Luca Verdi', email: 'luca@verdi.example', why: 'si occupa di e-commerce' },
    },
    ...extra,
  });
}

function request(kind: DraftRequest['kind'], c: Client, more: Partial<DraftRequest> = {}): DraftRequest {
  return { kind, client: c, me: ME, defaults: { noticeDays: 30, coolingOffDays: 3, currency: 'EUR' }, today: TODAY, ...more };
}

describe('renderDraft with the built-in templates', () => {
  it('writes the termination email with the end date, what is still delivered, the open invoices and the signature', () => {
    const draft = renderDraft(request('termination', acme()), builtIns('termination', 'it'));
    assert.equal(draft.language, 'it');
    assert.equal(draft.endDate, '2026-12-30');
    assert.ok(draft.text.startsWith(`Oggetto: ${draft.subject}\n\n`));
    assert.ok(draft.text.endsWith(draft.body));
    assert.ok(draft.body.includes(formatDate('2026-12-30', 'it')));
    assert.ok(draft.body.includes('Non credo più che i miei servizi siano adatti alle vostre esigenze.'));
    assert.match(draft.body, /- Restyling, entro il 18 dicembre 2026\n/);
    assert.match(draft.body, /- App, entro il 30 dicembre 2026, nello stato/);
    assert.ok(!draft.body.includes('Logo'), 'delivered work is not listed');
    assert.ok(draft.body.includes(`- 2026-050, ${formatMoney(2400, 'it', 'EUR')}, con scadenza il 15 dicembre 2026\n`));
    assert.ok(!draft.body.includes('2026-044'), 'paid invoices are not listed');
    assert.match(draft.body, /Giulia Rossi\nRossi Studio\n$/);
    assert.ok(words(draft.body).length <= 150);
    assert.deepEqual(lintText(draft.text, { language: 'it', kind: 'termination' }), []);
  });

  it('never quotes an incident', () => {
    const c = acme({ incidents: [{ date: '2026-11-02', kind: 'after-hours', note: 'Messaggio alle 23:40 sul logo' }] });
    for (const kind of ['termination', 'referral', 'meeting'] as const) {
      assert.ok(!renderDraft(request(kind, c), builtIns(kind, 'it')).text.includes('23:40'));
    }
  });

  it('says no further invoice follows when the remaining work is paid for', () => {
    const c = acme({ deliverables: [{ title: 'Guide', due: '2026-12-11', status: 'in-progress', paid: true }], invoices: [] });
    const draft = renderDraft(request('termination', c, { language: 'en' }), builtIns('termination', 'en'));
    assert.match(draft.body, /no further invoice will follow/);
    assert.ok(!/These invoices/.test(draft.body));
  });

  it('introduces the named colleague, or the kind of provider', () => {
    const named = renderDraft(request('referral', acme()), builtIns('referral', 'it')).body;
    assert.match(named, /Le consiglio Luca Verdi, che si occupa di e-commerce\. È raggiungibile all'indirizzo luca@verdi\.example\./);
    const kind = acme({ decision: { decidedOn: '2026-11-20', referral: { kind: 'an agency with a support team' } }, language: 'en' });
    assert.match(renderDraft(request('referral', kind), builtIns('referral', 'en')).body, /an agency with a support team would be a good fit/);
    const none = acme({ decision: { decidedOn: '2026-11-20' }, language: 'en' });
    assert.ok(renderDraft(request('referral', none), builtIns('referral', 'en')).body.includes(DRAFT_PHRASES.en.defaultProviderKind));
  });

  it('refuses a referral note for a client marked disrespectful', () => {
    const c = acme({ decision: { decidedOn: '2026-11-20', disrespectful: true } });
    assert.throws(
      () => renderDraft(request('referral', c), builtIns('referral', 'it')),
      (e: DraftError) =>
        e.failure.reason === 'disrespectful' && /no referral note is owed/.test(e.messages.en) && /non gli devi una nota di segnalazione/.test(e.messages.it) && e.message === e.messages.en,
    );
  });

  it('asks for the planned meeting on its date, or for one in the coming days', () => {
    const planned = renderDraft(request('meeting', acme()), builtIns('meeting', 'it')).body;
    assert.match(planned, /Le andrebbe bene una videochiamata l'8 dicembre 2026\?/);
    const unplanned = acme({ language: 'en', decision: { decidedOn: '2026-11-20' } });
    assert.match(renderDraft(request('meeting', unplanned), builtIns('meeting', 'en')).body, /Could we arrange a call in the coming days\?/);
    // A planned date gone by is never proposed: the request asks for a new time, and a note says why.
    const passed = renderDraft(request('meeting', acme(), { today: '2026-12-09' }), builtIns('meeting', 'it'));
    assert.doesNotMatch(passed.body, /8 dicembre/);
    assert.match(passed.body, /nei prossimi giorni/);
    assert.match(passed.notes.map((note) => note.en).join(' '), /decision\.meeting\.on \(2026-12-08\) has passed/);
  });

  it('chooses the language: --draft-lang, then the client, then the freelancer, then English', () => {
    const noLanguage = acme({ language: undefined });
    assert.equal(renderDraft(request('meeting', acme(), { language: 'en' }), builtIns('meeting', 'en')).language, 'en');
    assert.equal(renderDraft(request('meeting', noLanguage), builtIns('meeting', 'it')).language, 'it');
    assert.equal(renderDraft(request('meeting', noLanguage, { me: { name: 'G' } }), builtIns('meeting', 'en')).language, 'en');
  });

  it("gives the neutral default reason, with a note, when the client's reason is in the other language", () => {
    const draft = renderDraft(request('termination', acme(), { language: 'en' }), builtIns('termination', 'en'));
    assert.ok(draft.body.includes(`${DRAFT_PHRASES.en.defaultReason}.`));
    assert.ok(!draft.body.includes('Non credo'));
    assert.match(draft.notes.map((n) => n.en).join('\n'), /decision\.reason .* English draft gives the neutral default reason/);
    assert.match(draft.notes.map((n) => n.it).join('\n'), /decision\.reason .* bozza in inglese dà il motivo neutro predefinito/);
  });

  it('ends on the deliverable named in endAfter, and counts the notice from the contract', () => {
    const byDeliverable = acme({ decision: { decidedOn: '2026-11-20', endAfter: 'deliverable:Restyling' } });
    assert.equal(renderDraft(request('termination', byDeliverable), builtIns('termination', 'it')).endDate, '2026-12-18');
    const summary: ContractSummary = { language: 'it', canTerminateForConvenience: true, forCauseOnly: false, noticeDays: 15, survives: [] };
    const draft = renderDraft(request('termination', acme(), { contract: summary }), builtIns('termination', 'it'));
    assert.equal(draft.endDate, '2026-12-15');
    assert.ok(draft.body.includes('il 15 dicembre 2026'));
  });

  it('names the missing field and the template instead of leaving a blank', () => {
    assert.throws(
      () => renderDraft(request('termination', acme(), { me: undefined }), builtIns('termination', 'it')),
      (e: DraftError) => e.failure.reason === 'template' && /templates\/it\/termination-email\.hbs/.test(e.message) && /“me\.name”/.test(e.message),
    );
    // A built-in template cannot be edited: the advice is to set the value in clients.yaml, not to guard the field.
    assert.throws(
      () => renderDraft(request('termination', acme(), { me: undefined }), builtIns('termination', 'it')),
      (e: DraftError) => /the draft needs “me\.name”, which clients\.yaml does not give for this client: set it there/.test(e.message) && !/#if/.test(e.message),
    );
  });

  it('reports an end date it cannot compute', () => {
    const c = acme({ decision: { decidedOn: '2026-11-20', endAfter: 'deliverable:Nope' } });
    assert.throws(() => renderDraft(request('termination', c), builtIns('termination', 'it')), (e: DraftError) => e.failure.reason === 'end-date');
  });
});

describe('createDraft with overrides', () => {
  let workspace: string;
  const override = (language: string, name: string, text: string) => {
    const path = join(workspace, OVERRIDES_FOLDER, language, `${name}.hbs`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const locations = (trusted: boolean): TemplateLocations => ({ builtInFolder: BUILT_IN, workspaceRoot: workspace, trusted, readText });

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'clean-break-drafts-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it("uses a trusted workspace's override, and ignores it in an untrusted one", async () => {
    override('it', 'meeting-request', 'Oggetto: Due parole\n\nCiao {{recipient}}, sentiamoci {{date meeting.on "il"}}.\n{{me.name}}\n');
    const trusted = await createDraft(request('meeting', acme()), locations(true));
    assert.equal(trusted.template.origin, 'override');
    assert.equal(trusted.text, "Oggetto: Due parole\n\nCiao Mario Bianchi, sentiamoci l'8 dicembre 2026.\nGiulia Rossi\n");
    const untrusted = await createDraft(request('meeting', acme()), locations(false));
    assert.equal(untrusted.template.origin, 'built-in');
    assert.deepEqual(untrusted.problems, []);
  });

  it('reports a broken override at its line and column, and falls back to the built-in template', async () => {
    override('it', 'termination-email', 'Oggetto: Fine\n\nGentile {{recipient}},\nla collaborazione termina il {{date endDate}.\n');
    const draft = await createDraft(request('termination', acme()), locations(true));
    assert.equal(draft.template.origin, 'built-in');
    assert.equal(draft.problems.length, 1);
    const [problem] = draft.problems;
    assert.equal(problem.file, join(OVERRIDES_FOLDER, 'it', 'termination-email.hbs'));
    assert.equal(problem.line, 4);
    assert.equal(problem.column, 'la collaborazione termina il {{date endDate'.length + 1);
    assert.match(problem.message, /syntax error/);
    assert.match(draft.notes.map((n) => n.en).join('\n'), /built-in template was used/);
    assert.match(draft.notes.map((n) => n.it).join('\n'), /è stato usato quello integrato/);
    assert.ok(draft.body.includes('terminerà il 30 dicembre 2026'));
  });

  it('refuses an override that leads out of the workspace, saying why in English and Italian', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'clean-break-outside-'));
    try {
      writeFileSync(join(outside, 'meeting-request.hbs'), 'Oggetto: Fuori\n\nCiao.\n');
      mkdirSync(join(workspace, OVERRIDES_FOLDER, 'it'), { recursive: true });
      symlinkSync(join(outside, 'meeting-request.hbs'), join(workspace, OVERRIDES_FOLDER, 'it', 'meeting-request.hbs'));
      // Built-in templates are read as they are; files of the workspace only inside it, as the extension reads them.
      const inside = readingInside(workspace, readText);
      const draft = await createDraft(request('meeting', acme()), { ...locations(true), readText: (path) => (path.startsWith(workspace) ? inside(path) : readText(path)) });
      assert.equal(draft.template.origin, 'built-in');
      const [problem] = draft.problems;
      assert.match(problem.message, /meeting-request\.hbs is outside the workspace folder; Clean Break reads and writes only files inside it$/);
      assert.match(problem.messages?.it ?? '', /meeting-request\.hbs è fuori dalla cartella di lavoro; Clean Break legge e scrive solo i file al suo interno$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('locates a syntax error at once in a long override whose lines all look alike', async () => {
    // 8,000 lines where the snapshot Handlebars shows of the error fits every line: finding its line took 9 s while
    // each candidate place counted its lines from the top; now it takes milliseconds, inside mocha's 2-second timeout.
    const line = 'Gentile {{recipient}},\n';
    override('it', 'termination-email', `Oggetto: Fine\n\n${line.repeat(8_000)}Gentile {{recipient},\n`);
    const draft = await createDraft(request('termination', acme()), locations(true));
    assert.equal(draft.template.origin, 'built-in');
    assert.deepEqual([draft.problems[0].line, draft.problems[0].column], [8_003, 'Gentile {{recipient'.length + 1]);
    assert.match(draft.problems[0].message, /syntax error/);
  });

  it('words what a helper, a partial or a built-in property cannot do, at its place, in both languages', async () => {
    const problemOf = async (text: string) => {
      override('it', 'meeting-request', `Oggetto: Incontro\n\n${text}\n`);
      const draft = await createDraft(request('meeting', acme()), locations(true));
      assert.equal(draft.template.origin, 'built-in', text);
      const [problem] = draft.problems;
      return { at: [problem.line, problem.column], en: problem.messages?.en ?? '', it: problem.messages?.it ?? '' };
    };
    const unknownHelper = await problemOf('Ciao {{shout recipient}}');
    assert.deepEqual(unknownHelper.at, [3, 8]);
    assert.match(unknownHelper.en, /“shout” is neither a field nor a helper — the helpers are date, money, sentence$/);
    const bareDate = await problemOf('{{date}}');
    assert.match(bareDate.it, /\{\{date\}\} vuole un campo da formattare, come in \{\{date endDate\}\}$/);
    const impossible = await problemOf('Il {{date "2026-02-30"}}');
    assert.deepEqual(impossible.at, [3, 4]);
    assert.match(impossible.it, /richiede una data valida \(AAAA-MM-GG\), ma ha ricevuto “2026-02-30”$/);
    assert.match((await problemOf('{{money "abc"}}')).it, /\{\{money\}\} richiede un numero, ma ha ricevuto “abc”$/);
    assert.match((await problemOf('{{> firma}}')).it, /i partial \(\{\{> firma\}\}\) non sono disponibili nelle bozze/);
    const builtIn = await problemOf('{{client.constructor}}');
    assert.match(builtIn.en, /the field “client\.constructor” has no value/);
    assert.match((await problemOf('Ciao {{recipient}} {{missing ~}}')).en, /the field “missing” has no value/);
    assert.deepEqual((await problemOf('Ciao\n{{~> firma}}')).at, [4, 1]);
    // Words in comments and quotes are no fields.
    override('it', 'meeting-request', 'Oggetto: Incontro\n\n{{!-- never call toString here --}}{{sentence "the constructor of it"}}\n');
    const plain = await createDraft(request('meeting', acme()), locations(true));
    assert.equal(plain.template.origin, 'override', JSON.stringify(plain.problems));
    // A hostile override is checked in time proportional to it.
    const started = Date.now();
    await problemOf('{{ x'.repeat(40_000));
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('names a field the override needs but the client lacks, at its position', async () => {
    const noMeeting = acme({ decision: { decidedOn: '2026-11-20' } });
    override('it', 'meeting-request', 'Oggetto: Incontro\n\nGentile {{recipient}},\n  ci vediamo {{date meeting.on}}?\n');
    const draft = await createDraft(request('meeting', noMeeting), locations(true));
    assert.equal(draft.template.origin, 'built-in');
    assert.deepEqual([draft.problems[0].line, draft.problems[0].column], [4, 14]);
    assert.match(draft.problems[0].message, /“meeting\.on”/);

    override('it', 'referral-note', 'Oggetto: Collega\n\n{{referral.phone}}\n');
    const referral = await createDraft(request('referral', acme()), locations(true));
    assert.match(referral.problems[0].message, /“referral\.phone”/);
    assert.equal(referral.problems[0].line, 3);
  });

  it('requires the subject line on top of an override', async () => {
    override('it', 'meeting-request', 'Ciao {{recipient}}\n');
    const draft = await createDraft(request('meeting', acme()), locations(true));
    assert.equal(draft.template.origin, 'built-in');
    assert.match(draft.problems[0].message, /first line must be the subject/);
  });

  it('says what is wrong with an override in Italian too', async () => {
    const file = join(OVERRIDES_FOLDER, 'it', 'meeting-request.hbs');
    const italian = async (text: string) => {
      override('it', 'meeting-request', text);
      return (await createDraft(request('meeting', acme({ decision: { decidedOn: '2026-11-20' } })), locations(true))).problems[0].messages?.it;
    };
    assert.equal(
      await italian('Oggetto: Incontro\n\nci vediamo {{date meeting.on}}?\n'),
      `${file}: il campo “meeting.on” non ha un valore per questo cliente (indicalo in clients.yaml, o proteggilo con {{#if meeting.on}})`,
    );
    assert.equal(await italian('Oggetto: x\n\n{{date meeting.on}\n'), `${file}: errore di sintassi nel modello: un campo non è chiuso — terminalo con }}`);
    assert.equal(await italian('Oggetto: x\n\n{{#if meeting.on}}ci vediamo\n'), `${file}: errore di sintassi nel modello: il modello finisce dentro un blocco — chiudi ogni {{#…}} con il suo {{/…}}`);
    assert.equal(await italian('Oggetto: x\n\nCiao {{recipient\nA presto {{me.name}}\n'), `${file}: errore di sintassi nel modello: un campo non è chiuso — terminalo con }}`);
    assert.equal(await italian('Oggetto: x\n\nCiao {{'), `${file}: errore di sintassi nel modello: un campo non è chiuso — terminalo con }}`);
    assert.equal(
      await italian('Oggetto: x\n\n{{#if meeting.on}}{{#each deliverables}}x{{/if}}{{/each}}\n'),
      `${file}: errore di sintassi nel modello: {{/if}} chiude {{#each}} — chiudi i blocchi nell'ordine inverso a quello in cui li apri`,
    );
    assert.equal(await italian('Ciao {{recipient}}\n'), `${file}: la prima riga deve essere l'oggetto, ad es. “Oggetto: …” o “Subject: …”`);
  });

  it('keeps prototypes out of reach of an override', async () => {
    override('it', 'meeting-request', 'Oggetto: x\n\n{{recipient.constructor.name}}{{lookup recipient "constructor"}}\n');
    const draft = await createDraft(request('meeting', acme()), locations(true));
    assert.ok(!draft.text.includes('String'));
    assert.ok(!draft.text.includes('function'));
  });
});
