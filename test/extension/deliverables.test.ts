import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, deliverableInTree, extensionApi, waitFor, workspaceRoot } from './helpers';

const contractUri = () => vscode.Uri.file(join(workspaceRoot(), 'contracts', 'bluefin-sow.md'));
const lineText = (document: vscode.TextDocument, range: vscode.Range) => document.getText(range);

describe('Deliverables in the contract (inside VS Code)', () => {
  after(closeAllEditors);

  it('highlights the passage of the deliverable still owed, and the delivered one apart', async () => {
    const { deliverables } = await extensionApi();
    const editor = await vscode.window.showTextDocument(contractUri());
    const drawn = await waitFor('owed deliverables drawn', () => {
      const ranges = deliverables.drawnIn(contractUri());
      return ranges.owed.length ? ranges : undefined;
    });
    assert.deepEqual(drawn.owed.map((r) => [r.start.line, lineText(editor.document, r)]), [[13, 'Brand guide handover: by 11 December 2026.']]);
    assert.deepEqual(drawn.delivered.map((r) => [r.start.line, lineText(editor.document, r)]), [[12, 'Booking widget: by 30 September 2026.']]);
    assert.deepEqual(drawn.ambiguous, []);
  });

  it('says on hover what is owed: status, due date, paid and by which invoice', async () => {
    const document = await vscode.workspace.openTextDocument(contractUri());
    const position = document.positionAt(document.getText().indexOf('Brand guide handover: by') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', contractUri(), position);
    // MarkdownString.appendText writes spaces as &nbsp; and escapes Markdown's punctuation.
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/&nbsp;/g, ' ')
      .replace(/\\([-()[\]*_#+.!`\\])/g, '$1');
    assert.match(text, /Still owed: Brand guide handover/);
    assert.match(text, /in progress · due 11 December 2026 · already paid, invoice 2026-041 \(paid 10 September 2026\)/);
  });

  it('sums it up in a CodeLens at the top that runs Show Readiness for the client', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', contractUri());
    const summary = lenses.find((l) => l.command?.title.startsWith('Still owed'));
    assert.ok(summary, lenses.map((l) => l.command?.title).join('\n'));
    assert.equal(summary.range.start.line, 0);
    assert.match(summary.command!.title, /^Still owed: 1 deliverable, 1 already paid · ends \d{1,2} \w+ \d{4} if notice is given today$/);
    assert.equal(summary.command!.command, CommandId.showReadiness);
    assert.deepEqual(summary.command!.arguments, [{ clientId: 'bluefin' }]);
  });

  it('follows an edit of the contract without a reload', async () => {
    const { deliverables } = await extensionApi();
    const editor = await vscode.window.showTextDocument(contractUri());
    await editor.edit((b) => b.insert(new vscode.Position(11, 0), '- Kick-off call: by 10 May 2026.\n- Moodboard: by 20 May 2026.\n'));
    const moved = await waitFor('the highlight two lines down', () => {
      const owed = deliverables.drawnIn(contractUri()).owed;
      return owed[0]?.start.line === 15 ? owed : undefined;
    });
    assert.equal(lineText(editor.document, moved[0]), 'Brand guide handover: by 11 December 2026.');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reveals the matched passage from the tree', async () => {
    await closeAllEditors();
    const item = await deliverableInTree('bluefin', 'Brand guide handover');
    assert.match(String(item.description), /line 14/);
    assert.equal(item.command?.command, CommandId.revealClause);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the contract opened', () => (vscode.window.activeTextEditor?.document.uri.fsPath === contractUri().fsPath ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(editor.selection), 'Brand guide handover: by 11 December 2026.');
  });

  it('hints at a deliverable the contract does not clearly promise, with a quick fix that adds a ref', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(clientsPath()));
    await vscode.window.showTextDocument(document);
    const anchor = '      - title: Brand guide handover\n';
    const at = document.getText().indexOf(anchor);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(at), '      - title: Booking widget tweaks\n        status: not-started\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hint = await waitFor('the hint', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'clients/deliverable-unmatched'), 15_000);
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(hint.message, /“Booking widget tweaks” could be promised in several places of bluefin-sow\.md \(lines 7, 13, 18\)/);
    assert.equal(document.getText(hint.range), 'Booking widget tweaks');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, hint.range);
    const fix = actions.find((a) => a.title.startsWith('Add ref: "Booking widget: by'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join('\n'));
    assert.ok(actions.some((a) => a.title === 'Add ref: choose the passage…'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /- title: Booking widget tweaks\n {8}status: not-started\n {8}ref: Booking widget: by\n|ref: "?Booking widget: by/);
    await waitFor('the hint gone', () => (vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'clients/deliverable-unmatched') ? undefined : true), 15_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('hints alike at a deliverable that several emails of a scope could promise, each fix naming its email', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(clientsPath()));
    await vscode.window.showTextDocument(document);
    const anchor = '      - title: Grafiche social per il lancio\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().indexOf(anchor)), '      - title: Programma delle serate\n        status: not-started\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hint = await waitFor('the hint', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'clients/deliverable-unmatched'), 15_000);
    assert.equal(document.getText(hint.range), 'Programma delle serate');
    assert.match(hint.message, /“Programma delle serate” could be promised in several places of scope\/lago-eventi\/ \(01-richiesta\.eml, line 12; 02-proposta\.eml, line 15\)/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, hint.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Add ref: ".+" \(01-richiesta\.eml, line 12\)$/.test(t)), titles.join('\n'));
    const fix = actions.find((a) => /\(02-proposta\.eml, line 15\)$/.test(a.title));
    assert.ok(fix?.edit, titles.join('\n'));
    assert.ok(titles.includes('Add ref: choose the passage…'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor('the hint gone', () => (vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'clients/deliverable-unmatched') ? undefined : true), 15_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
