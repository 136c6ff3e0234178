// Opens the test VS Code's workbench in headless Chromium for UI checks, with Clean Break loaded in development
// mode, and offers the few gestures the checks use.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { prepareItalianLocale } from './italianLocale';

const root = process.cwd();
export const screenshotDir = join(root, 'test-results');

interface CodeServer {
  origin: string;
  authority: string;
  stop(): void;
}
interface HarnessModule {
  startCodeServer(options?: { locale?: string; settings?: object; userDataDir?: string; extensionsDir?: string }): Promise<CodeServer>;
  workbenchUrl(server: CodeServer, paths: { folder: string; extensionDevelopmentPath?: string }): string;
  launchBrowser(options?: { locale?: string }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
}

/** A row of a tree as shown: its label and its description (where the tree shows badges). */
export interface TreeRow {
  label: string;
  description: string;
}

export interface Workbench {
  page: Page;
  /** The rows the side bar's tree shows now. */
  treeRows(): Promise<TreeRow[]>;
  /** The CSS class VS Code gave the text decoration painted with a theme colour, such as cleanBreak.clause.notice. */
  decorationClass(colorId: string): Promise<string | undefined>;
  /** How many elements matching `selector` in the editor lie across the line showing `lineText`. */
  countOnLine(selector: string, lineText: string): Promise<number>;
  screenshot(name: string): Promise<string>;
  /**
   * Rests the mouse on `line`, `x` pixels in, until a hover containing `text` shows, and returns it. The mouse is
   * placed again each time: a CodeLens drawn above the line after it was placed moves the line from under it.
   */
  hoverOn(line: Locator, x: number, text: string): Promise<Locator>;
  /** Clicks Clean Break in the activity bar and waits for its view. */
  openCleanBreak(): Promise<void>;
  /** Runs a command from the command palette by its title. */
  runCommand(title: string): Promise<void>;
  /** Chooses an item in the open quick pick. */
  pickQuickItem(label: string): Promise<void>;
  /** Opens a workspace file with Quick Open. */
  quickOpen(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkbench(options: { folder: string; locale?: string; settings?: object }): Promise<Workbench> {
  // The harness is plain ESM shared with the launcher and `npm start`; Node 20 can require it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const harness = require(join(root, 'scripts', 'code-server.mjs')) as HarnessModule;
  // Without a language pack VS Code resolves every locale to English; the Italian checks get a minimal one.
  let localeScratch: string | undefined;
  let dirs: { userDataDir: string; extensionsDir: string } | undefined;
  if (options.locale === 'it') {
    localeScratch = mkdtempSync(join(tmpdir(), 'clean-break-locale-'));
    dirs = { userDataDir: join(localeScratch, 'user-data'), extensionsDir: join(localeScratch, 'extensions') };
    await prepareItalianLocale(dirs.userDataDir, dirs.extensionsDir);
  }
  const server = await harness.startCodeServer({ locale: options.locale, settings: options.settings, ...dirs });
  const browser = await harness.launchBrowser({ locale: options.locale });
  const { page } = browser;
  await page.goto(harness.workbenchUrl(server, { folder: options.folder, extensionDevelopmentPath: root }));
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  return {
    page,
    async treeRows() {
      return page.locator('.sidebar .monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
        label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
        description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
      })));
    },
    async decorationClass(colorId) {
      // Run in the page, where the DOM's types are; the tests compile without them. The web workbench writes each
      // decoration's colour resolved, so the theme colour is resolved here too (a probe element inside the
      // workbench) and compared by red, green and blue. Style sheets from another origin are skipped.
      const variable = `--vscode-${colorId.replace(/\./g, '-')}`;
      return page.evaluate<string | undefined>(`(() => {
        const rgb = (colour) => (colour.match(/[\\d.]+/g) || []).slice(0, 3).join(',');
        const probe = document.createElement('div');
        probe.style.backgroundColor = 'var(${variable})';
        document.querySelector('.monaco-workbench').appendChild(probe);
        const wanted = rgb(getComputedStyle(probe).backgroundColor);
        probe.remove();
        if (!wanted) return undefined;
        for (const sheet of document.styleSheets) {
          let rules;
          try { rules = sheet.cssRules; } catch { continue; }
          for (const rule of rules) {
            const name = /\\.(ced-[\\w-]+)$/.exec(rule.selectorText || '')?.[1];
            if (name && rule.style.backgroundColor && rgb(rule.style.backgroundColor) === wanted) return name;
          }
        }
        return undefined;
      })()`);
    },
    async countOnLine(selector, lineText) {
      const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
      await line.waitFor();
      const box = await line.boundingBox();
      if (!box) return 0;
      const boxes = await page.locator(`.monaco-editor ${selector}`).evaluateAll((elements) => elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, width: r.width };
      }));
      const middle = box.y + box.height / 2;
      return boxes.filter((b) => b.width > 0 && b.top <= middle && middle <= b.bottom).length;
    },
    async hoverOn(line, x, text) {
      const hover = page.locator('.monaco-hover', { hasText: text });
      const deadline = Date.now() + 30_000;
      for (;;) {
        const box = await line.boundingBox();
        if (box) {
          await page.mouse.move(box.x + x, box.y + box.height / 2);
          try {
            await hover.waitFor({ timeout: 4_000 });
            return hover;
          } catch (error) {
            if (Date.now() > deadline) throw error;
          }
        }
        // Away and back, so the editor sees the mouse arrive again.
        await page.mouse.move(0, 0);
      }
    },
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      // A hover or a notification fades in: a picture taken at once shows it half transparent over the text.
      await page.evaluate(`Promise.race([
        Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ])`);
      await page.screenshot({ path });
      return path;
    },
    async openCleanBreak() {
      const container = page.locator('.activitybar .action-item a[aria-label^="Clean Break"]');
      await container.waitFor({ timeout: 60_000 });
      await container.click();
      await page.locator('.sidebar .composite.title', { hasText: /Clean Break/i }).first().waitFor();
    },
    async runCommand(title) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
    },
    async pickQuickItem(label) {
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
      await row.waitFor();
      await row.click();
    },
    async quickOpen(name) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor();
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
    },
    async close() {
      await browser.close();
      server.stop();
      if (localeScratch) rmSync(localeScratch, { recursive: true, force: true });
    },
  };
}

/** The checks type into drafts and may write back, so they work on a copy of the sample workspace. */
export function sampleCopy(): { folder: string; remove(): void } {
  const scratch = mkdtempSync(join(tmpdir(), 'clean-break-ui-'));
  const folder = join(scratch, 'freelancer');
  cpSync(join(process.cwd(), 'examples', 'freelancer'), folder, { recursive: true });
  return { folder, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
