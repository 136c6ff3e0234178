// The workspace readers the core takes, over real files: a file's text or bytes, a folder's names; undefined when absent.
import { readdirSync, readFileSync } from 'node:fs';
import type { ListFolder } from '../../../src/core/documents/scope';
import type { ReadBytes } from '../../../src/core/workspace';

export const readText = async (path: string): Promise<string | undefined> => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export const listFolder: ListFolder = async (path) => {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
};

export const readBytes: ReadBytes = async (path) => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};
