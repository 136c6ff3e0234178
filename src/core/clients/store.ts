// Reads and writes clients.yaml on disk without ever losing data: it refuses when the file changed since it was read
// (no merge, no overwrite). A write changes only the file's content: through a symbolic link it writes the file the
// link points to, and the mode and any other hard links stay as they were.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LocalizedError } from '../localizedError';
import { type FileStamp, MAX_FILE_BYTES, requireReadableSize } from '../workspace';
import { type LoadedClients, loadClients, type LoadOptions, tooLargeClients } from './loader';

/** The file changed on disk after it was read; nothing was written. */
export class StaleFileError extends LocalizedError {}

export interface StampedText {
  text: string;
  /** The content hash when read; pass it back to `writeStamped`. */
  stamp: FileStamp;
}

function stampOf(text: string): FileStamp {
  return { token: createHash('sha256').update(text).digest('hex') };
}

/** Loads clients.yaml from disk; a file over the size limit is refused before it is read. */
export function loadClientsFile(path: string, options: LoadOptions): LoadedClients {
  const { size } = statSync(path);
  return size > MAX_FILE_BYTES ? tooLargeClients(options.file, size) : loadClients(readFileSync(path, 'utf8'), options);
}

export function readStamped(path: string): StampedText {
  requireReadableSize(statSync(path).size, basename(path));
  const text = readFileSync(path, 'utf8');
  return { text, stamp: stampOf(text) };
}

/** A temporary file renamed over the original: a crash leaves either the old text or the new one, never half. */
function replaceWhole(path: string, text: string, mode: number): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    // Set after creation: the mode given to writeFileSync is narrowed by the process's umask.
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Rewrites the file where it is, as a rename would leave its other hard links holding the old text. */
function rewriteInPlace(path: string, text: string, previous: string): void {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    writeFileSync(path, previous, 'utf8');
    throw error;
  }
}

/** Replaces the file with `text` if it still holds what was read under `stamp`; returns the new stamp. */
export function writeStamped(path: string, text: string, stamp: FileStamp): FileStamp {
  const target = realpathSync(path);
  const current = readFileSync(target, 'utf8');
  if (stampOf(current).token !== stamp.token) {
    throw new StaleFileError({
      en: `${basename(path)} changed on disk since it was read; nothing was written. Reload it and make the change again.`,
      it: `${basename(path)} è cambiato sul disco da quando è stato letto; non è stato scritto nulla. Ricaricalo e rifai la modifica.`,
    });
  }
  const { mode, nlink } = statSync(target);
  if (nlink > 1) rewriteInPlace(target, text, current);
  else replaceWhole(target, text, mode & 0o7777);
  return stampOf(text);
}
