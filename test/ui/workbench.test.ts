import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

/** Polls until `probe` gives a value (the workbench paints after a delay), or fails after `timeoutMs`. */
async function waitForValue<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the workbench');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

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
    const clients = await workbench.treeRows();
    const row = (label: string) => clients.find((r) => r.label === label);
    for (const label of ['ACME S.p.A.', 'Northwind Analytics Ltd', 'Bluefin Travel', 'Studio Verdi Architetti', 'Forno Bianco']) {
      assert.ok(row(label), `the tree lists ${label}: ${clients.map((r) => r.label).join(', ')}`);
    }
    // The client who brings most of the trouble and little revenue carries the costly badge, and only that one;
    // the one with an unpaid invoice shows what it owes.
    assert.match(row('ACME S.p.A.')!.description, /costly.*decided \d+ days ago/);
    assert.deepEqual(clients.filter((r) => /costly/.test(r.description)).map((r) => r.label), ['ACME S.p.A.']);
    assert.match(row('Northwind Analytics Ltd')!.description, /4,000\.00.*due/);
    await acme.click();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Cooling-off' }).first().waitFor();
    const labels = (await workbench.treeRows()).map((r) => r.label);
    for (const label of ['Readiness', 'Cooling-off', 'Contract']) assert.ok(labels.includes(label), `${label} under ACME: ${labels.join(', ')}`);
    // The mouse rests on the editor, so the activity bar's tooltip does not cover the tree in the picture.
    await page.mouse.move(900, 600);
    await workbench.screenshot('client-tree');
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
    assert.match(after, /meeting: \{ on: 2026-12-15, mode: call, held: true \}/);
    assert.equal(after.replace(', held: true }', ' }'), before, 'nothing else in the file changed');
  });

  it('highlights a contract by clause kind and explains a clause on hover', async () => {
    const { page } = workbench;
    await workbench.quickOpen('northwind-msa.md');
    const termination = 'Either party may terminate this Agreement or any SOW';
    const clause = page.locator('.monaco-editor .view-line', { hasText: termination }).first();
    await clause.waitFor();
    // Each kind's highlight is painted with its theme colour; VS Code gives each such decoration a class of its own.
    const highlighted: Record<string, string> = {
      'cleanBreak.clause.terminationConvenience': termination,
      'cleanBreak.clause.notice': termination,
      'cleanBreak.clause.renewal': 'It then renews automatically',
      'cleanBreak.clause.payment': 'Invoices are payable within thirty (30) days',
    };
    for (const [colorId, lineText] of Object.entries(highlighted)) {
      const className = await waitForValue(() => workbench.decorationClass(colorId));
      const count = await waitForValue(async () => (await workbench.countOnLine(`.${className}`, lineText)) || undefined);
      assert.ok(count >= 1, `${colorId} highlights “${lineText}”`);
    }
    const termFee = await workbench.decorationClass('cleanBreak.clause.terminationFee');
    assert.equal(termFee ? await workbench.countOnLine(`.${termFee}`, termination) : 0, 0, 'no termination fee is painted on the termination line');
    const hover = await workbench.hoverOn(clause, 120, 'Termination for convenience');
    assert.match(await hover.innerText(), /Notice period — 30 days/);
    await workbench.screenshot('contract-hover');
  });

  it('opens a draft in the editor and underlines an angry sentence', async () => {
    const { page } = workbench;
    await workbench.runCommand('Clean Break: Draft Termination Email');
    await workbench.pickQuickItem('Bluefin Travel');
    // Bluefin is not ready (no decision recorded yet): the user sees why and may draft anyway.
    const dialog = page.locator('.monaco-dialog-box');
    const anyway = dialog.locator('.monaco-button', { hasText: 'Draft Anyway' });
    await anyway.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').innerText()).trim(), 'Bluefin Travel is not ready to be told.');
    const detail = await dialog.locator('.dialog-message-detail').innerText();
    assert.match(detail, /No decision recorded/);
    assert.match(detail, /Paid but not delivered: Brand guide handover/);
    await workbench.screenshot('draft-readiness-blocks');
    await anyway.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Subject:' }).first().waitFor();
    await page.keyboard.press('Control+End');
    const angry = 'You never answer on time and I am absolutely furious!!!';
    await page.keyboard.type(`\n${angry}\n`);
    const squiggles = await waitForValue(async () => (await workbench.countOnLine('.squiggly-warning', angry)) || undefined);
    assert.ok(squiggles >= 1, 'the angry line is underlined');
    assert.equal(await workbench.countOnLine('.squiggly-warning', 'Subject:'), 0, 'the subject line is not');
    await page.keyboard.press('Control+Shift+M');
    // The linter follows the typing, so each rule's row shows up once the sentence is complete.
    const problems = page.locator('.markers-panel .monaco-list-row');
    for (const rule of ['blame', 'emotional', 'exclamation']) await problems.filter({ hasText: rule }).first().waitFor({ timeout: 20_000 });
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

  it('walks through the steps in Italian, pages included', async () => {
    const { page } = workbench;
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.pickQuickItem('Chiudere bene un rapporto con un cliente');
    await page.locator('.gettingStartedContainer', { hasText: 'Registra la decisione' }).first().waitFor({ timeout: 30_000 });
    // The selected step's page is Markdown in a webview frame of its own.
    const deadline = Date.now() + 30_000;
    let shown = false;
    while (!shown && Date.now() < deadline) {
      for (const frame of page.frames()) {
        if (await frame.locator('h1', { hasText: 'I tuoi clienti, in un solo file' }).count().catch(() => 0)) shown = true;
      }
      if (!shown) await page.waitForTimeout(250);
    }
    assert.ok(shown, 'the first step shows its Italian page');
    await workbench.screenshot('italian-walkthrough');
  });
});
