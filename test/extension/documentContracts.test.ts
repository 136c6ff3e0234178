import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientTreeNode } from '../../src/extension/clients/clientTree';
import { CommandId } from '../../src/extension/commands/ids';
import { CONTRACT_TEXT_SCHEME, contractTextUri } from '../../src/extension/contracts/contractDocuments';
import { documentFixturePath } from '../core/documents/fixtures';
import { clientsPath, closeAllEditors, extensionApi, readClients, waitFor, workspaceRoot } from './helpers';

describe('Contracts kept as PDF or Word files (inside VS Code)', function () {
  this.timeout(60_000);
  let original: string;

  before(async () => {
    const { services } = await extensionApi();
    copyFileSync(documentFixturePath('fl-en-costa-del-sol.pdf'), join(workspaceRoot(), 'contracts', 'bluefin-signed.pdf'));
    original = readClients();
    // Bluefin's brand guide is pinned to a passage of the PDF, so a deliverable is cited in it.
    writeFileSync(
      clientsPath(),
      original
        .replace('contract: contracts/bluefin-sow.md', 'contract: contracts/bluefin-signed.pdf')
        .replace('      - title: Brand guide handover\n', '      - title: Brand guide handover\n        ref: "Mobile-first responsive design"\n'),
    );
    await waitFor('clients.yaml naming the PDF', async () => {
      const portfolio = await services.portfolio();
      return portfolio?.entry('bluefin')?.client.contract === 'contracts/bluefin-signed.pdf' ? true : undefined;
    });
  });

  after(async () => {
    await closeAllEditors();
    writeFileSync(clientsPath(), original);
  });

  it('opens a PDF contract from the tree as read-only text, highlighted clause by clause, each with its page', async () => {
    const { tree, services } = await extensionApi();
    const bluefin = (await tree.getChildren()).find((n) => n.type === 'client' && n.entry.client.id === 'bluefin')!;
    const contractGroup = (await tree.getChildren(bluefin)).find((n) => n.type === 'group' && n.group === 'contract')!;
    const clauses = (await tree.getChildren(contractGroup)).filter((n): n is Extract<ClientTreeNode, { type: 'clause' }> => n.type === 'clause');
    const notice = clauses.find((n) => n.span.kind === 'notice' && n.span.value === 30);
    assert.ok(notice, `a 30-day notice among ${clauses.map((n) => n.span.kind).join(', ')}`);
    assert.equal(notice.uri.scheme, CONTRACT_TEXT_SCHEME);

    const command = tree.getTreeItem(notice).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the contract text in an editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === CONTRACT_TEXT_SCHEME ? active : undefined;
    });
    const { document } = editor;
    assert.match(document.uri.path, /bluefin-signed\.pdf$/);
    assert.match(document.getText(), /^# Web Development Agreement/);

    const ranges = await waitFor('decorations', () => {
      const decorated = services.highlighter.appliedHighlights(document.uri);
      return decorated.get('notice')?.length ? decorated : undefined;
    });
    const noticeRanges = ranges.get('notice')!;
    const expected = new vscode.Range(document.positionAt(notice.span.start), document.positionAt(notice.span.end));
    assert.ok(noticeRanges.some((r) => r.isEqual(expected)), `the notice clause is highlighted at ${JSON.stringify(expected)}`);
    assert.match(document.getText(expected), /cancelled with 30 days written notice/);
    const kinds = [...ranges].filter(([, list]) => list.length).map(([kind]) => kind).sort();
    assert.deepEqual(kinds, [...new Set(clauses.map((n) => n.span.kind))].sort());

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, expected.start.translate(0, 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /Notice period/);
    assert.match(hoverText, /_Page [12]_/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.ok(lenses.some((l) => /^Notice 30 days → ends \d{1,2} [A-Z][a-z]+ \d{4} if given today$/.test(l.command?.title ?? '')));
  });

  it("reveals a deliverable's passage in the PDF's text, and marks what is still owed there", async () => {
    const { tree, deliverables } = await extensionApi();
    const bluefin = (await tree.getChildren()).find((n) => n.type === 'client' && n.entry.client.id === 'bluefin')!;
    const group = (await tree.getChildren(bluefin)).find((n) => n.type === 'group' && n.group === 'deliverables')!;
    const cited = (await tree.getChildren(group)).filter((n): n is Extract<ClientTreeNode, { type: 'deliverable' }> => n.type === 'deliverable' && n.cited?.cited !== undefined);
    assert.ok(cited.length > 0, 'a deliverable of bluefin is cited in the PDF');
    for (const node of cited) assert.equal(node.passageIn?.scheme, CONTRACT_TEXT_SCHEME, `${node.deliverable.title} opens the PDF's text, not its bytes`);
    const command = tree.getTreeItem(cited[0]).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the PDF text in an editor', () => (vscode.window.activeTextEditor?.document.uri.scheme === CONTRACT_TEXT_SCHEME ? vscode.window.activeTextEditor : undefined));
    assert.ok(!editor.selection.isEmpty, 'the passage is selected');
    assert.doesNotMatch(editor.document.getText(), /%PDF/);
    const drawn = await waitFor('the deliverables drawn in the PDF text', () => {
      const marks = deliverables.drawnIn(editor.document.uri);
      return Object.values(marks).some((ranges) => ranges.length) ? marks : undefined;
    });
    assert.ok(Object.values(drawn).flat().length >= cited.length);
  });

  it("warns in the PDF's text, on its notice clause, when the chosen end date comes before the notice allows", async () => {
    const pdf = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'bluefin-signed.pdf'));
    const inText = () => vscode.languages.getDiagnostics(contractTextUri(pdf)).filter((d) => d.code === 'notice-too-short');
    const before = readClients();
    try {
      const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
      assert.equal(await vscode.commands.executeCommand(CommandId.recordDecision, { clientId: 'bluefin' }, { reason: 'I no longer think my services meet your needs', endAfter: soon }), true);
      const [warning] = await waitFor('the notice warning in the contract text', () => (inText().length ? inText() : undefined));
      assert.match(warning.message, /^Bluefin Travel: Ends on .*, sooner than the contract's 30 days of notice allow/);
      const document = await vscode.workspace.openTextDocument(contractTextUri(pdf));
      assert.match(document.getText(warning.range), /30 days written notice/);
      assert.deepEqual(vscode.languages.getDiagnostics(pdf).filter((d) => d.code === 'notice-too-short'), []);
    } finally {
      writeFileSync(clientsPath(), before);
    }
    await waitFor('the warning to clear', () => (inText().length === 0 ? true : undefined));
  });

  it('reads the PDF again when the file changes', async () => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.scheme === CONTRACT_TEXT_SCHEME && d.uri.path.endsWith('bluefin-signed.pdf'));
    assert.ok(document, 'the contract text is still open');
    const pdf = join(workspaceRoot(), 'contracts', 'bluefin-signed.pdf');
    copyFileSync(documentFixturePath('fl-en-4ideas.pdf'), pdf);
    await waitFor('the new text', () => (/^# Contract Template for 4iDeas Web Development/.test(document.getText()) ? true : undefined), 20_000);
    copyFileSync(documentFixturePath('fl-en-costa-del-sol.pdf'), pdf);
    await waitFor('the first text again', () => (/^# Web Development Agreement/.test(document.getText()) ? true : undefined), 20_000);
  });

  it('reads the PDF for the readiness check like a Markdown contract', async () => {
    const { services } = await extensionApi();
    const portfolio = (await services.portfolio())!;
    const status = await portfolio.contract(portfolio.entry('bluefin')!.client);
    assert.equal(status.state, 'scanned');
    assert.equal(status.state === 'scanned' && status.summary.noticeDays, 30);
  });

  it('converts the PDF to a Markdown copy beside it, never replacing a file', async () => {
    const pdf = vscode.Uri.file(join(workspaceRoot(), 'contracts', 'bluefin-signed.pdf'));
    const first = await vscode.commands.executeCommand<vscode.Uri>(CommandId.convertContract, pdf);
    const second = await vscode.commands.executeCommand<vscode.Uri>(CommandId.convertContract, pdf);
    assert.equal(first.fsPath, join(workspaceRoot(), 'contracts', 'bluefin-signed.md'));
    assert.equal(second.fsPath, join(workspaceRoot(), 'contracts', 'bluefin-signed (2).md'));
    const copy = readFileSync(first.fsPath, 'utf8');
    assert.match(copy.split('\n')[0], /^<!-- Converted by Clean Break from bluefin-signed\.pdf \(SHA-256 [0-9a-f]{64}\) -->$/);
    assert.match(copy, /# Web Development Agreement/);
    for (const uri of [first, second]) await vscode.workspace.fs.delete(uri);
    assert.equal(existsSync(first.fsPath), false);
  });
});
