// Reads and writes clients.yaml on disk without ever losing data: a write goes to a temporary file that is then
// renamed over the original, and it refuses when the file changed since it was read (no merge, no overwrite).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileStamp } from '../workspace';

/** The file changed on disk after it was read; nothing was written. */
export class StaleFileError extends Error {}

export interface StampedText {
  text: string;
  /** The content hash when read; pass it back to `writeStamped`. */
  stamp: FileStamp;
}

function stampOf(text: string): FileStamp {
  return { token: createHash('sha256').update(text).digest('hex') };
}

export function readStamped(path: string): StampedText {
  const text = readFileSync(path, 'utf8');
  return { text, stamp: stampOf(text) };
}

/** Replaces the file with `text` if it still holds what was read under `stamp`; returns the new stamp. */
export function writeStamped(path: string, text: string, stamp: FileStamp): FileStamp {
  const current = readFileSync(path, 'utf8');
  if (stampOf(current).token !== stamp.token) {
    throw new StaleFileError(`${basename(path)} changed on disk since it was read; nothing was written. Reload it and make the change again.`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', mode: statSync(path).mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return stampOf(text);
}
