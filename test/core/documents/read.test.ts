import * as assert from 'node:assert/strict';
import { zipSync } from 'fflate';
import { scanContract } from '../../../src/core/clauses/scan';
import { DocumentError, pageAt } from '../../../src/core/documents/document';
import { documentProblemMessage } from '../../../src/core/documents/messages';
import { MAX_DOCUMENT_BYTES } from '../../../src/core/documents/kinds';
import { readDocument } from '../../../src/core/documents/read';
import { checkZip } from '../../../src/core/documents/zipLimits';
import { documentFixture } from './fixtures';

const fixture = documentFixture;

async function refusal(name: string, bytes: Uint8Array): Promise<DocumentError> {
  try {
    await readDocument(name, bytes);
  } catch (error) {
    assert.ok(error instanceof DocumentError, `expected a DocumentError, got ${String(error)}`);
    return error;
  }
  assert.fail(`${name} was read`);
}

/** The smallest PDF a scanner might make: one page and nothing drawn on it as text. */
const PDF_WITHOUT_TEXT = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

describe('readDocument', function () {
  // The first PDF and Word files load pdf.js and mammoth; the shared test machine may be slow.
  this.timeout(20_000);

  it('reads a Word file with its headings, and the same contract as a two-column PDF, to the same notice period', async () => {
    const docx = await readDocument('x.docx', fixture('fl-en-costa-del-sol.docx'));
    assert.match(docx.text, /^# Web Development Agreement$/m);
    assert.match(docx.text, /^## 4\. Monthly Maintenance \(Optional\)$/m);
    const pdf = await readDocument('x.pdf', fixture('fl-en-costa-del-sol.pdf'));
    assert.match(pdf.text, /can be cancelled with 30 days written notice/, 'the word hyphenated at a line end is whole again');
    assert.doesNotMatch(pdf.text, /Confidential|Page \d+ of \d+/, 'the running header and the page numbers are gone');
    assert.equal(scanContract(pdf.text).summary.noticeDays, 30);
    assert.equal(scanContract(docx.text).summary.noticeDays, 30);
  });

  it('knows the page each part of a PDF is on', async () => {
    const pdf = await readDocument('x.pdf', fixture('bench-30-pages.pdf'));
    assert.equal(pdf.pageStarts?.length, 31);
    assert.equal(pageAt(pdf, 0), 1);
    assert.equal(pageAt(pdf, pdf.text.length - 1), 31);
    assert.equal(pageAt(pdf, pdf.pageStarts![9]), 10);
  });

  it('gives the same text again for the same bytes, and reads changed bytes anew', async () => {
    const bytes = fixture('fl-en-4ideas.docx');
    const first = await readDocument('a.docx', bytes);
    assert.equal(await readDocument('b.docx', bytes.slice()), first);
    const other = await readDocument('a.docx', fixture('fl-en-cosigner.docx'));
    assert.notEqual(other.sha256, first.sha256);
    assert.notEqual(other.text, first.text);
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const error = await refusal('scan.pdf', PDF_WITHOUT_TEXT);
    assert.equal(error.code, 'noText');
    assert.match(documentProblemMessage(error, 'scan.pdf', 'en'), /scan.pdf has no text: .*Run OCR on it first/);
    assert.match(documentProblemMessage(error, 'scan.pdf', 'it'), /Passalo prima a un OCR/);
  });

  it('says a password-protected PDF is protected', async () => {
    assert.equal((await refusal('protected.pdf', fixture('hard/protected.pdf'))).code, 'encrypted');
  });

  it('refuses a PDF cut short, and one that is not a PDF at all', async () => {
    const whole = fixture('fl-en-4ideas.pdf');
    assert.equal((await refusal('cut.pdf', whole.subarray(0, Math.floor(whole.length * 0.6)))).code, 'corrupt');
    assert.equal((await refusal('text.pdf', new TextEncoder().encode('just some text\n'))).code, 'corrupt');
  });

  it('refuses a .docx that is really a PDF, or a zip without a Word document', async () => {
    assert.equal((await refusal('renamed.docx', fixture('fl-en-4ideas.pdf'))).code, 'notDocx');
    assert.equal((await refusal('other.docx', zipSync({ 'readme.txt': new TextEncoder().encode('hello') }))).code, 'notDocx');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const error = await refusal('huge.pdf', new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    assert.equal(error.code, 'tooLarge');
  });

  it('reads a macro-enabled .docm for its text only, and says its macros were ignored', async () => {
    const document = await readDocument('macros.docm', fixture('fl-en-4ideas.docx'));
    assert.deepEqual(document.notices, ['macrosIgnored']);
    assert.ok(document.text.length > 1000);
  });

  it('reads right-to-left and CJK text, and says no clause rules cover it', async () => {
    // The machine that printed the PDF had no CJK font, so only the Word file holds the Chinese line.
    const docx = await readDocument('rtl-cjk.docx', fixture('hard/rtl-cjk.docx'));
    assert.match(docx.text, /本合同可在提前三十天书面通知后终止/);
    const pdf = await readDocument('rtl-cjk.pdf', fixture('hard/rtl-cjk.pdf'));
    assert.doesNotMatch(pdf.text, /\u0000/);
    for (const document of [docx, pdf]) {
      assert.match(document.text, /هذا العقد ينتهي بعد ثلاثين يوما/);
      assert.match(document.text, /החוזה מסתיים בהודעה מוקדמת/);
      assert.deepEqual(document.notices, ['unsupportedScript']);
    }
  });
});

describe('checkZip', () => {
  const word = { 'word/document.xml': new TextEncoder().encode('<w:document/>') };

  it('refuses an archive that unpacks past the size limit, whatever its headers say', () => {
    const bomb = zipSync({ ...word, 'word/media/zeros.bin': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.length < 20_000, 'the archive itself is small');
    assert.throws(() => checkZip(bomb, { entries: 100, unpackedBytes: 1024 * 1024 }), (e: DocumentError) => e.code === 'zipLimits');
  });

  it('refuses an archive with too many entries', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`word/part${i}.xml`, new Uint8Array(1)]));
    assert.throws(() => checkZip(zipSync({ ...word, ...many }), { entries: 10, unpackedBytes: 1024 * 1024 }), (e: DocumentError) => e.code === 'zipLimits');
  });

  it('lists the entries of an archive within the limits', () => {
    assert.deepEqual(checkZip(zipSync(word)), ['word/document.xml']);
  });
});
