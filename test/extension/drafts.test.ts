import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { closeAllEditors, extensionApi, waitFor } from './helpers';

function addDays(days: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
}

describe('Drafts (inside VS Code)', () => {
  after(closeAllEditors);

  it('opens the termination email as a new untitled Markdown document, in the client\'s language, with the end date', async () => {
    await extensionApi();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(CommandId.draftTermination, { clientId: 'acme' }, { anyway: true });
    assert.ok(editor, 'a draft editor opened');
    const { document } = editor;
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^Oggetto: /);
    // ACME's contract gives 30 days' notice, counted from today.
    const end = new Intl.DateTimeFormat('it', { day: 'numeric', month: 'long', year: 'numeric' }).format(addDays(30));
    assert.ok(document.getText().includes(end), `the draft names ${end}:\n${document.getText()}`);
    assert.doesNotMatch(document.getText(), /23:40|WhatsApp/, 'incidents are never quoted');
  });

  it('lints the draft as the user types, with a quick fix', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const uri = editor.document.uri;
    assert.deepEqual(vscode.languages.getDiagnostics(uri).map((d) => d.message), [], 'the template draft lints clean');
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Sono davvero furiosa!!! '));
    const diagnostics = await waitFor('lint diagnostics', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length ? found : undefined;
    });
    assert.ok(diagnostics.every((d) => d.source === 'Clean Break'));
    const exclamation = diagnostics.find((d) => /!/.test(editor.document.getText(d.range)));
    assert.ok(exclamation, diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, exclamation.range);
    assert.ok(actions.some((a) => a.kind?.value === 'quickfix' && a.edit), 'a quick fix is offered');
  });

  it('copies the draft as plain text', async () => {
    const text = await vscode.commands.executeCommand<string>(CommandId.copyDraft);
    assert.ok(text && text.startsWith('Oggetto: '));
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  it('drafts the referral note and the meeting request in English for an English client', async () => {
    const meeting = await vscode.commands.executeCommand<vscode.TextEditor>(CommandId.draftMeeting, { clientId: 'northwind' }, { anyway: true });
    assert.match(meeting.document.getText(), /^Subject: /);
    const referral = await vscode.commands.executeCommand<vscode.TextEditor>(CommandId.draftReferral, { clientId: 'northwind' }, { anyway: true });
    assert.match(referral.document.getText(), /^Subject: /);
    assert.notEqual(meeting.document.uri.toString(), referral.document.uri.toString(), 'each draft is a new document');
  });

  it('refuses a referral note for a client marked disrespectful, and opens nothing', async () => {
    const before = vscode.workspace.textDocuments.length;
    const result = await vscode.commands.executeCommand(CommandId.draftReferral, { clientId: 'harbor-labs' }, { anyway: true });
    assert.equal(result, undefined);
    assert.equal(vscode.workspace.textDocuments.length, before);
  });
});
