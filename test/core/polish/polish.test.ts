import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/engine';
import type { LintFunction } from '../../../src/core/polish/guard';
import { createOpenAiProvider } from '../../../src/core/polish/openaiProvider';
import { polishDraft, type PolishResult } from '../../../src/core/polish/polish';
import { ChatServer } from '../../support/chatServer';
import { POLISH_CASES, type PolishCase } from '../../support/polishCases';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT, GOOD_POLISH, NAMES, politeRewording } from '../../support/polishDrafts';

const lint: LintFunction = (text, language) => lintText(text, { language, kind: 'termination' });

describe('polishDraft over HTTP', function () {
  this.timeout(8000);
  let server: ChatServer;

  beforeEach(async () => {
    server = await ChatServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  async function run(c: Pick<PolishCase, 'redact' | 'timeoutSeconds' | 'cancel'>, onDelta?: (text: string) => void): Promise<PolishResult> {
    const cancel = new AbortController();
    return polishDraft({
      draft: ENGLISH_DRAFT,
      language: 'en',
      kind: 'termination',
      known: ENGLISH_CONTEXT,
      provider: createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test', timeoutSeconds: c.timeoutSeconds ?? 5 }),
      redact: c.redact ?? false,
      lint,
      signal: cancel.signal,
      onDelta: (text) => {
        onDelta?.(text);
        if (c.cancel) cancel.abort();
      },
    });
  }

  for (const c of POLISH_CASES) {
    it(`${c.name}: ${c.reason ? 'keeps the draft and says why' : 'uses the polish'}`, async () => {
      server.plan(...c.replies);
      const result = await run(c);
      assert.equal(result.text, c.expected);
      assert.equal(result.accepted, c.reason === undefined, result.accepted ? 'accepted' : result.reason);
      if (!result.accepted) assert.match(result.reason, c.reason ?? /never/);
      assert.equal(server.requests.length, c.requests);
      assert.equal(server.pending, 0);
      // Retry-After: 1 means a second between tries (timers may fire a little early, never much).
      for (const [i, reply] of c.replies.slice(0, c.requests - 1).entries()) {
        const gap = server.requests[i + 1].at - server.requests[i].at;
        if (reply.headers?.['retry-after'] === '1') assert.ok(gap >= 950, `retried after ${gap} ms`);
      }
    });
  }

  it('sends one system message and one user message holding only the draft, streamed', async () => {
    server.plan({ content: GOOD_POLISH });
    await run({});
    const [{ body, headers }] = server.requests;
    assert.deepEqual(Object.keys(body).sort(), ['messages', 'model', 'stream']);
    assert.equal(body.model, 'test-model');
    assert.equal(body.stream, true);
    assert.deepEqual(body.messages.map((m) => m.role), ['system', 'user']);
    assert.equal(body.messages[1].content, ENGLISH_DRAFT);
    assert.match(body.messages[0].content, /Keep every fact exactly/);
    assert.doesNotMatch(body.messages[0].content, /placeholder/, 'no placeholder rule without redaction');
    assert.equal(headers.authorization, 'Bearer sk-test');
    for (const name of ['x-stainless-os', 'x-stainless-arch', 'x-stainless-runtime', 'x-stainless-runtime-version']) {
      assert.equal(headers[name], undefined, `${name} describes the user's machine`);
    }
  });

  it('sends placeholders instead of names and amounts when redaction is on', async () => {
    server.plan({ content: politeRewording });
    const result = await run({ redact: true });
    const { messages } = server.requests[0].body;
    const sent = messages.map((m) => m.content).join('\n');
    for (const secret of [...NAMES, '€1,200.00']) assert.ok(!sent.includes(secret), `"${secret}" was sent`);
    assert.match(messages[1].content, /^Dear \[\[NAME_1\]\],$/m);
    assert.match(messages[1].content, /INV-2026-014, \[\[AMOUNT_1\]\], due 10 December 2026/);
    assert.match(messages[0].content, /Keep every placeholder such as \[\[NAME_1\]\] exactly/);
    assert.ok(result.accepted);
    assert.ok(result.text.includes('Dear Laura Bianchi,') && result.text.includes('€1,200.00'));
  });

  it('streams the reply with placeholders put back, even when a chunk ends inside one', async () => {
    server.plan({ content: politeRewording, pieceSize: 7 });
    const pieces: string[] = [];
    const result = await run({ redact: true }, (text) => pieces.push(text));
    assert.ok(result.accepted);
    assert.ok(pieces.length > 50, `${pieces.length} pieces`);
    assert.ok(!pieces.some((p) => p.includes('[')), 'no placeholder, whole or in part, reaches the screen');
    assert.equal(pieces.join(''), result.text);
  });
});
