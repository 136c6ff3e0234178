// The model endpoint's API key lives in VS Code's SecretStorage only: never in settings, never in a log.
import type * as vscode from 'vscode';

const API_KEY = 'cleanBreak.polish.apiKey';

export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  get(): Thenable<string | undefined> {
    return this.secrets.get(API_KEY);
  }

  set(key: string): Thenable<void> {
    return this.secrets.store(API_KEY, key);
  }

  clear(): Thenable<void> {
    return this.secrets.delete(API_KEY);
  }
}
