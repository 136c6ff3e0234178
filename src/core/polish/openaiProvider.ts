// An OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, LM Studio, llama.cpp, vLLM) through the openai SDK,
// streamed. The SDK is imported on the first polish only: drafting without a model never loads it.
import type { Localized } from '../lint/types';
import { type CompleteOptions, PolishError, type PolishProvider, type PolishRequest } from './providers';
import { type PolishReason, reasons } from './reasons';
import { isLoopbackUrl } from './redact';
import { backoffMs, MAX_RETRIES, MAX_RETRY_AFTER_SECONDS, retryAfterMs, wait } from './retry';

/** The only place the SDK is loaded; esbuild turns it into a require that runs when a polish starts. */
const loadSdk = () => import('openai');
type OpenAiModule = Awaited<ReturnType<typeof loadSdk>>;
type OpenAiClient = InstanceType<OpenAiModule['OpenAI']>;

export const DEFAULT_TIMEOUT_SECONDS = 30;

export interface OpenAiProviderConfig {
  /** e.g. https://api.openai.com/v1, http://localhost:11434/v1 (Ollama), http://localhost:1234/v1 (LM Studio). */
  baseUrl: string;
  model: string;
  /** May be left out for an endpoint on loopback; a remote one gets no request without a key. */
  apiKey?: string;
  /** How long the endpoint may stay silent: before it answers, and between two pieces of the reply. */
  timeoutSeconds?: number;
  /** How the user sets the key, for the message when it is missing or refused. */
  apiKeyHint?: Localized;
}

const DEFAULT_KEY_HINT: Localized = { en: 'check the API key set for this endpoint', it: 'controlla la chiave API impostata per questo endpoint' };

const NO_FINISH: Localized = { en: 'the stream ended without a finish_reason', it: 'lo stream è finito senza finish_reason' };

const MACHINE_HEADERS = ['x-stainless-os', 'x-stainless-arch', 'x-stainless-runtime', 'x-stainless-runtime-version'];

export function createOpenAiProvider(config: OpenAiProviderConfig): PolishProvider {
  return { complete: (request, options = {}) => complete(config, request, options) };
}

async function complete(config: OpenAiProviderConfig, request: PolishRequest, options: CompleteOptions): Promise<string> {
  if (!config.apiKey && !isLoopbackUrl(config.baseUrl)) {
    throw new PolishError(reasons.noKey(new URL(config.baseUrl).host, config.apiKeyHint ?? DEFAULT_KEY_HINT));
  }
  if (options.signal?.aborted) throw new PolishError(reasons.cancelled());
  const sdk = await loadSdk();
  const client = new sdk.OpenAI({
    baseURL: config.baseUrl,
    // Local servers such as Ollama ignore the key, but the SDK insists on one.
    apiKey: config.apiKey || 'no-key',
    // Not taken from OPENAI_* variables of the environment: the caller's settings say where the draft goes and how.
    organization: null,
    project: null,
    adminAPIKey: null,
    // Retries are ours: only 429 and 5xx, at most twice, and cancellable while waiting.
    maxRetries: 0,
    // The SDK would log fragments of a malformed reply, that is, of the user's draft.
    logLevel: 'off',
    // The SDK describes the user's machine in headers; the endpoint has no need to know it.
    defaultHeaders: Object.fromEntries(MACHINE_HEADERS.map((name) => [name, null])),
  });
  for (let retry = 0; ; retry++) {
    try {
      return await streamOnce(client, config, request, options);
    } catch (error) {
      const failure = classify(error, sdk, config, retry);
      if (failure.waitMs === undefined || retry >= MAX_RETRIES) throw new PolishError(withoutKey(failure.reason, config.apiKey));
      await wait(failure.waitMs, options.signal).catch(() => {
        throw new PolishError(reasons.cancelled());
      });
    }
  }
}

/** One streamed call, cut off when the endpoint stays silent for the timeout or the caller cancels. */
async function streamOnce(client: OpenAiClient, config: OpenAiProviderConfig, request: PolishRequest, options: CompleteOptions): Promise<string> {
  const seconds = config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const attempt = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      attempt.abort();
    }, seconds * 1000);
  };
  const cancel = () => attempt.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const stopped = () => (options.signal?.aborted ? reasons.cancelled() : timedOut ? reasons.timeout(seconds) : undefined);
  rearm();
  try {
    const stream = await client.chat.completions.create(
      {
        model: config.model,
        stream: true,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
      },
      { signal: attempt.signal },
    );
    let text = '';
    let finish: string | null = null;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      rearm();
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
      finish = choice?.finish_reason ?? finish;
    }
    // The SDK ends an aborted stream quietly, so a reply that looks finished may have been cut.
    const stop = stopped();
    if (stop) throw new PolishError(stop);
    // Not one event of a chat completion stream: a page or a JSON document answered, not an OpenAI-compatible endpoint.
    if (chunks === 0) throw new PolishError(reasons.notAStream());
    if (!text.trim()) throw new PolishError(reasons.empty());
    if (finish !== 'stop') throw new PolishError(reasons.incomplete(finish ? { en: `finish_reason "${finish}"`, it: `finish_reason "${finish}"` } : NO_FINISH));
    return text;
  } catch (error) {
    const stop = stopped();
    throw stop ? new PolishError(stop) : error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

const ECHO_CHARS = 8;

/** The reason with every word that holds the API key, or any eight characters of it, masked: servers echo keys back. */
function withoutKey(reason: PolishReason, key: string | undefined): PolishReason {
  if (!key) return reason;
  const pieces = key.length <= ECHO_CHARS ? [key] : Array.from({ length: key.length - ECHO_CHARS + 1 }, (_, i) => key.slice(i, i + ECHO_CHARS));
  const scrub = (text: string) => text.replace(/\S+/g, (word) => (pieces.some((piece) => word.includes(piece)) ? '***' : word));
  return { code: reason.code, messages: { en: scrub(reason.messages.en), it: scrub(reason.messages.it) } };
}

interface Failure {
  reason: PolishReason;
  /** Set when the request may be tried again, after this long. */
  waitMs?: number;
}

function classify(error: unknown, sdk: OpenAiModule, config: OpenAiProviderConfig, retry: number): Failure {
  if (error instanceof PolishError) return { reason: error.reason };
  if (error instanceof sdk.APIConnectionError) return { reason: reasons.connection(config.baseUrl, connectionDetail(error)) };
  if (error instanceof sdk.APIError) {
    const { status } = error;
    const message = serverMessage(error);
    if (status === 401) return { reason: reasons.refusedKey(config.apiKeyHint ?? DEFAULT_KEY_HINT) };
    if (status === 404) return { reason: reasons.notFound(config.model, config.baseUrl) };
    if (status !== 429 && !(status >= 500)) return { reason: reasons.endpointError(status, message) };
    const asked = retryAfterMs(error.headers?.get('retry-after'));
    const final = status === 429 ? reasons.stillRateLimited(retry) : reasons.serverFailed(status, retry + 1, message);
    if (asked !== undefined && asked > MAX_RETRY_AFTER_SECONDS * 1000) {
      return { reason: status === 429 ? reasons.rateLimitedFor(Math.ceil(asked / 1000)) : final };
    }
    return { reason: final, waitMs: asked ?? backoffMs(retry) };
  }
  if (error instanceof SyntaxError) return { reason: reasons.malformed(error.message) };
  // The connection was lost while the reply streamed in.
  const lost = CONNECTION_DETAILS[causeCode(error) ?? ''];
  if (lost) return { reason: reasons.incomplete(lost) };
  return { reason: reasons.failed(error instanceof Error ? error.message : String(error)) };
}

/** The error body's own message ({"error":{"message"}}), which says more than the status line. */
function serverMessage(error: InstanceType<OpenAiModule['APIError']>): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : error.message;
}

/** The system error code somewhere down the cause chain (fetch wraps it twice). */
function causeCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

const CONNECTION_DETAILS: Record<string, Localized> = {
  ECONNREFUSED: { en: 'connection refused', it: 'connessione rifiutata' },
  ENOTFOUND: { en: 'host not found', it: 'host non trovato' },
  EAI_AGAIN: { en: 'host not found', it: 'host non trovato' },
  ECONNRESET: { en: 'the connection was closed', it: 'la connessione è stata chiusa' },
  UND_ERR_SOCKET: { en: 'the connection was closed', it: 'la connessione è stata chiusa' },
};

function connectionDetail(error: Error): Localized {
  const known = CONNECTION_DETAILS[causeCode(error.cause) ?? ''];
  if (known) return known;
  let innermost: unknown = error;
  while (innermost instanceof Error && innermost.cause instanceof Error) innermost = innermost.cause;
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  return { en: message, it: message };
}
