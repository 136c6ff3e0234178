import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import type { PolishOutcome } from '../../src/extension/commands/polishDraft';
import { ChatServer } from '../support/chatServer';
import { KEPT, LEAKY_CLIENT, LEAKY_DRAFT, leaks } from '../support/personalData';
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

describe('Polish Draft: where the draft and the key may go (inside VS Code)', function () {
  this.timeout(60_000);
  let server: ChatServer;
  let other: ChatServer;
  const workspaceSetting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Workspace);
  const polish = (options: Record<string, unknown> = {}) => vscode.commands.executeCommand<PolishOutcome>(CommandId.polishDraft, { accept: false, ...options });
  const echo = { content: (user: string) => user };

  before(async () => {
    [server, other] = await Promise.all([ChatServer.start(), ChatServer.start()]);
    await setting('polish.model', 'test-model');
  });

  after(async () => {
    for (const key of ['polish.provider', 'polish.baseUrl', 'polish.model', 'polish.redact']) await setting(key, undefined);
    for (const key of ['polish.provider', 'polish.redact']) await workspaceSetting(key, undefined);
    const { services } = await extensionApi();
    await Promise.all([services.apiKeys.clear(server.baseUrl), services.apiKeys.clear(other.baseUrl)]);
    await Promise.all([server.close(), other.close()]);
    await closeAllEditors();
  });

  afterEach(closeAllEditors);

  it('redacts what goes to VS Code\'s language models (Copilot), which are never on this machine', async () => {
    await setting('polish.provider', 'vscode');
    await setting('polish.redact', 'auto');
    await openEnglishDraft();
    const outcome = await polish();
    const sent = outcome.request?.user ?? '';
    assert.ok(sent.startsWith('Subject: Ending our collaboration on 15 January 2027\n\nDear [[NAME_1]],'), sent);
    for (const name of NAMES) assert.ok(!sent.includes(name), `${name} was sent`);
    assert.ok(!sent.includes('1,200'), 'the amount was sent');
    await setting('polish.redact', 'off');
    await openEnglishDraft();
    assert.equal((await polish()).request?.user, ENGLISH_DRAFT, 'redaction off is followed');
  });

  it('redacts every name and identifier of a draft the user edited, for VS Code\'s language models', async () => {
    await setting('polish.provider', 'vscode');
    await setting('polish.redact', 'auto');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(CommandId.draftTermination, { clientId: LEAKY_CLIENT }, { anyway: true });
    const whole = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
    await editor.edit((edit) => edit.replace(whole, LEAKY_DRAFT));
    const sent = (await polish()).request?.user ?? '';
    assert.deepEqual(leaks(sent), [], sent);
    for (const date of KEPT) assert.ok(sent.includes(date), `${date} is kept`);
  });

  it('sends a stored key only to the endpoint it was stored for', async () => {
    const { services } = await extensionApi();
    await setting('polish.provider', 'openai');
    await setting('polish.redact', 'auto');
    await services.apiKeys.set(server.baseUrl, 'sk-for-the-first');
    for (const endpoint of [server, other]) {
      await setting('polish.baseUrl', endpoint.baseUrl);
      endpoint.plan({ content: GOOD_POLISH });
      await openEnglishDraft();
      await polish();
    }
    assert.equal(server.requests.at(-1)?.headers.authorization, 'Bearer sk-for-the-first');
    assert.equal(other.requests.at(-1)?.headers.authorization, 'Bearer no-key');
  });

  it('never shows the stored key, even when the endpoint echoes it in an error', async () => {
    const { services } = await extensionApi();
    const key = 'sk-proj-Echo4242c0ffeeDeadBeef';
    await setting('polish.provider', 'openai');
    await setting('polish.baseUrl', server.baseUrl);
    await services.apiKeys.set(server.baseUrl, key);
    server.plan({ status: 400, message: `Invalid request for key ${key}; Authorization: Bearer ${key}` });
    await openEnglishDraft();
    const outcome = await polish();
    assert.equal(outcome.state, 'rejected');
    assert.match(outcome.reason ?? '', /\(400\)/);
    assert.ok(!(outcome.reason ?? '').includes(key.slice(0, 10)), outcome.reason);
  });

  it('applies the workspace\'s own redact: off only once the user says yes, and asks once', async () => {
    await setting('polish.provider', 'openai');
    await setting('polish.baseUrl', server.baseUrl);
    await setting('polish.redact', 'on');
    await workspaceSetting('polish.redact', 'off');
    const asked: string[][] = [];
    const answer = (yes: boolean) => (settings: string[]) => {
      asked.push(settings);
      return Promise.resolve(yes);
    };
    server.plan(echo, echo, echo);
    await openEnglishDraft();
    assert.notEqual((await polish({ confirmWorkspaceSettings: answer(false) })).request?.user, ENGLISH_DRAFT, 'refused: still redacted');
    await openEnglishDraft();
    assert.equal((await polish({ confirmWorkspaceSettings: answer(true) })).request?.user, ENGLISH_DRAFT, 'allowed: as the workspace says');
    await openEnglishDraft();
    assert.equal((await polish({ confirmWorkspaceSettings: answer(false) })).request?.user, ENGLISH_DRAFT, 'not asked again');
    assert.deepEqual(asked, [['polish.redact: off'], ['polish.redact: off']]);
    await workspaceSetting('polish.redact', undefined);
  });

  it('uses a provider set by the workspace only once the user says yes', async () => {
    await setting('polish.provider', undefined);
    await setting('polish.redact', 'auto');
    await setting('polish.baseUrl', other.baseUrl);
    await workspaceSetting('polish.provider', 'openai');
    const before = other.requests.length;
    await openEnglishDraft();
    const refused = await polish({ confirmWorkspaceSettings: () => Promise.resolve(false) });
    assert.equal(refused.state, 'unavailable');
    assert.equal(other.requests.length, before, 'nothing was sent');
    other.plan({ content: GOOD_POLISH });
    await openEnglishDraft();
    const allowed = await polish({ confirmWorkspaceSettings: () => Promise.resolve(true) });
    assert.equal(allowed.state, 'kept', allowed.reason);
    assert.equal(other.requests.length, before + 1);
    await workspaceSetting('polish.provider', undefined);
  });
});
