import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openWorkbench, sampleCopy, type Workbench } from './workbench';

type Computed = { borderTopStyle: string; borderTopColor: string; content: string };

/**
 * What the editor draws on the line holding `text`: the notes after its text (inline spans) and the borders of the
 * decorations Monaco lays in the overlay layer at the same height.
 */
async function decorationsOn(page: Page, text: string): Promise<{ border: string; borderColor: string; note: string }[]> {
  const line = page.locator('.monaco-editor .view-line', { hasText: text }).first();
  await line.waitFor();
  return line.evaluate((element) => {
    // The page's own getComputedStyle; this project compiles without the DOM library.
    const computed = (globalThis as unknown as { getComputedStyle(e: unknown, pseudo?: string): Computed }).getComputedStyle;
    const top = (element as unknown as { style: { top: string } }).style.top;
    const editor = element.closest('.monaco-editor');
    const overlays = [...(editor?.querySelectorAll('.view-overlays > div') ?? [])].filter((row) => (row as unknown as { style: { top: string } }).style.top === top);
    const read = (node: unknown, withNote: boolean) => {
      const style = computed(node);
      const after = withNote ? computed(node, '::after').content : 'none';
      return { border: style.borderTopStyle, borderColor: style.borderTopColor, note: after === 'none' || after === 'normal' ? '' : after };
    };
    return [...[...element.querySelectorAll('span')].map((span) => read(span, true)), ...overlays.flatMap((row) => [...row.querySelectorAll('div')].map((div) => read(div, false)))];
  });
}

type Decoration = Awaited<ReturnType<typeof decorationsOn>>[number];

/**
 * The decorations of the line holding `text` once `ready` holds for them: Monaco redraws its lines while CodeLenses
 * and decorations arrive, so one read may catch a line half drawn.
 */
async function decorationsWhen(page: Page, text: string, ready: (found: Decoration[]) => boolean, expected: string): Promise<Decoration[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await decorationsOn(page, text);
    if (ready(found)) return found;
    if (Date.now() > deadline) throw new Error(`no ${expected} on the line "${text}": ${JSON.stringify(found)}`);
    await page.waitForTimeout(250);
  }
}

/** Waits until the line holding `text` carries a note containing `note` and a solid border, and returns its decorations. */
function owedOn(page: Page, text: string, note: string, borderColor: string): Promise<Decoration[]> {
  const bordered = (d: Decoration) => d.border === 'solid' && d.borderColor === borderColor;
  return decorationsWhen(page, text, (found) => found.some(bordered) && found.some((d) => d.note.includes(note)), `border of ${borderColor} and note "${note}"`);
}

/** The themes a user may pick, and the default of cleanBreak.deliverable.owed in each (package.json). */
const THEMES = [
  { theme: 'Default Dark Modern', owed: 'rgb(255, 178, 36)', shot: 'contract-deliverables' },
  { theme: 'Default Light Modern', owed: 'rgb(163, 82, 0)', shot: 'contract-deliverables-light' },
  { theme: 'Default High Contrast', owed: 'rgb(255, 215, 0)', shot: 'contract-deliverables-high-contrast' },
];

for (const { theme, owed, shot } of THEMES) {
  describe(`Deliverables in a contract, ${theme} (UI, in Chromium)`, function () {
    this.timeout(180_000);
    let workbench: Workbench;
    let sample: ReturnType<typeof sampleCopy>;

    before(async () => {
      sample = sampleCopy();
      workbench = await openWorkbench({ folder: sample.folder, settings: { 'workbench.colorTheme': theme } });
    });
    after(async () => {
      await workbench?.close();
      sample?.remove();
    });

    it('borders the passage still owed in the theme\'s colour, notes the delivered one quietly, and sums it up in a CodeLens', async () => {
      const { page } = workbench;
      await workbench.openCleanBreak();
      await page.locator('.sidebar .monaco-list-row', { hasText: 'Bluefin Travel' }).first().waitFor({ timeout: 30_000 });
      await workbench.quickOpen('bluefin-sow.md');
      await owedOn(page, 'Brand guide handover: by', 'still owed: Brand guide handover', owed);
      const delivered = await decorationsWhen(page, 'Booking widget: by', (found) => found.some((d) => d.note.includes('delivered: Booking widget')), 'note "delivered: Booking widget"');
      assert.ok(!delivered.some((d) => d.border === 'solid'), 'a delivered passage has no border');
      await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Still owed: 1 deliverable, 1 already paid' }).first().waitFor({ timeout: 30_000 });
      assert.ok(existsSync(await workbench.screenshot(shot)));
    });
  });
}

describe('Deliverables in a saved email of a scope (UI, in Chromium)', function () {
  this.timeout(180_000);
  let workbench: Workbench;
  let sample: ReturnType<typeof sampleCopy>;

  before(async () => {
    sample = sampleCopy();
    workbench = await openWorkbench({ folder: sample.folder, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  });
  after(async () => {
    await workbench?.close();
    sample?.remove();
  });

  it("borders the sender's promise in the .eml, leaves headers and the quoted request alone, and sums up the scope", async () => {
    const { page } = workbench;
    await workbench.openCleanBreak();
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Lago Eventi' }).first().waitFor({ timeout: 30_000 });
    await workbench.quickOpen('02-proposta.eml');
    await owedOn(page, 'Biglietteria online: integrazione', 'still owed: Biglietteria online', 'rgb(255, 178, 36)');
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Rests on 3 emails, not a signed contract' }).first().waitFor({ timeout: 30_000 });
    for (const untouched of ['Subject: Re: Sito per il festival', '> la vendita dei biglietti online']) {
      const found = await decorationsOn(page, untouched);
      assert.ok(!found.some((d) => d.border === 'solid' || d.note), `${untouched}: ${JSON.stringify(found)}`);
    }
    assert.ok(existsSync(await workbench.screenshot('scope-email')));
  });
});
