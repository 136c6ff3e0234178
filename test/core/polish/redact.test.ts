import * as assert from 'node:assert/strict';
import { extractFacts, type KnownFacts } from '../../../src/core/polish/facts';
import { isLoopbackUrl, redact, restore, restorePartial, shouldRedact } from '../../../src/core/polish/redact';
import { KEPT, LEAKY_CLIENT, LEAKY_DRAFT, leaks } from '../../support/personalData';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT } from '../../support/polishDrafts';
import { sampleDraft } from '../../support/sampleDrafts';

const TEXT = 'Dear Laura Bianchi,\nplease pay €1,200.00 to Marco Rossi (marco@example.com, +39 333 123 4567). Laura Bianchi knows.';
const NAMES = { names: ['Laura Bianchi', 'Marco Rossi'] };

describe('redact and restore', () => {
  it('replaces names, email addresses, phone numbers and amounts, and puts them back exactly', () => {
    const redaction = redact(TEXT, extractFacts(TEXT, NAMES));
    assert.equal(
      redaction.text,
      'Dear [[NAME_1]],\nplease pay [[AMOUNT_1]] to [[NAME_2]] ([[EMAIL_1]], [[PHONE_1]]). [[NAME_1]] knows.',
    );
    assert.deepEqual(restore(redaction.text, redaction), { ok: true, text: TEXT });
  });

  it('leaves dates and periods in place: the model needs them, and they say nothing about who', () => {
    const redaction = redact(ENGLISH_DRAFT, extractFacts(ENGLISH_DRAFT, ENGLISH_CONTEXT));
    assert.ok(redaction.text.includes('15 January 2027'));
    assert.deepEqual(
      redaction.placeholders.map((p) => [p.placeholder, p.original]),
      [
        ['[[NAME_1]]', 'Laura Bianchi'],
        ['[[AMOUNT_1]]', '€1,200.00'],
        ['[[NAME_2]]', 'Marco Rossi'],
        ['[[NAME_3]]', 'Rossi Web Studio'],
      ],
    );
  });

  it('refuses a reply that lost, repeated, altered or made up a placeholder, saying which', () => {
    const redaction = redact(TEXT, extractFacts(TEXT, NAMES));
    const cases: [string, string][] = [
      [redaction.text.replace('[[EMAIL_1]]', 'the address'), 'a placeholder [[EMAIL_1]] was lost'],
      [redaction.text.replace('[[NAME_2]]', '[[NAME_2]] and [[NAME_2]]'), 'the placeholder [[NAME_2]] appears 2 times; the draft has it once'],
      [redaction.text.replace('[[PHONE_1]]', '[PHONE_1]'), 'a placeholder was altered: [PHONE_1]'],
      [redaction.text.replace('[[NAME_2]]', '[[name_2]]'), 'a placeholder was altered: [[name_2]]'],
      [`${redaction.text} [[NAME_3]]`, 'the polished text has a placeholder [[NAME_3]] that the draft does not have'],
    ];
    for (const [reply, reason] of cases) {
      const restored = restore(reply, redaction);
      assert.equal(restored.ok, false, reply);
      if (!restored.ok) assert.equal(restored.reason.messages.en, reason);
    }
  });

  it('holds back a placeholder cut off at the end of a streaming reply', () => {
    const redaction = redact(TEXT, extractFacts(TEXT, NAMES));
    assert.equal(restorePartial('Dear [[NAME_1]], pay [[AMO', redaction), 'Dear Laura Bianchi, pay ');
    assert.equal(restorePartial('Dear [[NAME_1]', redaction), 'Dear ');
    assert.equal(restorePartial('Dear [[NAME_1]]', redaction), 'Dear Laura Bianchi');
  });
});

describe('shouldRedact', () => {
  it('redacts by default for any endpoint that is not on loopback', () => {
    for (const url of ['https://api.openai.com/v1', 'http://192.168.1.20:11434/v1', 'http://10.0.0.5:1234/v1', 'http://127.example.com/v1']) {
      assert.equal(shouldRedact('auto', url), true, url);
    }
  });

  it('does not by default for loopback written literally: 127.0.0.0/8, ::1 and localhost', () => {
    for (const url of ['http://127.0.0.1:11434/v1', 'http://127.1.2.3/v1', 'http://[::1]:1234/v1', 'http://localhost:1234/v1', 'http://LOCALHOST/v1', 'http://[::ffff:127.0.0.1]/v1']) {
      assert.equal(isLoopbackUrl(url), true, url);
      assert.equal(shouldRedact('auto', url), false, url);
    }
  });

  it('counts names under .localhost, which a resolver may send anywhere, as leaving the machine', () => {
    for (const url of ['http://api.localhost:11434/v1', 'http://evil.localhost/v1', 'http://localhost.example.com/v1', 'http://0.0.0.0:1234/v1']) {
      assert.equal(isLoopbackUrl(url), false, url);
      assert.equal(shouldRedact('auto', url), true, url);
    }
  });

  it('redacts by default for a model reached without a URL (VS Code\'s language models)', () => {
    assert.equal(shouldRedact('auto', undefined), true);
    assert.equal(shouldRedact('off', undefined), false);
  });

  it('follows an explicit choice either way', () => {
    assert.equal(shouldRedact('on', 'http://localhost:1234/v1'), true);
    assert.equal(shouldRedact('off', 'https://api.openai.com/v1'), false);
  });
});

describe('redaction coverage (issue 13)', () => {
  let known: KnownFacts;
  before(async () => {
    ({ known } = await sampleDraft(LEAKY_CLIENT, 'termination', '2026-11-30'));
  });

  it('replaces names with titles, at line starts, in the subject and the signature, alone and in capitals, and every identifier', () => {
    const redaction = redact(LEAKY_DRAFT, extractFacts(LEAKY_DRAFT, known));
    assert.deepEqual(leaks(redaction.text), [], redaction.text);
    for (const date of KEPT) assert.ok(redaction.text.includes(date), `${date} was redacted`);
    assert.deepEqual(restore(redaction.text, redaction), { ok: true, text: LEAKY_DRAFT });
  });

  it('replaces every name of clients.yaml, in any case, with or without a title', () => {
    const names = [...(known.names ?? [])];
    assert.ok(['ACME S.p.A.', 'Mario Bianchi', 'Giulia Rossi', 'Rossi Studio', 'Sarah Okafor', 'Northwind Analytics Ltd'].every((n) => names.includes(n)), names.join(', '));
    for (const name of names) {
      for (const written of [name, name.toUpperCase(), name.toLowerCase(), `Sig. ${name}`, `Mr. ${name.toUpperCase()}`]) {
        const text = `Subject: About ${written}\n\n${written} wrote to us.\nDear ${written},\nthank you, ${written}.\n\nRegards,\n${written}\n`;
        const redaction = redact(text, extractFacts(text, known));
        assert.ok(!redaction.text.toLowerCase().includes(name.toLowerCase()), `${written}: ${redaction.text}`);
        assert.deepEqual(restore(redaction.text, redaction), { ok: true, text });
      }
    }
  });
});
