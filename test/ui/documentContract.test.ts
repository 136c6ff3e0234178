import * as assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFixturePath } from '../core/documents/fixtures';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

describe('A PDF contract (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    sample = sampleCopy();
    copyFileSync(documentFixturePath('fl-en-costa-del-sol.pdf'), join(sample.folder, 'contracts', 'bluefin-signed.pdf'));
    const clients = join(sample.folder, 'clients.yaml');
    writeFileSync(clients, readFileSync(clients, 'utf8').replace('contract: contracts/bluefin-sow.md', 'contract: contracts/bluefin-signed.pdf'));
    workbench = await openWorkbench({ folder: sample.folder });
  });
  after(async () => {
    await workbench?.close();
    sample?.remove();
  });

  it('opens from the tree as highlighted text, and a hover says the page of the clause', async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    const row = (text: string) => page.locator('.sidebar .monaco-list-row', { hasText: text }).first();
    await row('Bluefin Travel').click();
    // The Contract branch, whose description is the file: readiness reasons above it may name the file too.
    const contractBranch = page.locator('.sidebar .monaco-list-row').filter({ has: page.locator('.label-description', { hasText: /^contracts\/bluefin-signed\.pdf$/ }) });
    await contractBranch.click();
    // The branch lists every clause the engine found, payment and deliverables too: scroll the tree to the notice.
    const notice = row('Notice period');
    for (let i = 0; i < 30 && !(await notice.count()); i++) {
      await page.locator('.sidebar .monaco-list').first().hover();
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(100);
    }
    await notice.click();

    const tab = page.locator('.tabs-container .tab.active');
    await tab.waitFor();
    assert.match(await tab.innerText(), /bluefin-signed\.pdf/);
    const clause = page.locator('.monaco-editor .view-line', { hasText: 'cancelled with 30 days written notice' }).first();
    await clause.waitFor({ timeout: 20_000 });
    // The CodeLens above the clause moves it down when it appears: the positions are read after it.
    await page.locator('.monaco-editor .codelens-decoration', { hasText: /Notice 30 days → ends/ }).first().waitFor({ timeout: 20_000 });
    // Each highlight is a decoration Monaco draws as an element of its own in the editor's overlay layer: one lies
    // on the line of the notice clause.
    const highlights = page.locator('.monaco-editor .view-overlays [class*="ced-"]');
    await highlights.first().waitFor({ timeout: 20_000 });
    const box = await clause.boundingBox();
    assert.ok(box);
    const boxes = await highlights.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => ({ y: r.y, height: r.height, width: r.width })));
    assert.ok(
      boxes.some((b) => b.width > 0 && b.y < box.y + box.height / 2 && box.y + box.height / 2 < b.y + b.height),
      `a highlight on the notice line at y=${box.y}: ${JSON.stringify(boxes)}`,
    );
    const hover = await workbench.hoverOn(clause, 40, 'Notice period');
    assert.match(await hover.innerText(), /Page [12]/);
    await workbench.screenshot('pdf-contract');
  });
});
