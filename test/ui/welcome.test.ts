import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench, type Workbench } from './workbench';

describe('A workspace without clients.yaml (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'clean-break-empty-'));
    writeFileSync(join(folder, 'notes.md'), '# Notes\n');
    workbench = await openWorkbench({ folder });
  });
  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('offers to create clients.yaml, and writes a commented starter file that loads without errors', async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    const create = page.locator('.sidebar .welcome-view-content .monaco-button', { hasText: 'Create clients.yaml' });
    await create.waitFor({ timeout: 30_000 });
    await page.locator('.sidebar .welcome-view-content .monaco-button', { hasText: 'Open Sample' }).waitFor();
    await workbench.screenshot('welcome');
    await create.click();
    await page.locator('.tabs-container .tab', { hasText: 'clients.yaml' }).first().waitFor({ timeout: 20_000 });
    const file = join(folder, 'clients.yaml');
    assert.ok(existsSync(file));
    assert.match(readFileSync(file, 'utf8'), /^# Your clients, for Clean Break\. Format version 1\./);
    // The starter file is valid: the tree lists its one client and the welcome view is gone.
    await page.locator('.sidebar .monaco-list-row', { hasText: 'First Client Ltd' }).waitFor({ timeout: 20_000 });
    assert.equal(await create.count(), 0);
  });
});
