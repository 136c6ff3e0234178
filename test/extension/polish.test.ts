import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import type { PolishOutcome } from '../../src/extension/commands/polishDraft';
import { ChatServer } from '../support/chatServer';
import { POLISH_CASES } from '../support/polishCases';
import { END_DATE, ENGLISH_DRAFT, GOOD_POLISH, NAMES } from '../support/polishDrafts';
import { closeAllEditors, extensionApi, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('cleanBreak');
const setting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);

async function openEnglishDraft(): Promise<vscode.TextDocument> {
  const { services } = await extensionApi();
  const editor = await services.drafts.open(ENGLISH_DRAFT, {
    kind: 'termination',
    clientId: 'test',
    language: 'en',
    known: { names: NAMES, endDate: END_DATE, noticeDays: 30 },
  });
  return editor.document;
}

function diffTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === 'clean-break-polish'),
  );
}

describe('Polish Draft against an OpenAI-compatible endpoint over real HTTP (inside VS Code)', function () {
  this.timeout(60_000);
  let server: ChatServer;

  before(async () => {
    server = await ChatServer.start();
    await setting('polish.provider', 'openai');
    await setting('polish.baseUrl', server.baseUrl);
    await setting('polish.model', 'test-model');
  });

  after(async () => {
    for (const key of ['polish.provider', 'polish.baseUrl', 'polish.model', 'polish.timeoutSeconds', 'polish.redact']) await setting(key, undefined);
    await server.close();
    await closeAllEditors();
  });

  afterEach(closeAllEditors);

  it('shows the polish streaming into a diff beside the draft, then replaces the draft when accepted', async () => {
    const draft = await openEnglishDraft();
    server.plan({ content: GOOD_POLISH, pieceDelayMs: 20 });
    const running = vscode.commands.executeCommand<PolishOutcome>(CommandId.polishDraft, { accept: true });
    await waitFor('the diff view', () => (diffTabOpen() ? true : undefined));
    const outcome = await running;
    assert.equal(outcome.state, 'replaced');
    assert.equal(draft.getText(), GOOD_POLISH);
    assert.equal(diffTabOpen(), false, 'the diff closes once the user chose');
    const sent = server.requests.at(-1)?.body;
    assert.ok(sent);
    assert.deepEqual(sent.messages.map((m) => m.role), ['system', 'user']);
    assert.equal(sent.messages[1].content, ENGLISH_DRAFT, 'only the draft is sent (loopback: not redacted)');
  });

  it('keeps the draft when the user declines an accepted polish', async () => {
    const draft = await openEnglishDraft();
    server.plan({ content: GOOD_POLISH });
    const outcome = await vscode.commands.executeCommand<PolishOutcome>(CommandId.polishDraft, { accept: false });
    assert.equal(outcome.state, 'kept');
    assert.equal(draft.getText(), ENGLISH_DRAFT);
  });

  // Cancellation needs the progress notification's Cancel button; the core and command-line tests cover it.
  for (const testCase of POLISH_CASES.filter((c) => !c.cancel)) {
    it(`ends with a usable draft and a clear message: ${testCase.name}`, async () => {
      await setting('polish.timeoutSeconds', testCase.timeoutSeconds ?? 30);
      await setting('polish.redact', testCase.redact ? 'on' : 'auto');
      const draft = await openEnglishDraft();
      const before = server.requests.length;
      server.plan(...testCase.replies);
      const outcome = await vscode.commands.executeCommand<PolishOutcome>(CommandId.polishDraft, { accept: true });
      assert.equal(draft.getText(), testCase.expected);
      if (testCase.reason) {
        assert.equal(outcome.state, 'rejected');
        assert.match(outcome.reason ?? '', testCase.reason);
      } else {
        assert.equal(outcome.state, 'replaced');
      }
      assert.equal(server.requests.length - before, testCase.requests);
      assert.equal(server.pending, 0);
    });
  }

  it('says how to configure a model when the provider is none, and sends nothing', async () => {
    await setting('polish.provider', 'none');
    const draft = await openEnglishDraft();
    const before = server.requests.length;
    const outcome = await vscode.commands.executeCommand<PolishOutcome>(CommandId.polishDraft, { accept: true });
    assert.equal(outcome.state, 'unavailable');
    assert.equal(server.requests.length, before);
    assert.equal(draft.getText(), ENGLISH_DRAFT);
    await setting('polish.provider', 'openai');
  });
});
