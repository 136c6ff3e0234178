// How the core reaches files without knowing where they live: the CLI passes node:fs, the extension the open
// editors and vscode.workspace.fs, tests real files in temporary folders. And the two limits on every file a user
// names: it must lie inside the workspace, and it must be small enough to read whole.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Language } from './clients/schema';
import { isDocumentPath, MAX_DOCUMENT_BYTES } from './documents/kinds';
import type { Localized } from './lint/types';
import { inEveryLanguage } from './locale';
import { LocalizedError } from './localizedError';

/** The text of the file at an absolute path, or undefined when there is no such file. */
export type ReadText = (path: string) => Promise<string | undefined>;

export interface FileStamp {
  /** A content hash; a write refuses when the file's current stamp differs. */
  readonly token: string;
}

/** Far above any real clients.yaml, contract or template (the 5,000-client benchmark file is about 6 MB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const megabytes = (bytes: number, language: Language) => (bytes / 1024 / 1024).toFixed(1).replace('.', language === 'it' ? ',' : '.');

/** Why a file is refused, in each language the interface speaks. */
const REFUSALS: Record<Language, { outside(shown: string): string; tooLarge(bytes: number, limit: number): string }> = {
  en: {
    outside: (shown) => `${shown} is outside the workspace folder; Clean Break reads and writes only files inside it`,
    tooLarge: (bytes, limit) => `the file is too large (${megabytes(bytes, 'en')} MB; the limit is ${limit / 1024 / 1024} MB)`,
  },
  it: {
    outside: (shown) => `${shown} è fuori dalla cartella di lavoro; Clean Break legge e scrive solo i file al suo interno`,
    tooLarge: (bytes, limit) => `il file è troppo grande (${megabytes(bytes, 'it')} MB; il limite è ${limit / 1024 / 1024} MB)`,
  },
};

export function tooLargeMessage(bytes: number, limit = MAX_FILE_BYTES, language: Language = 'en'): string {
  return REFUSALS[language].tooLarge(bytes, limit);
}

export type Refusal = 'outside-workspace' | 'too-large';

/** A file that was not read, and why (the messages): it lies outside the workspace, or it is too large. */
export class RefusedFileError extends LocalizedError {
  constructor(
    readonly refusal: Refusal,
    /** The file as the user named it. */
    readonly file: string,
    messages: Localized,
  ) {
    super(messages);
  }

  /** The refusal as the command line prints a problem, at the start of the file, in the user's language. */
  problemLine(language: Language): string {
    return `${this.file}:1:1: error: ${this.messages[language]}`;
  }
}

/** The real path of `path`, links resolved; for a path that does not exist, that of its nearest existing folder. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}

/**
 * Whether `path` (absolute, or relative to `root`) lies inside the workspace folder `root` once `..` and symbolic
 * links are resolved: files named in clients.yaml or in the settings are read, and written, only there. A symbolic
 * link that resolves inside the workspace is fine.
 */
export function isInsideWorkspace(root: string, path: string): boolean {
  const fromRoot = relative(realPathOf(resolve(root)), realPathOf(resolve(root, path)));
  return fromRoot === '' || (!isAbsolute(fromRoot) && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`));
}

/** Refuses `path` (shown as `shown`) when it lies outside the workspace folder `root`. */
export function requireInsideWorkspace(root: string, path: string, shown: string): void {
  if (!isInsideWorkspace(root, path)) {
    throw new RefusedFileError('outside-workspace', shown, inEveryLanguage(REFUSALS, (say) => say.outside(shown)));
  }
}

/** Refuses a file of `bytes` bytes, shown as `shown`, before it is read, when it is too large. */
export function requireReadableSize(bytes: number, shown: string, limit = MAX_FILE_BYTES): void {
  if (bytes > limit) throw new RefusedFileError('too-large', shown, inEveryLanguage(REFUSALS, (say) => say.tooLarge(bytes, limit)));
}

/** A reader (`ReadText`, `ReadBytes`) restricted to files inside the workspace folder `root`; others raise RefusedFileError. */
export function readingInside<Rest extends unknown[], Result>(
  root: string,
  read: (path: string, ...rest: Rest) => Promise<Result>,
): (path: string, ...rest: Rest) => Promise<Result> {
  return async (path, ...rest) => {
    requireInsideWorkspace(root, path, relative(root, path));
    return read(path, ...rest);
  };
}

/**
 * Why the file at `path`, shown as `shown`, may not be read from the workspace folder `root`, in each language;
 * undefined when it may.
 */
export function refusalMessages(root: string, path: string, shown: string): Localized | undefined {
  try {
    requireInsideWorkspace(root, path, shown);
    const size = statSync(resolve(root, path), { throwIfNoEntry: false })?.size;
    // PDF and Word files carry their text in a larger file: their readers have a limit of their own.
    if (size !== undefined) requireReadableSize(size, shown, isDocumentPath(path) ? MAX_DOCUMENT_BYTES : MAX_FILE_BYTES);
    return undefined;
  } catch (error) {
    if (error instanceof RefusedFileError) return error.messages;
    throw error;
  }
}
/**
 * The bytes of the file at an absolute path, or undefined when there is no such file. A file larger than `limit`
 * may come back cut short past the limit: the caller refuses it by its length without reading it all.
 */
export type ReadBytes = (path: string, limit: number) => Promise<Uint8Array | undefined>;
