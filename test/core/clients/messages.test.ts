// The problems of clients.yaml in Italian: the same problems, at the same places, worded for an Italian reader.
import * as assert from 'node:assert/strict';
import { loadClients, tooLargeClients } from '../../../src/core/clients/loader';
import { CLIENTS_MESSAGES } from '../../../src/core/clients/messages';
import { MAX_NESTING } from '../../../src/core/clients/nesting';
import { formatProblem, type Problem } from '../../../src/core/problem';
import { assertInformal, textsOf } from '../italianRegister';
import { SAMPLE, withChange } from './sample';

const load = (text: string, exists?: (path: string) => boolean) => loadClients(text, { file: 'clients.yaml', exists });

/** The one problem of the text, checked to carry its English as `message` too. */
function only(text: string, exists?: (path: string) => boolean): Problem {
  const { problems } = load(text, exists);
  assert.equal(problems.length, 1, `expected one problem, got:\n${problems.map((p) => p.message).join('\n')}`);
  assert.equal(problems[0].messages?.en, problems[0].message);
  return problems[0];
}

const italian = (p: Problem) => `${p.line}:${p.column} ${p.severity} ${p.messages?.it}`;

/** A deliverable of acme billed by invoice `number`, with `paid` as given. */
const billed = (number: string, paid = '        paid: true\n') =>
  withChange(`        status: in-progress\n        paid: true\n`, `        status: in-progress\n${paid}        invoice: ${number}\n`);

describe('clients.yaml problems in Italian', () => {
  const cases: { name: string; text: string; exists?: () => boolean; expected: string }[] = [
    {
      name: 'a status outside the list, with the nearest one',
      text: withChange('status: active', 'status: actve'),
      expected: '12:13 error status: actve — serve uno tra prospect, active, winding-down, ended; forse intendevi "active"?',
    },
    {
      name: 'a date that does not exist',
      text: withChange('due: 2026-12-15', 'due: 2026-02-30'),
      expected: '18:14 error due: 2026-02-30 — serve una data vera del calendario scritta YYYY-MM-DD, ad es. 2026-11-20',
    },
    {
      name: 'a negative amount',
      text: withChange('amount: 1200', 'amount: -1200'),
      expected: '23:17 error amount: -1200 — serve un importo di 0 o più',
    },
    {
      name: 'a number where text is expected',
      text: withChange('id: beta', 'id: 2024'),
      expected: '35:9 error id: 2024 — serve del testo; mettilo tra virgolette: "2024"',
    },
    {
      name: 'an unknown key, with the nearest one',
      text: withChange('    hours: 140', '    hour: 140'),
      exists: () => true,
      expected:
        '15:5 warning chiave sconosciuta "hour" — forse intendevi "hours"? Viene ignorata; le chiavi possibili sono ' +
        'id, name, aliases, contact, language, currency, status, since, contract, retainer, hours, importedTimeEntries, deliverables, invoices, incidents, decision',
    },
    {
      name: 'a missing required key, with its description',
      text: withChange('    name: Beta Ltd\n', ''),
      expected: '35:5 error manca la chiave obbligatoria "name": Il nome del cliente.',
    },
    {
      name: 'a duplicate id',
      text: withChange('id: beta', 'id: acme'),
      expected: "35:9 error id: acme — è già l'id del cliente 1 dell'elenco (ACME S.p.A.); dai a ogni cliente un id diverso",
    },
    {
      name: 'a contract that does not exist',
      text: SAMPLE,
      exists: () => false,
      expected:
        '14:15 error contract: contracts/acme.md — file inesistente; serve il percorso del contratto o degli appunti sul contratto, relativo a clients.yaml',
    },
    {
      name: 'a deliverable named in endAfter that does not exist',
      text: withChange('endAfter: deliverable:Website redesign', 'endAfter: deliverable:Website redesing'),
      expected:
        '33:17 error endAfter: deliverable:Website redesing — nessuna consegna di questo cliente si intitola "Website redesing"; ' +
        'serve una tra: "Website redesign"; forse intendevi "deliverable:Website redesign"?',
    },
    {
      name: 'an invoice the client does not have',
      text: billed('"2026-041"', ''),
      exists: () => true,
      expected: '20:18 error invoice: "2026-041" — nessuna fattura di questo cliente ha il numero "2026-041"; serve una tra: "2026-014"; forse intendevi "2026-014"?',
    },
    {
      name: 'a paid that disagrees with its invoice',
      text: billed('"2026-014"'),
      exists: () => true,
      expected: '20:15 warning paid: true — dice pagata, ma la fattura "2026-014" non ha paidOn; aggiungi paidOn alla fattura, o scrivi paid: false',
    },
    {
      name: 'a list at the top level',
      text: '- id: acme\n  name: ACME\n',
      expected: '1:1 error il livello più esterno è un elenco — serve una mappa con version:, me:, defaults: e clients:',
    },
    {
      name: 'a file nested too deep',
      text: `version: 1\nclients: ${'['.repeat(850)}${']'.repeat(850)}\n`,
      expected: `2:${'clients: '.length + MAX_NESTING - 1} error annidato a più di 100 livelli qui — a clients.yaml ne bastano pochi; appiattisci elenchi e mappe`,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(italian(only(c.text, c.exists)), c.expected);
    });
  }

  it('text that is not YAML: the parser\'s error in Italian, at the same place as in English', () => {
    const { problems } = load('version: 1\nclients: [a, b\n  foo: }\n');
    assert.ok(problems.length > 0);
    for (const p of problems) {
      assert.match(p.message, /^not valid YAML: /);
      assert.match(p.messages?.it ?? '', /^YAML non valido: /);
      // No English words of the parser's left in the Italian.
      assert.doesNotMatch(p.messages?.it ?? '', /\b(?:must|sequence|map|token|unexpected|missing|the)\b/i, p.messages?.it);
    }
    const italianOf = (text: string): string[] => load(text).problems.map((p) => p.messages?.it ?? '');
    assert.ok(italianOf('version: 1\nclients:\n  - id: "acme\n').includes('YAML non valido: manca la virgoletta di chiusura'), italianOf('version: 1\nclients:\n  - id: "acme\n').join('\n'));
    assert.ok(italianOf('version: 1\nclients: a: b\n').some((m) => m.startsWith('YAML non valido: due mappe sulla stessa riga')));
    assert.ok(italianOf('version: 1\nnote: %15 sconto\n').includes('YAML non valido: un valore non può iniziare con % — mettilo tra virgolette'), italianOf('version: 1\nnote: %15 sconto\n').join('\n'));
  });

  it('a key written twice, and a file over the size limit', () => {
    const twice = load(withChange('    status: prospect', '    status: prospect\n    status: active'), () => true).problems;
    assert.equal(twice[0].messages?.it, 'questa chiave compare due volte nella stessa mappa — tienine una sola');
    assert.equal(
      tooLargeClients('clients.yaml', 20 * 1024 * 1024).problems[0].messages?.it,
      'il file è troppo grande (20,0 MB; il limite è 16 MB) — è davvero clients.yaml?',
    );
  });

  it('too many problems: the summary line too', () => {
    const broken = Array.from({ length: 210 }, (_, i) => `  - id: c${i}\n    name: C\n    status: bad\n`).join('');
    const { problems } = load(`version: 1\nclients:\n${broken}`);
    assert.equal(problems[problems.length - 1].messages?.it, 'altri 10 problemi non mostrati');
  });

  it('the command line\'s line keeps the position and the severity word, with the message in the language asked for', () => {
    const p = only(withChange('status: active', 'status: actve'));
    assert.equal(formatProblem(p), 'clients.yaml:12:13: error: status: actve — expected one of prospect, active, winding-down, ended; did you mean "active"?');
    assert.match(formatProblem(p, 'it'), /^clients\.yaml:12:13: error: status: actve — serve uno tra /);
  });

  it('every Italian text speaks to the user as "tu", and every schema expectation has its Italian', () => {
    assertInformal(textsOf(CLIENTS_MESSAGES.it));
    const expectations = Object.entries(CLIENTS_MESSAGES.it.expected);
    assert.equal(expectations.length, Object.keys(CLIENTS_MESSAGES.en.expected).length);
    for (const [key, text] of expectations) assert.notEqual(text, CLIENTS_MESSAGES.en.expected[key as keyof typeof CLIENTS_MESSAGES.en.expected], key);
  });
});
