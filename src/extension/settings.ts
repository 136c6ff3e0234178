// Reads Clean Break's settings; one place that knows their names and defaults.
import * as vscode from 'vscode';

const SECTION = 'cleanBreak';

export function clientsFileUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const relative = vscode.workspace.getConfiguration(SECTION).get<string>('clientsFile') || 'clients.yaml';
  return vscode.Uri.joinPath(folder.uri, relative);
}
