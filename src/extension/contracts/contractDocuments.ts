// Contracts kept as PDF or Word files open as read-only text documents of their own scheme, so that the highlights,
// hovers and CodeLens of Markdown contracts work on them unchanged. The text comes from the core's readers (cached by
// the file's hash); a change to the file on disk re-reads it.
import * as vscode from 'vscode';
import type { ContractDocument } from '../../core/documents/document';
import { readText } from '../clients/clientsModel';
import { core } from '../core';

export const CONTRACT_TEXT_SCHEME = 'clean-break-contract';

/** By extension only, so that asking never loads the core. */
export function isDocumentUri(uri: vscode.Uri): boolean {
  return /\.(pdf|docx|docm)$/i.test(uri.path);
}

/** The document an editor shows for a contract file: its text for a PDF or Word file, the file itself otherwise. */
export function contractTextUri(uri: vscode.Uri): vscode.Uri {
  if (!isDocumentUri(uri)) return uri;
  return vscode.Uri.from({ scheme: CONTRACT_TEXT_SCHEME, path: uri.path, query: uri.toString() });
}

export function originalOf(textUri: vscode.Uri): vscode.Uri {
  return textUri.scheme === CONTRACT_TEXT_SCHEME ? vscode.Uri.parse(textUri.query) : textUri;
}

const uiLanguage = () => (vscode.env.language.startsWith('it') ? 'it' : 'en');

/** The file's bytes, or undefined when there is none; a file over the size limit is refused by its size, unread. */
export async function readBytes(uri: vscode.Uri, limit: number): Promise<Uint8Array | undefined> {
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return undefined;
  }
  if (size > limit) throw new (core().DocumentError)('tooLarge', `${size} bytes`);
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The text of a PDF or Word contract; undefined when there is no such file. Throws the core's DocumentError. */
export async function readContractDocument(uri: vscode.Uri): Promise<ContractDocument | undefined> {
  const bytes = await readBytes(uri, core().MAX_DOCUMENT_BYTES);
  return bytes && core().readDocument(uri.path, bytes);
}

/** What to tell the user about a file that could not be read, in their language. */
export function unreadableMessage(uri: vscode.Uri, error: unknown): string {
  const name = vscode.workspace.asRelativePath(uri);
  if (error instanceof core().DocumentError) return core().documentProblemMessage(error, name, uiLanguage());
  return vscode.l10n.t('{0} could not be read: {1}', name, error instanceof Error ? error.message : String(error));
}

export class ContractTextProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The last reading of each open contract text, for the page of an offset. */
  private readonly readings = new Map<string, ContractDocument>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,docx,docm,PDF,DOCX,DOCM}');
    const reread = (uri: vscode.Uri) => {
      const textUri = contractTextUri(uri);
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === textUri.toString())) this.changed.fire(textUri);
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(reread),
      watcher.onDidCreate(reread),
      vscode.workspace.onDidCloseTextDocument((document) => this.readings.delete(document.uri.toString())),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const original = originalOf(uri);
    let document: ContractDocument | undefined;
    try {
      document = await readContractDocument(original);
    } catch (error) {
      throw new Error(unreadableMessage(original, error));
    }
    if (!document) throw new Error(vscode.l10n.t('{0} was not found.', vscode.workspace.asRelativePath(original)));
    this.readings.set(uri.toString(), document);
    return document.text;
  }

  /** The 1-based page of an offset of a contract text, when it came from a PDF. */
  pageAt(uri: vscode.Uri, offset: number): number | undefined {
    const reading = this.readings.get(uri.toString());
    return reading && core().pageAt(reading, offset);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Reads a PDF or Word contract; undefined, after telling the user why, when it cannot be read. */
export async function readContractOrSay(uri: vscode.Uri): Promise<ContractDocument | undefined> {
  let document: ContractDocument | undefined;
  try {
    document = await readContractDocument(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(unreadableMessage(uri, error));
    return undefined;
  }
  if (!document) void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not found.', vscode.workspace.asRelativePath(uri)));
  return document;
}

/**
 * Opens the text of a PDF or Word contract (or a Markdown contract as it is), after reading it once to tell the user
 * plainly why it cannot be read, if it cannot, and what was left out. Undefined when it could not be opened.
 */
export async function openContractText(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (isDocumentUri(uri) && uri.scheme !== CONTRACT_TEXT_SCHEME) {
    const document = await readContractOrSay(uri);
    if (!document) return undefined;
    for (const notice of document.notices) {
      void vscode.window.showWarningMessage(core().documentNoticeMessage(notice, vscode.workspace.asRelativePath(uri), uiLanguage()));
    }
  }
  return vscode.workspace.openTextDocument(contractTextUri(uri));
}

/** The text a contract's clauses are found in and the document that shows it, or why it cannot be read. */
export async function contractTextOf(uri: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | { unreadable: string } | undefined> {
  if (!isDocumentUri(uri)) {
    const text = await readText(uri);
    return text === undefined ? undefined : { uri, text };
  }
  try {
    const document = await readContractDocument(uri);
    return document && { uri: contractTextUri(uri), text: document.text };
  } catch (error) {
    return { unreadable: unreadableMessage(uri, error) };
  }
}
