import * as assert from 'node:assert/strict';
import { generateClientsYaml } from '../../../bench/clientsFixture';
import { loadClients, MAX_FILE_CHARS, MAX_PROBLEMS } from '../../../src/core/clients/loader';
import { MAX_NESTING } from '../../../src/core/clients/nesting';
import type { Problem } from '../../../src/core/problem';
import { SAMPLE, withChange } from './sample';

const load = (text: string, exists?: (path: string) => boolean) => loadClients(text, { file: 'clients.yaml', exists });

/** The one problem the text has, as `line:column severity code`, plus its message for the checks on wording. */
function only(text: string, exists?: (path: string) => boolean): Problem {
  const { problems } = load(text, exists);
  assert.equal(problems.length, 1, `expected one problem, got:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return problems[0];
}

function position(p: Problem): string {
  return `${p.line}:${p.column} ${p.severity}`;
}

describe('loadClients', () => {
  describe('a valid file', () => {
    it('reads every client with typed values and no problems', () => {
      const { data, problems } = load(SAMPLE, () => true);
      assert.deepEqual(problems, []);
      assert.deepEqual(data.clients.map((c) => c.id), ['acme', 'beta']);
      const acme = data.clients[0];
      assert.equal(acme.since, '2024-03-01');
      assert.equal(acme.invoices[0].number, '2026-014');
      assert.equal(acme.invoices[0].amount, 1200);
      assert.equal(acme.incidents[0].hours, 1.5);
      assert.deepEqual(acme.decision?.meeting, { on: '2026-11-28', mode: 'call' });
      assert.equal(data.me?.name, 'Giulia Rossi');
    });

    it('fills in the documented defaults and empty lists', () => {
      const { data } = load('version: 1\nclients:\n  - id: solo\n    name: Solo\n');
      assert.deepEqual(data.defaults, { noticeDays: 30, coolingOffDays: 3 });
      assert.deepEqual(data.clients[0].invoices, []);
      assert.deepEqual(data.clients[0].deliverables, []);
    });

    it('reads an unquoted invoice number as text', () => {
      const { data, problems } = load(withChange('number: "2026-014"', 'number: 14'), () => true);
      assert.deepEqual(problems, []);
      assert.equal(data.clients[0].invoices[0].number, '14');
    });

    it('gives the same data whether or not the YAML uses features outside the plain block style', () => {
      const anchored = withChange('status: prospect', 'status: &s prospect\n    contact: { name: "a, b" }');
      const { data, problems } = load(anchored, () => true);
      assert.deepEqual(problems, []);
      assert.equal(data.clients[1].status, 'prospect');
      assert.equal(data.clients[1].contact?.name, 'a, b');
    });
  });

  describe('inputs that are not a clients file', () => {
    it('an empty file', () => {
      const p = only('');
      assert.equal(position(p), '1:1 error');
      assert.match(p.message, /the file is empty — expected at least "version: 1"/);
    });

    it('a file of comments only counts as empty', () => {
      assert.equal(only('# nothing yet\n\n').code, 'clients/empty');
    });

    it('text that is not YAML', () => {
      const problems = load('version: 1\nclients: [a, b\n  foo: }\n').problems;
      assert.ok(problems.length > 0);
      assert.ok(problems.every((p) => p.severity === 'error' && p.message.startsWith('not valid YAML: ')));
      assert.deepEqual([problems[0].line, problems[0].column], [2, 14]);
    });

    it('a list at the top level', () => {
      const p = only('- id: acme\n  name: ACME\n');
      assert.equal(position(p), '1:1 error');
      assert.match(p.message, /the top level is a list — expected a mapping with version:/);
    });

    it('a single value at the top level', () => {
      assert.match(only('just some words\n').message, /the top level is a single value/);
    });

    it('tabs used for indentation', () => {
      const text = 'version: 1\nclients:\n\t- id: acme\n';
      const p = load(text).problems[0];
      assert.equal(position(p), '3:1 error');
      assert.match(p.message, /tab is used for indentation — .*replace the tab with spaces/);
    });

    it('binary junk', () => {
      const p = only('version: 1\nclients:\n  - id: a\u0000\u0001\u00ff\n');
      assert.equal(position(p), '3:10 error');
      assert.match(p.message, /not a text file: it contains the control character U\+0000/);
    });

    it('bytes that were not UTF-8 (decoded as U+FFFD)', () => {
      const latin1 = only('version: 1\n\uFFFD\uFFFD\n');
      assert.equal(latin1.code, 'clients/not-text');
      assert.match(latin1.message, /not UTF-8 text: .* save clients\.yaml as UTF-8/);
    });

    it('a "billion laughs" document: alias expansion is bounded and the first alias is pointed at', () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const name = String.fromCharCode(97 + i);
        const previous = String.fromCharCode(96 + i);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      const started = Date.now();
      const p = only(`${levels.join('\n')}\n`);
      assert.ok(Date.now() - started < 5000, 'took too long');
      assert.equal(position(p), '2:8 error');
      assert.match(p.message, /too many alias expansions/);
    });

    it('a second YAML document is pointed at, not silently dropped with its clients; one document between markers is fine', () => {
      const p = only('version: 1\nclients:\n  - id: a\n    name: A\n---\nversion: 1\nclients:\n  - id: b\n    name: B\n');
      assert.equal(position(p), '5:1 error');
      assert.match(p.message, /a second YAML document starts here/);
      const marked = loadClients('---\nversion: 1\nclients:\n  - id: a\n    name: A\n...\n', { file: 'clients.yaml' });
      assert.deepEqual(marked.problems, []);
      assert.deepEqual(marked.data.clients.map((c) => c.id), ['a']);
    });

    it('a date aliased by hundreds of invoices is ordinary reuse, not an attack', () => {
      const invoices = Array.from({ length: 500 }, (_, i) => `      - { number: "${i}", amount: 1, issued: ${i === 0 ? '&d 2026-01-05' : '*d'} }`).join('\n');
      const { data, problems } = load(`version: 1\nclients:\n  - id: a\n    name: A\n    invoices:\n${invoices}\n`);
      assert.deepEqual(problems, []);
      assert.equal(data.clients[0].invoices[499].issued, '2026-01-05');
    });

    it('a file over the size limit is refused with its size', () => {
      const p = only(`version: 1\n#${'x'.repeat(MAX_FILE_CHARS)}\n`);
      assert.equal(position(p), '1:1 error');
      assert.match(p.message, /too large \(16\.0 MB; the limit is 16 MB\)/);
    });

    it('YAML nested far too deep is an error at the place it gets too deep, not a stack overflow', () => {
      // About 850 nested flow lists (1.7 KB) overflowed the yaml package's stack; 6,000 list dashes on one line too.
      const flow = only(`version: 1\nclients: ${'['.repeat(850)}${']'.repeat(850)}\n`);
      assert.equal(position(flow), `2:${'clients: '.length + MAX_NESTING - 1} error`);
      assert.match(flow.message, /nested more than 100 levels deep here/);
      const dashes = only(`version: 1\nclients: ${'- '.repeat(6000)}x\n`);
      assert.equal(position(dashes), `2:${'clients: '.length + 2 * MAX_NESTING + 1} error`);
      const quoted = load(`version: 1\nclients: []\nme: { name: "${'['.repeat(5000)}" }\n`);
      assert.ok(!quoted.problems.some((p) => /nested/.test(p.message)), 'brackets in quotes are not nesting');
    });

    it('a 5 MB file loads in bounded time, and a mistake at its end is found at its line', function () {
      this.timeout(60_000);
      const perClient = generateClientsYaml(2).length - generateClientsYaml(1).length;
      const clients = Math.ceil((5 * 1024 * 1024) / perClient);
      const text = generateClientsYaml(clients);
      assert.ok(text.length >= 5 * 1024 * 1024);
      const clean = load(text);
      assert.deepEqual(clean.problems, []);
      assert.equal(clean.data.clients.length, clients);

      const lines = text.trimEnd().split('\n');
      const broken = `${text}  - id: last\n    name: Last\n    status: actve\n`;
      const p = only(broken);
      assert.equal(position(p), `${lines.length + 3}:13 error`);
      assert.equal(load(broken).data.clients.length, clients);
    });
  });

  describe('version', () => {
    it('version: 2 is refused with a message to update', () => {
      const p = only(withChange('version: 1', 'version: 2'));
      assert.equal(position(p), '1:10 error');
      assert.equal(p.message, 'version: 2 — this file is format version 2, but this Clean Break reads version 1; update Clean Break');
    });

    it('a missing version asks for it', () => {
      const p = only(withChange('version: 1\n', ''), () => true);
      assert.equal(p.code, 'clients/version');
      assert.match(p.message, /missing "version: 1"/);
    });
  });

  describe('each problem at the position of the offending value', () => {
    const cases: { name: string; from: string; to: string; at: string; message: RegExp }[] = [
      { name: 'a status outside the list', from: 'status: active', to: 'status: actve', at: '12:13 error', message: /^status: actve — expected one of prospect, active, winding-down, ended; did you mean "active"\?$/ },
      { name: 'a date that does not exist', from: 'due: 2026-12-15', to: 'due: 2026-02-30', at: '18:14 error', message: /^due: 2026-02-30 — expected a real calendar date written YYYY-MM-DD/ },
      { name: 'a date that is not a date', from: 'since: 2024-03-01', to: 'since: last spring', at: '13:12 error', message: /^since: last spring — expected a real calendar date/ },
      { name: 'a negative amount', from: 'amount: 1200', to: 'amount: -1200', at: '23:17 error', message: /^amount: -1200 — expected an amount of 0 or more$/ },
      { name: 'an amount that is not a number', from: 'amount: 1200', to: 'amount: lots', at: '23:17 error', message: /^amount: lots — expected a number/ },
      { name: 'an incident kind outside the list', from: 'kind: after-hours', to: 'kind: afterhours', at: '28:15 error', message: /^kind: afterhours — expected one of after-hours, vague-feedback, late-payment, scope-creep, disrespect, other; did you mean "after-hours"\?$/ },
      { name: 'an id that breaks the pattern', from: 'id: acme ', to: 'id: ACME ', at: '10:9 error', message: /^id: ACME — expected lowercase letters, digits and hyphens only/ },
      { name: 'a number where text is expected', from: 'id: beta', to: 'id: 2024', at: '35:9 error', message: /^id: 2024 — expected text; put it in quotes: "2024"$/ },
      { name: 'yes where true or false is expected', from: 'paid: true', to: 'paid: yes', at: '20:15 error', message: /^paid: yes — expected true or false$/ },
      { name: 'a meeting mode outside the list, inside a one-line mapping', from: 'mode: call', to: 'mode: phone', at: '34:40 error', message: /^mode: phone — expected one of call, video, in-person$/ },
      { name: 'an endAfter that is not a known form', from: 'endAfter: deliverable:Website redesign', to: 'endAfter: whenever', at: '33:17 error', message: /^endAfter: whenever — expected notice, deliverable:<title> or a date YYYY-MM-DD$/ },
      { name: 'an endAfter date that does not exist', from: 'endAfter: deliverable:Website redesign', to: 'endAfter: 2026-02-30', at: '33:17 error', message: /^endAfter: 2026-02-30 — expected a real calendar date/ },
      { name: 'a deliverable named in endAfter that does not exist', from: 'endAfter: deliverable:Website redesign', to: 'endAfter: deliverable:Website redesing', at: '33:17 error', message: /^endAfter: deliverable:Website redesing — no deliverable of this client is titled "Website redesing"; expected one of: "Website redesign"; did you mean "deliverable:Website redesign"\?$/ },
      { name: 'a list where a mapping is expected (pointed at its key)', from: '{ on: 2026-11-28, mode: call }', to: '[2026-11-28, call]', at: '34:7 error', message: /^meeting — expected a mapping/ },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const p = only(withChange(c.from, c.to), () => true);
        assert.equal(position(p), c.at);
        assert.match(p.message, c.message);
        assert.equal(p.file, 'clients.yaml');
      });
    }

    it('places every problem the same whether the fast reader or the yaml Document read the file', () => {
      // A tab in a trailing comment is fine YAML but outside the fast reader's subset, so yaml reads this copy.
      const viaDocument = (text: string) => load(`${text}#\tthe end\n`, () => true).problems;
      for (const c of cases) {
        const text = withChange(c.from, c.to);
        assert.deepEqual(viaDocument(text), load(text, () => true).problems, c.name);
      }
      const missingName = withChange('    name: Beta Ltd\n', '');
      assert.deepEqual(viaDocument(missingName), load(missingName, () => true).problems);
      const unknownKey = withChange('    hours: 140', '    hour: 140');
      assert.deepEqual(viaDocument(unknownKey), load(unknownKey, () => true).problems);
    });

    it('underlines exactly the value written', () => {
      const p = only(withChange('status: active', 'status: actve'), () => true);
      assert.deepEqual([p.line, p.column, p.endLine, p.endColumn], [12, 13, 12, 18]);
    });

    it('a duplicate id, at the second client', () => {
      const p = only(withChange('id: beta', 'id: acme'), () => true);
      assert.equal(position(p), '35:9 error');
      assert.equal(p.message, 'id: acme — already the id of client 1 in the list (ACME S.p.A.); give each client its own id');
    });

    it('a duplicate id keeps the first client and leaves out the second', () => {
      const { data } = load(withChange('id: beta', 'id: acme'), () => true);
      assert.deepEqual(data.clients.map((c) => c.name), ['ACME S.p.A.']);
    });

    it('a contract that does not exist, checked relative to clients.yaml', () => {
      const asked: string[] = [];
      const p = only(SAMPLE, (path) => {
        asked.push(path);
        return false;
      });
      assert.deepEqual(asked, ['contracts/acme.md']);
      assert.equal(position(p), '14:15 error');
      assert.match(p.message, /^contract: contracts\/acme\.md — no such file/);
    });

    it('a contract that is not .md, .txt, .pdf or .docx', () => {
      const p = only(withChange('contracts/acme.md', 'contracts/acme.xlsx'), () => true);
      assert.equal(position(p), '14:15 error');
      assert.match(p.message, /expected a \.md, \.txt, \.pdf, \.docx or \.eml file, or a folder ending in \//);
    });

    it('a missing required key points at the mapping that lacks it', () => {
      const p = only(withChange('    name: Beta Ltd\n', ''), () => true);
      assert.equal(position(p), '35:5 error');
      assert.equal(p.message, `missing required key "name": The client's name.`);
    });

    it('a duplicate key in one mapping', () => {
      const p = only(withChange('    hours: 140\n', '    hours: 140\n    hours: 150\n'), () => true);
      assert.equal(position(p), '16:5 error');
      assert.match(p.message, /this key appears twice/);
    });

    it('a referral with neither a name nor a kind', () => {
      const p = only(withChange('mode: call }', 'mode: call }\n      referral: { why: "good" }'), () => true);
      assert.equal(position(p), '35:7 error');
      assert.match(p.message, /^referral — expected a colleague \(name:\) or a kind of provider \(kind:\)/);
    });
  });

  describe("a deliverable's invoice", () => {
    const linked = (number: string, paid = '        paid: true\n') =>
      withChange(`        status: in-progress\n        paid: true\n`, `        status: in-progress\n${paid}        invoice: ${number}\n`);

    it('names one of the client\'s invoices, quoted or not', () => {
      const { data, problems } = load(linked('"2026-014"', ''), () => true);
      assert.deepEqual(problems, []);
      assert.equal(data.clients[0].deliverables[0].invoice, '2026-014');
      assert.deepEqual(load(withChange('number: "2026-014"', 'number: 14', linked('14', '')), () => true).problems, []);
    });

    it('an invoice the client does not have is an error at the number, with the nearest one', () => {
      const p = only(linked('"2026-041"', ''), () => true);
      assert.equal(`${position(p)} ${p.code}`, '20:18 error clients/invoice-missing');
      assert.match(p.message, /no invoice of this client is numbered "2026-041"; expected one of: "2026-014"; did you mean "2026-014"\?/);
    });

    it('without paid, the deliverable is paid once its invoice has paidOn', () => {
      const unpaid = load(linked('"2026-014"', ''), () => true);
      assert.deepEqual(unpaid.problems, []);
      assert.equal(unpaid.data.clients[0].deliverables[0].paid, false);
      const paid = load(withChange('due: 2026-10-31', 'due: 2026-10-31\n        paidOn: 2026-11-15', linked('"2026-014"', '')), () => true);
      assert.equal(paid.data.clients[0].deliverables[0].paid, true);
    });

    it('a paid that disagrees with the invoice is a warning at paid, and paid as written stands', () => {
      const p = only(linked('"2026-014"'), () => true);
      assert.equal(`${position(p)} ${p.code}`, '20:15 warning clients/paid-disagrees');
      assert.match(p.message, /says paid, but invoice "2026-014" has no paidOn/);
      assert.equal(load(linked('"2026-014"'), () => true).data.clients[0].deliverables[0].paid, true);
    });
  });

  describe('values a client repeats, and names two clients share', () => {
    it('warns at an invoice number or a deliverable title written twice in one client, naming the first', () => {
      const twice = withChange(
        '    incidents:\n',
        '      - number: "2026-014"\n        amount: 10\n        issued: 2026-10-02\n    incidents:\n',
        withChange('        paid: true\n', '        paid: true\n      - title: Website redesign\n'),
      );
      const { problems } = load(twice, () => true);
      assert.deepEqual(problems.map((p) => `${position(p)} ${p.code}`), ['21:16 warning clients/repeated', '27:17 warning clients/repeated']);
      assert.match(problems[0].message, /the deliverable "Website redesign" is listed twice \(also as deliverable 1\)/);
      assert.match(problems[1].messages?.it ?? '', /la fattura "2026-014" compare due volte \(anche come fattura 1\)/);
    });

    it('warns at an alias that already names another client, however it is spelt', () => {
      const { problems } = load(withChange('    name: Beta Ltd\n', '    name: Beta Ltd\n    aliases: [Gamma, "acme s.p.a"]\n'), () => true);
      assert.deepEqual(problems.map((p) => `${position(p)} ${p.code}`), ['37:22 warning clients/alias-taken']);
      assert.match(problems[0].message, /"acme s\.p\.a" already names client acme/);
    });
  });

  describe('unknown keys', () => {
    it('are warnings at the key, with a suggestion, and the client is still read', () => {
      const { data, problems } = load(withChange('    hours: 140', '    hour: 140'), () => true);
      assert.equal(problems.length, 1);
      assert.equal(position(problems[0]), '15:5 warning');
      assert.match(problems[0].message, /^unknown key "hour" — did you mean "hours"\? It is ignored; expected one of id, name,/);
      const far = load(withChange('    hours: 140\n', '    zzz: 140\n'), () => true).problems;
      assert.match(far[0].message, /^unknown key "zzz" — it is ignored; expected one of id, name,/);
      assert.deepEqual(data.clients.map((c) => c.id), ['acme', 'beta']);
    });

    it('at the top level too', () => {
      const { problems } = load(`${SAMPLE}settings: {}\n`, () => true);
      assert.equal(position(problems[0]), '38:1 warning');
    });
  });

  describe('partial results', () => {
    it('one broken client never hides the others', () => {
      const { data, problems } = load(withChange('status: active', 'status: actve'), () => true);
      assert.equal(problems.length, 1);
      assert.deepEqual(data.clients.map((c) => c.id), ['beta']);
      assert.equal(data.me?.name, 'Giulia Rossi');
    });

    it('broken defaults fall back to the built-in ones and the clients are still read', () => {
      const { data, problems } = load(withChange('noticeDays: 30', 'noticeDays: thirty'), () => true);
      assert.equal(position(problems[0]), '6:15 error');
      assert.equal(data.defaults.noticeDays, 30);
      assert.equal(data.clients.length, 2);
    });

    it('reports every problem of every client, in file order', () => {
      const text = withChange('status: prospect', 'status: gone', withChange('amount: 1200', 'amount: -1'));
      const { problems } = load(text, () => true);
      assert.deepEqual(problems.map((p) => `${p.line}:${p.column}`), ['23:17', '37:13']);
    });

    it('checks a client the schema rejected for links and duplicates too, so one pass shows everything', () => {
      const text = withChange('status: active', 'status: actve', withChange('deliverable:Website redesign', 'deliverable:Logo'));
      const { problems } = load(text, (path) => path !== 'contracts/acme.md');
      assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.code}`), ['12:13 clients/invalid-value', '14:15 clients/contract-missing', '33:17 clients/deliverable-missing']);
    });

    it('caps the list of problems and says how many more there are', () => {
      const bad = Array.from({ length: MAX_PROBLEMS + 50 }, (_, i) => `  - id: c${i}\n    name: C\n    status: nope\n`).join('');
      const { problems } = load(`version: 1\nclients:\n${bad}`);
      assert.equal(problems.length, MAX_PROBLEMS + 1);
      assert.equal(problems[MAX_PROBLEMS].message, '50 more problems not shown');
    });
  });
});
