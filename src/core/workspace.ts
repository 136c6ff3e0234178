// How the core reaches files without knowing where they live: the CLI passes node:fs, the extension the open
// editors and vscode.workspace.fs, tests real files in temporary folders.

/** The text of the file at an absolute path, or undefined when there is no such file. */
export type ReadText = (path: string) => Promise<string | undefined>;

export interface FileStamp {
  /** A content hash; a write refuses when the file's current stamp differs. */
  readonly token: string;
}

/**
 * The bytes of the file at an absolute path, or undefined when there is no such file. A file larger than `limit`
 * may come back cut short past the limit: the caller refuses it by its length without reading it all.
 */
export type ReadBytes = (path: string, limit: number) => Promise<Uint8Array | undefined>;
