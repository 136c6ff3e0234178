// Reads the text layer of a PDF with pdf.js (through unpdf, which runs it in this thread: no worker, no network).
// unpdf is loaded on first use from a chunk of its own (dist/unpdf.js), so nothing pays for it until a PDF is opened.
import { DocumentError } from './document';
import { type LaidOutText, layoutPages, type PlacedPage } from './pdfLayout';

/** More pages than any contract has; past it a file is refused rather than read for minutes. */
export const MAX_PDF_PAGES = 2000;

interface TextRun {
  str?: string;
  transform?: number[];
  width?: number;
  dir?: string;
}

/** Arabic presentation forms and Latin ligatures, as fonts draw them, become the letters they stand for. */
const PRESENTATION_FORMS = /[\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
/** Glyphs a font maps to no character at all. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\uFFFD]/g;

function placed(run: TextRun): PlacedPage['items'][number] | undefined {
  if (typeof run.str !== 'string' || !run.transform) return undefined;
  const [a, b, , , x, y] = run.transform;
  const str = run.str.replace(CONTROL, '').replace(PRESENTATION_FORMS, (c) => c.normalize('NFKC'));
  return { str, x, y, width: run.width ?? 0, size: Math.hypot(a, b) || 1, rtl: run.dir === 'rtl' };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * pdf.js recovers what it can from a damaged file, so a file cut short would silently lose its last pages: a PDF
 * must start with its header and end with its end-of-file marker.
 */
function checkComplete(bytes: Uint8Array): void {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) throw new DocumentError('corrupt', 'no %PDF- header');
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF')) throw new DocumentError('corrupt', 'no %%EOF: cut short');
}

export async function readPdf(bytes: Uint8Array): Promise<LaidOutText> {
  checkComplete(bytes);
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const { name, message } = error as Error;
    throw new DocumentError(name === 'PasswordException' ? 'encrypted' : 'corrupt', message);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new DocumentError('tooManyPages', `${pdf.numPages} pages`);
    const pages: PlacedPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [left, bottom, right, top] = page.view;
      const content = await page.getTextContent();
      const items = (content.items as TextRun[]).flatMap((run) => placed(run) ?? []).map((item) => ({ ...item, x: item.x - left, y: item.y - bottom }));
      pages.push({ width: right - left, height: top - bottom, items });
      page.cleanup();
    }
    const laidOut = layoutPages(pages);
    if (!/[\p{L}\p{N}]/u.test(laidOut.text)) throw new DocumentError('noText', `${pdf.numPages} pages`);
    return laidOut;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', (error as Error).message);
  } finally {
    await pdf.loadingTask.destroy();
  }
}
