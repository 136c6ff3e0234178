import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMailto } from '../support/mailtoFields';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

// ACME's contact and reason, rewritten with every character a mailto: link must carry as text.
const CONTACT = 'Mario Rossi & Figli #1 100% ?+ è 😀';
const REASON = 'Non credo più che i miei servizi siano adatti a = ? + %20 #1&bcc=someone@example.com';

describe('Open Draft in Mail App: what the workbench hands the browser (UI, in Chromium)', function () {
  this.timeout(120_000);
  let workbench: Workbench;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    sample = sampleCopy();
    const clientsPath = join(sample.folder, 'clients.yaml');
    const clients = readFileSync(clientsPath, 'utf8')
      .replace('{ name: Mario Bianchi, email:', `{ name: ${JSON.stringify(CONTACT)}, email:`)
      .replace('reason: "Non credo più che i miei servizi siano adatti alle vostre esigenze"', `reason: ${JSON.stringify(REASON)}`);
    assert.ok(clients.includes(CONTACT) && clients.includes(REASON), 'the sample still has the lines this check rewrites');
    writeFileSync(clientsPath, clients);
    workbench = await openWorkbench({ folder: sample.folder });
  });
  after(async () => {
    await workbench?.close();
    sample?.remove();
  });

  it('opens a mailto: link whose fields are exactly the draft\'s, after VS Code\'s own opener', async () => {
    const { page } = workbench;
    const opened: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('mailto:')) opened.push(request.url());
    });
    await workbench.openCleanBreak();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'ACME S.p.A.' }).waitFor({ timeout: 30_000 });
    await workbench.runCommand('Clean Break: Draft Termination Email');
    await workbench.pickQuickItem('ACME S.p.A.');
    const anyway = page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Draft Anyway' });
    const subject = page.locator('.monaco-editor .view-line', { hasText: 'Oggetto:' }).first();
    await Promise.race([anyway.waitFor().then(() => anyway.click()), subject.waitFor()]);
    await subject.waitFor();
    await workbench.runCommand('Clean Break: Open Draft in Mail App');
    for (let waited = 0; opened.length === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(opened.length, 1, 'the browser was asked to open one mailto: link');
    const { to, fields } = readMailto(opened[0]);
    assert.equal(to, 'mario.bianchi@acme.example');
    assert.deepEqual(fields.map(([name]) => name), ['subject', 'body'], opened[0]);
    const body = fields[1][1];
    assert.ok(body.startsWith(`Gentile ${CONTACT},\r\n`), body);
    assert.ok(body.includes(REASON), body);
    assert.match(fields[0][1], /^Conclusione della nostra collaborazione, \d+ \p{L}+ \d{4}$/u);
  });
});
