import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, type Workbench } from './workbench';

const sampleWorkspace = join(process.cwd(), 'examples', 'freelancer');

describe('Workbench (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ folder: sampleWorkspace });
  });
  after(async () => {
    await workbench?.close();
  });

  it('shows the Clean Break container in the activity bar, with the sample clients and their badges', async () => {
    const { page } = workbench;
    const container = page.locator('.activitybar .action-item a[aria-label^="Clean Break"]');
    await container.waitFor({ timeout: 60_000 });
    await container.click();
    await page.locator('.sidebar .composite.title', { hasText: /Clean Break/i }).first().waitFor();
    const acme = page.locator('.sidebar .monaco-list-row', { hasText: 'ACME S.p.A.' });
    await acme.waitFor({ timeout: 30_000 });
    // The client who brings most of the trouble and little revenue carries the costly badge.
    assert.match(await acme.innerText(), /costly/);
    await acme.click();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Readiness' }).first().waitFor();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Cooling-off' }).first().waitFor();
    const path = await workbench.screenshot('client-tree');
    assert.ok(existsSync(path));
  });

  it('runs a Clean Break command from the command palette', async () => {
    const { page } = workbench;
    await workbench.runCommand('Clean Break: Create clients.yaml');
    // In the sample workspace the file exists, so the command opens it rather than writing a new one.
    await page.locator('.tabs-container .tab', { hasText: 'clients.yaml' }).first().waitFor({ timeout: 20_000 });
    await workbench.screenshot('command-palette-create-clients-file');
  });
});
