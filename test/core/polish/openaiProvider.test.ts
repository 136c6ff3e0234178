import * as assert from 'node:assert/strict';
import { createOpenAiProvider, type OpenAiProviderConfig } from '../../../src/core/polish/openaiProvider';
import { PolishError } from '../../../src/core/polish/providers';
import { ChatServer } from '../../support/chatServer';

const REQUEST = { system: 'Polish this.', user: 'Subject: Hello\n\nDear Anna,\nthank you.' };

/** The reason a provider call failed with; fails the test when it did not fail. */
async function failure(config: OpenAiProviderConfig, signal?: AbortSignal): Promise<string> {
  try {
    await createOpenAiProvider(config).complete(REQUEST, { signal });
  } catch (error) {
    assert.ok(error instanceof PolishError, String(error));
    return error.reason.messages.en;
  }
  assert.fail('the call succeeded');
}

describe('the OpenAI-compatible provider', function () {
  this.timeout(5000);
  let server: ChatServer;
  let config: OpenAiProviderConfig;

  beforeEach(async () => {
    server = await ChatServer.start();
    config = { baseUrl: server.baseUrl, model: 'llama3.2', timeoutSeconds: 2 };
  });
  afterEach(async () => {
    await server.close();
  });

  it('streams the reply piece by piece and returns all of it', async () => {
    server.plan({ content: 'Subject: Hello\n\nDear Anna,\nthanks a lot.', pieceSize: 5 });
    const pieces: string[] = [];
    const text = await createOpenAiProvider(config).complete(REQUEST, { onDelta: (t) => pieces.push(t) });
    assert.equal(text, 'Subject: Hello\n\nDear Anna,\nthanks a lot.');
    assert.deepEqual(pieces, ['Subje', 'ct: H', 'ello\n', '\nDear', ' Anna', ',\ntha', 'nks a', ' lot.']);
  });

  it('needs no key on loopback, and sends none of the environment’s OPENAI_* settings', async () => {
    server.plan({ content: 'fine' });
    process.env.OPENAI_ORG_ID = 'org-from-environment';
    try {
      await createOpenAiProvider(config).complete(REQUEST);
    } finally {
      delete process.env.OPENAI_ORG_ID;
    }
    assert.equal(server.requests[0].headers['openai-organization'], undefined);
    assert.equal(server.requests[0].headers.authorization, 'Bearer no-key');
  });

  it('sends nothing to a remote endpoint without a key', async () => {
    const reason = await failure({ baseUrl: 'https://api.example.invalid/v1', model: 'gpt-4o-mini', apiKeyHint: { en: 'set it somewhere', it: 'impostala' } });
    assert.equal(reason, 'no API key for api.example.invalid; nothing was sent — set it somewhere');
  });

  it('explains a refused connection', async () => {
    await server.close();
    assert.match(await failure(config), /^could not connect to http:\/\/127\.0\.0\.1:\d+\/v1: connection refused$/);
    server = await ChatServer.start();
  });

  it('explains an unknown model (404) without retrying', async () => {
    server.plan({ status: 404, message: 'model "llama3.2" not found, try pulling it first' });
    assert.equal(await failure(config), 'the endpoint has no model "llama3.2", or no Chat Completions API at ' + `${server.baseUrl} (404)`);
    assert.equal(server.requests.length, 1);
  });

  it('does not retry other client errors', async () => {
    server.plan({ status: 400, message: 'messages: too long' });
    assert.equal(await failure(config), 'the endpoint answered with an error (400): messages: too long');
    assert.equal(server.requests.length, 1);
  });

  it('backs off half a second or more after a 500 without Retry-After', async () => {
    server.plan({ status: 500 }, { content: 'fine' });
    assert.equal(await createOpenAiProvider(config).complete(REQUEST), 'fine');
    const [first, second] = server.requests;
    assert.ok(second.at - first.at >= 480, `retried after ${second.at - first.at} ms`);
  });

  it('recovers from one 503, honouring an HTTP-date Retry-After', async () => {
    server.plan({ status: 503, headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() } }, { content: 'fine' });
    assert.equal(await createOpenAiProvider(config).complete(REQUEST), 'fine');
    assert.equal(server.requests.length, 2);
  });

  it('does not wait out a Retry-After longer than 30 s', async () => {
    server.plan({ status: 429, headers: { 'retry-after': '3600' } });
    assert.equal(await failure(config), 'the endpoint is rate limiting (429) and asks to wait 3600 s; try again later');
    assert.equal(server.requests.length, 1);
  });

  it('calls a stream without a finish_reason incomplete', async () => {
    server.plan({ content: 'Subject: Hello\n\nDear', finishReason: null });
    assert.equal(await failure(config), 'the reply stopped before it was complete (the stream ended without a finish_reason)');
  });

  it('calls a reply cut at the length limit incomplete', async () => {
    server.plan({ content: 'Subject: Hello\n\nDear', finishReason: 'length' });
    assert.equal(await failure(config), 'the reply stopped before it was complete (finish_reason "length")');
  });

  it('calls a connection closed in the middle of the reply incomplete', async () => {
    server.plan({ content: 'Subject: Hello and more', cut: true });
    assert.equal(await failure(config), 'the reply stopped before it was complete (the connection was closed)');
  });

  it('tells a web page answering at the base URL from an empty reply', async () => {
    server.plan({ page: '<html><body>Welcome to the router</body></html>' });
    assert.match(await failure(config), /no chat completion stream: is the base URL an OpenAI-compatible \/v1 endpoint\?/);
    server.plan({ content: '' });
    assert.match(await failure(config), /empty reply/);
  });

  it('reports an error the endpoint sends inside the stream', async () => {
    server.plan({ content: 'Subject: Hello and more', errorEvent: 'The model is overloaded.' });
    assert.equal(await failure(config), 'the endpoint answered with an error: The model is overloaded.');
  });

  it('gives up when the stream falls silent for the timeout, however it started', async () => {
    server.plan({ content: 'Subject: Hello and more', hang: 'after-first-chunk' });
    const started = Date.now();
    assert.equal(await failure({ ...config, timeoutSeconds: 1 }), 'no reply within 1 s');
    assert.ok(Date.now() - started < 1900);
  });

  it('cancels while waiting to retry', async () => {
    server.plan({ status: 429, headers: { 'retry-after': '20' } });
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 200);
    const started = Date.now();
    assert.equal(await failure(config, cancel.signal), 'cancelled');
    assert.ok(Date.now() - started < 1000);
  });
});

describe('the test server', () => {
  it('speaks the JSON form of Chat Completions too, as the SDK reads it', async () => {
    const server = await ChatServer.start();
    try {
      server.plan({ content: 'Hello.' });
      const { default: OpenAI } = await import('openai');
      const client = new OpenAI({ baseURL: server.baseUrl, apiKey: 'sk-test', maxRetries: 0 });
      const completion = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'Hi' }] });
      assert.equal(completion.object, 'chat.completion');
      assert.equal(completion.choices[0].message.content, 'Hello.');
      assert.equal(completion.choices[0].finish_reason, 'stop');
    } finally {
      await server.close();
    }
  });
});
