import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

describe('Workbench (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    sample = sampleCopy();
    workbench = await openWorkbench({ folder: sample.folder });
  });
  after(async () => {
    await workbench?.close();
    sample?.remove();
  });

  it('shows the Clean Break container in the activity bar, with the sample clients and their badges', async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    const acme = page.locator('.sidebar .monaco-list-row', { hasText: 'ACME S.p.A.' });
    await acme.waitFor({ timeout: 30_000 });
    // The client who brings most of the trouble and little revenue carries the costly badge.
    assert.match(await acme.innerText(), /costly/);
    await acme.click();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Cooling-off' }).first().waitFor();
    const path = await workbench.screenshot('client-tree');
    assert.ok(existsSync(path));
  });

  it('writes "meeting held" back to clients.yaml when its checkbox is ticked', async () => {
    const { page } = workbench;
    const file = join(sample.folder, 'clients.yaml');
    const before = readFileSync(file, 'utf8');
    assert.doesNotMatch(before, /held: true[^\n]*\n[\s\S]*id: northwind/);
    const meeting = page.locator('.sidebar .monaco-list-row', { hasText: 'Meeting or call' }).first();
    await meeting.locator('.monaco-checkbox, .custom-view-tree-node-item-checkbox').first().click();
    const deadline = Date.now() + 15_000;
    while (readFileSync(file, 'utf8') === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const after = readFileSync(file, 'utf8');
    assert.match(after, /meeting: \{ on: 2026-12-02, mode: call, held: true \}/);
    assert.equal(after.replace(', held: true }', ' }'), before, 'nothing else in the file changed');
  });

  it('highlights a contract and explains a clause on hover', async () => {
    const { page } = workbench;
    await workbench.quickOpen('northwind-msa.md');
    const clause = page.locator('.monaco-editor .view-line', { hasText: 'Either party may terminate this Agreement or any SOW' }).first();
    await clause.waitFor();
    const box = await clause.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + 120, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Termination for convenience' });
    await hover.waitFor({ timeout: 20_000 });
    await workbench.screenshot('contract-hover');
  });

  it('opens a draft in the editor and underlines an angry sentence', async () => {
    const { page } = workbench;
    await workbench.runCommand('Clean Break: Draft Termination Email');
    await workbench.pickQuickItem('Bluefin Travel');
    // Bluefin is not ready (no decision recorded yet): the user sees why and may draft anyway.
    const anyway = page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Draft Anyway' });
    await anyway.waitFor();
    await workbench.screenshot('draft-readiness-blocks');
    await anyway.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Subject:' }).first().waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nYou never answer on time and I am absolutely furious!!!\n');
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: /exclamation|blame|!/i }).first().waitFor({ timeout: 20_000 });
    await workbench.screenshot('draft-lint');
  });

  it('offers the five-step walkthrough', async () => {
    const { page } = workbench;
    await workbench.runCommand('View: Hide Panel');
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.pickQuickItem('End a client relationship well');
    await page.locator('.gettingStartedContainer', { hasText: 'Record your decision' }).first().waitFor({ timeout: 30_000 });
    const steps = await page.locator('.gettingStartedContainer .getting-started-step').count();
    assert.equal(steps, 5);
    await workbench.screenshot('walkthrough');
  });
});

describe('Italian UI (UI, in Chromium, locale it)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    sample = sampleCopy();
    workbench = await openWorkbench({ folder: sample.folder, locale: 'it' });
  });
  after(async () => {
    await workbench?.close();
    sample?.remove();
  });

  it('shows the tree and the commands in Italian', async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    const acme = page.locator('.sidebar .monaco-list-row', { hasText: 'ACME S.p.A.' });
    await acme.waitFor({ timeout: 30_000 });
    assert.match(await acme.innerText(), /costoso/);
    await acme.click();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Prontezza' }).first().waitFor();
    await page.locator('.sidebar .pane-header, .sidebar .composite.title', { hasText: /Clienti|Clean Break/ }).first().waitFor();
    await workbench.screenshot('italian-tree');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input.input').fill('>Clean Break: Bozza');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Bozza email di cessazione' }).first().waitFor();
    await workbench.screenshot('italian-commands');
    await page.keyboard.press('Escape');
  });
});
