// When to try a request again: at most twice, after what the server's Retry-After asks or a short backoff.
export const MAX_RETRIES = 2;
/** A server asking for a longer wait than this is not waited for: the user is told to try again later. */
export const MAX_RETRY_AFTER_SECONDS = 30;
const BACKOFF_MS = [500, 1000];

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Backoff before retry `retry` (0-based), with up to a quarter of jitter so that clients do not retry in step. */
export function backoffMs(retry: number, random = Math.random()): number {
  const base = BACKOFF_MS[Math.min(retry, BACKOFF_MS.length - 1)];
  return Math.round(base * (1 + random / 4));
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
