import * as assert from 'node:assert/strict';
import { ChatServer } from '../support/chatServer';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

describe('Polish Draft, cancelled from its progress notification (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let server: ChatServer;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    server = await ChatServer.start();
    sample = sampleCopy();
    workbench = await openWorkbench({
      folder: sample.folder,
      settings: { 'cleanBreak.polish.provider': 'openai', 'cleanBreak.polish.baseUrl': server.baseUrl, 'cleanBreak.polish.model': 'test-model' },
    });
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
    sample?.remove();
  });

  it('keeps the draft and says the polish was cancelled', async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'ACME S.p.A.' }).waitFor({ timeout: 30_000 });
    await workbench.runCommand('Clean Break: Draft Meeting Request');
    await workbench.pickQuickItem('Northwind Analytics Ltd');
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Draft Anyway' }).click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Subject:' }).first().waitFor();
    // A reply that trickles in, so there is time to cancel it.
    server.plan({ content: 'Subject: a very slow reply that never gets to the point', pieceDelayMs: 2_000 });
    await workbench.runCommand('Clean Break: Polish Draft');
    const progress = page.locator('.notification-toast', { hasText: 'Polishing the draft' });
    await progress.waitFor({ timeout: 20_000 });
    await page.locator('.monaco-diff-editor').first().waitFor();
    await workbench.screenshot('polish-streaming');
    await progress.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await page.locator('.notification-toast', { hasText: 'The polish was not used: cancelled' }).waitFor({ timeout: 20_000 });
    await workbench.screenshot('polish-cancelled');
    assert.equal(server.requests.length, 1);
    assert.equal(await page.locator('.monaco-diff-editor').count(), 0, 'the diff is closed');
    await page.locator('.monaco-editor .view-line', { hasText: 'Subject:' }).first().waitFor();
  });
});
