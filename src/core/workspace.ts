// The files the core reads and writes, behind an interface so the CLI (node:fs), the extension
// (vscode.workspace.fs and open editors) and tests (an in-memory fake) each supply their own.
export interface FileStamp {
  /** A content hash or version; a write refuses when the file's current stamp differs. */
  readonly token: string;
}

export interface WorkspaceFiles {
  /** The workspace root, as an absolute path. */
  readonly root: string;
  /** The text of a file, or undefined when it does not exist. Paths are absolute. */
  readText(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
}
