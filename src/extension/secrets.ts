// API keys for model endpoints live in VS Code's SecretStorage only, one per endpoint origin (scheme, host and port):
// a key set for one endpoint is never sent to another, whatever polish.baseUrl later says. Never in settings or logs.
import type * as vscode from 'vscode';

const PREFIX = 'cleanBreak.polish.apiKey:';
/** The single key of earlier versions, sent to whatever baseUrl was set: removed, never used. */
const UNSCOPED = 'cleanBreak.polish.apiKey';

/** The origin a key belongs to, e.g. https://api.openai.com; undefined for a URL that is not http(s). */
export function endpointOrigin(baseUrl: string): string | undefined {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {
    void secrets.delete(UNSCOPED);
  }

  async get(baseUrl: string): Promise<string | undefined> {
    const origin = endpointOrigin(baseUrl);
    return origin ? this.secrets.get(PREFIX + origin) : undefined;
  }

  async set(baseUrl: string, key: string): Promise<void> {
    const origin = endpointOrigin(baseUrl);
    if (origin) await this.secrets.store(PREFIX + origin, key);
  }

  async clear(baseUrl: string): Promise<void> {
    const origin = endpointOrigin(baseUrl);
    if (origin) await this.secrets.delete(PREFIX + origin);
  }
}
