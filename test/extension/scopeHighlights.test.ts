import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { clientsPath, closeAllEditors, deliverableInTree, extensionApi, hoverText, readClients, waitFor, workspaceRoot } from './helpers';

const fileUri = (...path: string[]) => vscode.Uri.file(join(workspaceRoot(), ...path));
const proposal = () => fileUri('scope', 'lago-eventi', '02-proposta.eml');
const linesOf = (document: vscode.TextDocument, ranges: readonly vscode.Range[]) => ranges.map((r) => [r.start.line, document.getText(r)]);

async function lensTitles(uri: vscode.Uri, expected: RegExp): Promise<string[]> {
  return waitFor(`a CodeLens like ${expected}`, async () => {
    const titles = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).map((l) => l.command?.title ?? '');
    return titles.some((t) => expected.test(t)) ? titles : undefined;
  });
}

describe('Notes and emails of a scope, highlighted (inside VS Code)', () => {
  after(closeAllEditors);

  describe('the sample scope of three emails', () => {
    it("draws the email's clauses and owed passages where its own words are, never on headers, signature or quote", async () => {
      const { deliverables, services } = await extensionApi();
      const editor = await vscode.window.showTextDocument(proposal());
      const owed = await waitFor('owed passages drawn in the email', () => {
        const drawn = deliverables.drawnIn(proposal()).owed;
        return drawn.length === 3 ? drawn : undefined;
      });
      assert.deepEqual(linesOf(editor.document, owed), [
        [14, 'Sito del festival con il programma delle serate e la mappa dei luoghi, consegna entro il 15 marzo 2027.'],
        [15, "Biglietteria online: integrazione della vendita dei biglietti con Eventbrite, collaudata prima dell'apertura delle vendite."],
        [16, 'Dieci grafiche per i social (Instagram e Facebook) per il lancio, entro il 31 marzo 2027.'],
      ]);
      const clauses = services.highlighter.appliedHighlights(proposal());
      assert.deepEqual(linesOf(editor.document, clauses.get('payment') ?? []).pop(), [18, 'Il compenso è di 3.500 euro: il 50% alla conferma, il resto alla consegna del sito.']);
      // Headers end on line 9; the signature starts on line 20 and the quoted request follows it.
      const all = [...clauses.values()].flat();
      assert.ok(all.length > 0 && all.every((r) => r.start.line >= 10 && r.end.line < 20), JSON.stringify(linesOf(editor.document, all)));
    });

    it("says on hover what is owed, and the email's sender and date", async () => {
      const document = await vscode.workspace.openTextDocument(proposal());
      const text = await hoverText(proposal(), document.positionAt(document.getText().indexOf('Biglietteria online:') + 3));
      assert.match(text, /Still owed: Biglietteria online/);
      assert.match(text, /not started · not paid yet/);
      assert.match(text, /In the email from Giulia Rossi <giulia@rossistudio\.example> of 12 November 2026/);
    });

    it('sums up the whole scope in a CodeLens, saying it rests on emails', async () => {
      const titles = await lensTitles(proposal(), /^Rests on/);
      const summary = titles.find((t) => t.startsWith('Rests on'))!;
      assert.match(summary, /^Rests on 3 emails, not a signed contract · Still owed: 3 deliverables, 1 already paid · ends \d{1,2} \w+ \d{4} if notice is given today$/);
    });

    it('marks nothing in an email its file encodes, and says why in a CodeLens', async () => {
      const { deliverables, services } = await extensionApi();
      const confirmation = fileUri('scope', 'lago-eventi', '03-conferma.eml');
      await vscode.window.showTextDocument(confirmation);
      const titles = await lensTitles(confirmation, /encoded/);
      assert.ok(titles.includes('This email is encoded in its file (quoted-printable or base64): its passages cannot be marked here; the Clean Break view lists them'), titles.join('\n'));
      assert.ok(titles.some((t) => t.startsWith('Rests on 3 emails')));
      assert.deepEqual(Object.values(deliverables.drawnIn(confirmation)).flat(), []);
      assert.deepEqual([...services.highlighter.appliedHighlights(confirmation).values()].flat(), []);
    });

    it('opens the email at the passage from the tree', async () => {
      await closeAllEditors();
      const item = await deliverableInTree('lago-eventi', 'Biglietteria online');
      assert.match(String(item.description), /scope\/lago-eventi\/02-proposta\.eml, line 16/);
      assert.equal(item.command?.command, CommandId.revealClause);
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const editor = await waitFor('the email opened', () => (vscode.window.activeTextEditor?.document.uri.fsPath === proposal().fsPath ? vscode.window.activeTextEditor : undefined));
      assert.equal(editor.document.getText(editor.selection), "Biglietteria online: integrazione della vendita dei biglietti con Eventbrite, collaudata prima dell'apertura delle vendite.");
    });
  });

  it("lists the scope's clauses in the tree's Contract branch, each opening in its own email", async () => {
    await closeAllEditors();
    const { tree } = await extensionApi();
    const client = (await tree.getChildren()).find((n) => n.type === 'client' && n.entry.client.id === 'lago-eventi')!;
    const group = (await tree.getChildren(client)).find((n) => n.type === 'group' && n.group === 'contract')!;
    const children = await tree.getChildren(group);
    assert.equal(children[0].type === 'message' && children[0].text, 'The scope rests on 3 emails, not a signed contract.');
    // The last payment clause of the proposal is its fee.
    const payment = children.filter((n) => n.type === 'clause' && n.span.kind === 'payment' && n.file === '02-proposta.eml').pop();
    assert.ok(payment, children.map((n) => (n.type === 'clause' ? `${n.span.kind} ${n.file}` : n.type)).join('\n'));
    const item = tree.getTreeItem(payment);
    assert.match(String(item.description), /· 02-proposta\.eml$/);
    // The quoted-printable confirmation has no place for its words in its file: none of its clauses is listed.
    assert.ok(children.every((n) => n.type !== 'clause' || n.file !== '03-conferma.eml'));
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the email opened', () => (vscode.window.activeTextEditor?.document.uri.fsPath === proposal().fsPath ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(editor.selection), 'Il compenso è di 3.500 euro: il 50% alla conferma, il resto alla consegna del sito.');
  });

  describe('a folder of a note, an email with CRLF line ends and a base64 email', () => {
    const folder = () => join(workspaceRoot(), 'scope', 'scope-test');
    const note = () => fileUri('scope', 'scope-test', 'appunti.md');
    const mail = () => fileUri('scope', 'scope-test', 'brief.eml');
    let original: string;

    before(async () => {
      const { services } = await extensionApi();
      await closeAllEditors();
      mkdirSync(folder(), { recursive: true });
      writeFileSync(join(folder(), 'appunti.md'), '# Notes from the call of 20 November 2026\n\n- Logo refresh: a new logo in three sizes, by 15 January 2027.\n- Hosting stays with the client.\n');
      const email = [
        'From: Tom Baker <tom@scopetest.example>',
        'To: Giulia Rossi <giulia@rossistudio.example>',
        'Subject: Newsletter',
        'Date: Wed, 18 Nov 2026 10:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Hi Giulia,',
        '',
        'One more thing for the launch:',
        '',
        '- Newsletter template: one design for our monthly mailing, by 1 February 2027.',
        '',
        'Best regards,',
        'Tom',
        '',
        'On Tue, 17 Nov 2026, Giulia Rossi wrote:',
        '> - Logo refresh: a new logo in three sizes, by 15 January 2027.',
        '',
      ];
      writeFileSync(join(folder(), 'brief.eml'), email.join('\r\n'));
      const banners = Buffer.from('Hello again,\n\n- Social banners: five banners for the launch, by 1 March 2027.\n').toString('base64');
      writeFileSync(join(folder(), 'extra.eml'), `${email.slice(0, 6).join('\n')}\nContent-Transfer-Encoding: base64\n\n${banners}\n`);
      // Pasted from a mail program without its headers: not an email at all.
      writeFileSync(join(folder(), 'pasted.eml'), '\n\nHi Giulia, the logo is fine.\n');
      original = readClients();
      writeFileSync(
        clientsPath(),
        `${original.trimEnd()}\n\n  - id: scope-test\n    name: Scope Test Ltd\n    language: en\n    contract: scope/scope-test/\n    deliverables:\n      - title: Logo refresh\n        due: 2027-01-15\n        status: in-progress\n        paid: true\n      - title: Newsletter template\n        status: not-started\n      - title: Social banners\n        status: not-started\n`,
      );
      await waitFor('the new client read', async () => ((await services.portfolio())?.entry('scope-test') ? true : undefined), 15_000);
    });

    after(async () => {
      const { services } = await extensionApi();
      await closeAllEditors();
      writeFileSync(clientsPath(), original);
      rmSync(folder(), { recursive: true, force: true });
      await waitFor('clients.yaml as it was', async () => ((await services.portfolio())?.entry('scope-test') ? undefined : true), 15_000);
    });

    it('draws in each file only the passages that lie in it, at their place in a CRLF email', async () => {
      const { deliverables } = await extensionApi();
      const noteEditor = await vscode.window.showTextDocument(note());
      const inNote = await waitFor('the note drawn', () => (deliverables.drawnIn(note()).owed.length ? deliverables.drawnIn(note()).owed : undefined));
      assert.deepEqual(linesOf(noteEditor.document, inNote), [[2, 'Logo refresh: a new logo in three sizes, by 15 January 2027.']]);
      const mailEditor = await vscode.window.showTextDocument(mail());
      assert.equal(mailEditor.document.eol, vscode.EndOfLine.CRLF);
      const inMail = await waitFor('the email drawn', () => (deliverables.drawnIn(mail()).owed.length ? deliverables.drawnIn(mail()).owed : undefined));
      // The quoted copy of the note's line, on line 18, is not the sender's promise.
      assert.deepEqual(linesOf(mailEditor.document, inMail), [[12, 'Newsletter template: one design for our monthly mailing, by 1 February 2027.']]);
      const text = await hoverText(mail(), inMail[0].start.translate(0, 3));
      assert.match(text, /Still owed: Newsletter template/);
      assert.match(text, /In the email from Tom Baker <tom@scopetest\.example> of 18 November 2026/);
      const titles = await lensTitles(note(), /^Rests on/);
      assert.match(titles.find((t) => t.startsWith('Rests on'))!, /^Rests on 2 emails \+ 1 note, not a signed contract · Still owed: 3 deliverables, 1 already paid · ends \d{1,2} \w+ \d{4} if notice is given today$/);
    });

    it('matches the note again as it is edited, without a reload', async () => {
      const { deliverables } = await extensionApi();
      const editor = await vscode.window.showTextDocument(note());
      await editor.edit((b) => b.insert(new vscode.Position(2, 0), '- Kick-off call on 23 November.\n- Moodboard shared on 25 November.\n'));
      const moved = await waitFor('the passage two lines down', () => {
        const owed = deliverables.drawnIn(note()).owed;
        return owed[0]?.start.line === 4 ? owed : undefined;
      });
      assert.equal(editor.document.getText(moved[0]), 'Logo refresh: a new logo in three sizes, by 15 January 2027.');
      await editor.edit((b) => b.delete(editor.document.lineAt(4).rangeIncludingLineBreak));
      await waitFor('the passage gone', () => (deliverables.drawnIn(note()).owed.length === 0 ? true : undefined));
      const titles = await lensTitles(note(), /not found in these notes and emails/);
      assert.ok(titles.some((t) => t.includes('Still owed: 3 deliverables, 1 already paid · 1 not found in these notes and emails')), titles.join('\n'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('opens a base64 email from the tree at its top, where its CodeLens explains, and draws nothing in it', async () => {
      const { deliverables } = await extensionApi();
      await closeAllEditors();
      const item = await deliverableInTree('scope-test', 'Social banners');
      assert.match(String(item.description), /scope\/scope-test\/extra\.eml \(encoded email\)/);
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const extra = fileUri('scope', 'scope-test', 'extra.eml');
      const editor = await waitFor('the email opened', () => (vscode.window.activeTextEditor?.document.uri.fsPath === extra.fsPath ? vscode.window.activeTextEditor : undefined));
      assert.deepEqual([editor.selection.start.line, editor.selection.isEmpty], [0, true]);
      await lensTitles(extra, /^This email is encoded/);
      assert.deepEqual(Object.values(deliverables.drawnIn(extra)).flat(), []);
    });

    it('says in the editor why a file of the scope is not read as an email', async () => {
      const pasted = fileUri('scope', 'scope-test', 'pasted.eml');
      await vscode.window.showTextDocument(pasted);
      await lensTitles(pasted, /^Not read as an email: no email headers \(From:, Date:, Subject:\) at its start$/);
    });

    it('warns in the Problems panel on the note stating the notice, when the chosen end date comes sooner than it allows', async () => {
      const { services } = await extensionApi();
      await closeAllEditors();
      writeFileSync(join(folder(), 'termini.md'), '# Terms agreed on the call\n\nEither of us can end this agreement with thirty (30) days written notice.\n');
      const terms = fileUri('scope', 'scope-test', 'termini.md');
      const warnings = () => vscode.languages.getDiagnostics(terms).filter((d) => d.code === 'notice-too-short');
      const inTheScope = async () => {
        const status = await (await services.portfolio())?.contract((await services.portfolio())!.entry('scope-test')!.client);
        return status?.state === 'scanned' && status.clauses?.some((c) => c.path.endsWith('termini.md')) ? true : undefined;
      };
      // Touching clients.yaml makes the extension read the scope again, with the new note.
      writeFileSync(clientsPath(), `${readClients()}\n`);
      await waitFor('the note read with the scope', inTheScope, 15_000);
      assert.deepEqual(warnings(), [], 'no decision yet, nothing to act on');
      const ended = new Date();
      ended.setDate(ended.getDate() + 10);
      const endAfter = `${ended.getFullYear()}-${String(ended.getMonth() + 1).padStart(2, '0')}-${String(ended.getDate()).padStart(2, '0')}`;
      assert.equal(await vscode.commands.executeCommand(CommandId.recordDecision, { clientId: 'scope-test' }, { reason: 'I no longer think my services meet your needs', endAfter }), true);
      const [warning] = await waitFor('the notice warning on the note', () => (warnings().length ? warnings() : undefined), 15_000);
      assert.match(warning.message, /^Scope Test Ltd: Ends on .*, sooner than the contract's 30 days of notice allow/);
      const document = await vscode.workspace.openTextDocument(terms);
      assert.equal(document.getText(warning.range), 'Either of us can end this agreement with thirty (30) days written notice.');
    });
  });
});
