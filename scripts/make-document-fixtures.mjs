// Renders contracts of the development data to Word and PDF with real tools, as people receive them, for
// test/fixtures/documents/. Run once by hand; CI never regenerates them, and the tests only read the results.
//   apt-get install pandoc libreoffice-writer-nogui chromium   then   node scripts/make-document-fixtures.mjs
//
// Every contract goes to .docx through pandoc (Word heading and list styles), read as GitHub Markdown as written. Its PDF comes in one of three
// layouts, in turn: LibreOffice printing that .docx; Chromium printing it in two columns with a running header, a
// page-number footer and justified, hyphenated text; Chromium printing it in one column with the same header and footer.
// Hyphenation uses soft hyphens, so the line breaks do not depend on a dictionary being installed. One long
// contract is also printed to about 30 pages for the reading benchmark.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './setup.mjs';
import { dataDir, readJsonl, repoRoot } from './clause-data.mjs';

const OUT = join(repoRoot, 'test', 'fixtures', 'documents');
const LAYOUTS = ['libreoffice', 'two-column', 'running-headers'];
const BENCH_ID = 'cuad-4bbecd264e';

const readData = (name) => readJsonl(join(dataDir, `${name}.jsonl`));

/** A fixed choice, so that a rerun makes the same set: the first by id within a length range. */
function pick(rows, count, min, max) {
  return rows.filter((r) => r.text.length >= min && r.text.length <= max).sort((a, b) => a.id.localeCompare(b.id)).slice(0, count);
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** CUAD texts are plain text: each blank-line-separated block is a paragraph, never Markdown. */
const plainToHtml = (text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

/** Soft hyphens inside long words, so that justified lines break words as a hyphenating typesetter does. */
function softHyphenate(html) {
  return html.replace(/>([^<]+)</g, (_, text) => `>${text.replace(/\p{L}{9,}/gu, (word) => word.replace(/(\p{L}{4})(?=\p{L}{4})/gu, '$1\u00ad'))}<`);
}

const CSS = (columns) => `
  body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.3; text-align: justify; hyphens: manual; }
  main { column-count: ${columns}; column-gap: 24pt; }
  h1 { font-size: 17pt; column-span: all; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
  p, li { margin: 0 0 6pt 0; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 4pt; }`;

function pandoc(args, input) {
  return execFileSync('pandoc', args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

async function printPdf(browser, html, title, columns, file) {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS(columns)}</style></head><body><main>${softHyphenate(html)}</main></body></html>`);
  const small = 'font-size:8pt;width:100%;padding:0 48pt;font-family:Liberation Sans,sans-serif;color:#555';
  await page.pdf({
    path: file,
    format: 'A4',
    margin: { top: '0.9in', bottom: '0.9in', left: '0.8in', right: '0.8in' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}">${escapeHtml(title)} — Confidential</div>`,
    footerTemplate: `<div style="${small};text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  });
  await page.close();
}

/** Files the readers must refuse or read with a caveat: a password-protected PDF, and text in scripts with no clause rules. */
async function makeHardCases(browser, work) {
  const hard = join(OUT, 'hard');
  mkdirSync(hard, { recursive: true });
  const mixed = 'Contratto di prova\n\nهذا العقد ينتهي بعد ثلاثين يوما من الإشعار الكتابي.\n\n本合同可在提前三十天书面通知后终止。\n\nהחוזה מסתיים בהודעה מוקדמת של שלושים יום.\n';
  pandoc(['-f', 'markdown', '-o', join(hard, 'rtl-cjk.docx')], mixed);
  await printPdf(browser, pandoc(['-f', 'markdown', '-t', 'html'], mixed), 'RTL CJK', 1, join(hard, 'rtl-cjk.pdf'));
  const docx = join(work, 'protected.docx');
  pandoc(['-f', 'markdown', '-o', docx], 'Either party may terminate this Agreement on thirty days written notice.\n');
  const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
  execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', hard, docx], { stdio: 'ignore' });
}

async function main() {
  const freelanceRows = readData('freelance-dev');
  const freelance = [...pick(freelanceRows.filter((r) => r.lang === 'en'), 8, 2000, 11000), ...pick(freelanceRows.filter((r) => r.lang === 'it'), 4, 2000, 11000)];
  const cuadRows = readData('cuad-dev');
  const cuad = pick(cuadRows, 10, 4000, 12000);
  const bench = cuadRows.find((r) => r.id === BENCH_ID);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'clean-break-fixtures-'));
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const manifest = [];
  try {
    const all = [...freelance.map((r) => ({ row: r, data: 'freelance-dev' })), ...cuad.map((r) => ({ row: r, data: 'cuad-dev' }))];
    for (const [index, { row, data }] of all.entries()) {
      const layout = LAYOUTS[index % LAYOUTS.length];
      const from = data === 'cuad-dev' ? ['-f', 'html'] : ['-f', 'gfm'];
      const source = data === 'cuad-dev' ? plainToHtml(row.text) : row.text;
      const docx = join(OUT, `${row.id}.docx`);
      pandoc([...from, '-o', docx], source);
      const pdf = join(OUT, `${row.id}.pdf`);
      if (layout === 'libreoffice') {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
        writeFileSync(pdf, readFileSync(join(work, `${row.id}.pdf`)));
      } else {
        const html = pandoc([...from, '-t', 'html'], source);
        await printPdf(browser, html, row.title ?? row.id, layout === 'two-column' ? 2 : 1, pdf);
      }
      manifest.push({ id: row.id, data, layout });
      console.log(`${row.id}: docx, pdf (${layout})`);
    }
    await makeHardCases(browser, work);
    await printPdf(browser, plainToHtml(bench.text), bench.title ?? bench.id, 1, join(OUT, 'bench-30-pages.pdf'));
    manifest.push({ id: bench.id, data: 'cuad-dev', layout: 'running-headers', file: 'bench-30-pages.pdf', benchOnly: true });
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
