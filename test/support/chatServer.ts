// A local stand-in for an OpenAI-compatible endpoint, over real HTTP on 127.0.0.1: POST /v1/chat/completions with
// JSON or SSE replies and OpenAI's error bodies, as OpenAI documents the wire format. Each test plans its replies;
// the server records every request it gets, so tests can check what was sent.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: ChatMessage[];
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatRequestBody;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface PlannedReply {
  /** A web page instead of a completion, as a wrong base URL answers. */
  page?: string;
  /** The assistant's text, or a function of the request's user message (to echo a redacted draft back). */
  content?: string | ((user: string) => string);
  /** Cut the content into stream chunks of this many characters; by default it goes word by word. */
  pieceSize?: number;
  /** An error status, answered with {"error":{"message","type","code"}}. */
  status?: number;
  /** The error body's message. */
  message?: string;
  headers?: Record<string, string>;
  /** Wait before answering at all. */
  delayMs?: number;
  /** Wait between stream chunks. */
  pieceDelayMs?: number;
  /** The last chunk's finish_reason: "stop" unless set; null sends none. */
  finishReason?: string | null;
  /** After the first chunk, a data line that is not JSON. */
  malformed?: boolean;
  /** Say nothing at all, or stop after the first chunk, and keep the connection open. */
  hang?: 'before-headers' | 'after-first-chunk';
  /** Close the connection after the first chunk. */
  cut?: boolean;
  /** After the first chunk, an error event with this message: {"error":{...}} as a data line. */
  errorEvent?: string;
}

const ERROR_TYPES: Record<number, { type: string; code: string | null }> = {
  401: { type: 'invalid_request_error', code: 'invalid_api_key' },
  404: { type: 'invalid_request_error', code: 'model_not_found' },
  429: { type: 'requests', code: 'rate_limit_exceeded' },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ChatServer {
  readonly requests: RecordedRequest[] = [];
  private readonly planned: PlannedReply[] = [];
  private counter = 0;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<ChatServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const chat = new ChatServer(server, `http://127.0.0.1:${port}/v1`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => void chat.answer(req.method ?? '', req.url ?? '', req.headers, raw, res));
    });
    return chat;
  }

  /** Replies for the coming requests, in order; a request with none planned gets a 500 that says so. */
  plan(...replies: PlannedReply[]): this {
    this.planned.push(...replies);
    return this;
  }

  get pending(): number {
    return this.planned.length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(method: string, path: string, headers: IncomingHttpHeaders, raw: string, res: ServerResponse): Promise<void> {
    if (method !== 'POST' || path !== '/v1/chat/completions') {
      return this.error(res, { status: 404, message: `Unknown request ${method} ${path}` });
    }
    let body: ChatRequestBody;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      return this.error(res, { status: 400, message: 'We could not parse the JSON body of your request.' });
    }
    this.requests.push({ method, path, headers, body, at: Date.now() });
    const reply = this.planned.shift() ?? { status: 500, message: 'the test server has no reply planned for this request' };
    if (reply.hang === 'before-headers') return;
    if (reply.delayMs) await sleep(reply.delayMs);
    if (reply.status && reply.status >= 400) return this.error(res, reply);
    if (reply.page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(reply.page);
    }
    const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
    const content = typeof reply.content === 'function' ? reply.content(user) : (reply.content ?? '');
    const id = `chatcmpl-test${++this.counter}`;
    const created = Math.floor(Date.now() / 1000);
    if (!body.stream) {
      res.writeHead(200, { 'content-type': 'application/json', ...reply.headers });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: reply.finishReason ?? 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...reply.headers });
    const chunk = (delta: Record<string, string>, finishReason: string | null) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model: body.model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
      })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }, null));
    const pieces = (reply.pieceSize ? content.match(new RegExp(`[\\s\\S]{1,${reply.pieceSize}}`, 'g')) : content.match(/\s*\S+\s*$|\s*\S+/g)) ?? [];
    for (const [i, piece] of pieces.entries()) {
      if (reply.pieceDelayMs) await sleep(reply.pieceDelayMs);
      if (res.destroyed) return;
      res.write(chunk({ content: piece }, null));
      if (i === 0 && reply.malformed) res.write('data: {"id":"chatcmpl-broken","choices":[{"delta":{"content":\n\n');
      if (i === 0 && reply.hang === 'after-first-chunk') return;
      // A moment's pause, so that what was written reaches the client before the connection goes.
      if (i === 0 && reply.cut) return void setTimeout(() => res.socket?.destroy(), 50);
      if (i === 0 && reply.errorEvent) {
        return void res.end(`data: ${JSON.stringify({ error: { message: reply.errorEvent, type: 'server_error', param: null, code: null } })}\n\n`);
      }
    }
    if (reply.finishReason !== null) res.write(chunk({}, reply.finishReason ?? 'stop'));
    res.end('data: [DONE]\n\n');
  }

  private error(res: ServerResponse, reply: PlannedReply): void {
    const status = reply.status ?? 500;
    const kind = ERROR_TYPES[status] ?? { type: 'server_error', code: null };
    res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify({ error: { message: reply.message ?? `Error ${status}`, type: kind.type, param: null, code: kind.code } }));
  }
}
