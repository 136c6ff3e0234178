// How much of a contract's scan survives when it is read from the PDF or Word file made from it: each clause the
// engine finds in the source text is matched to one of the same kind found in the document's text, by the words they
// cover (the offsets differ, and page furniture or joined lines may move a word or two). Notice values must agree.
// Used by `npm run eval`; the fixtures come from scripts/make-document-fixtures.mjs.
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, readJsonl, repoRoot } from './clause-data.mjs';

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'documents');
/** A source span survives when a document span of its kind holds this share of its words... */
const COVERS = 0.8;
/** ...and is not mostly other text (two clauses run together into one span). */
const PRECISE = 0.5;

async function loadReader() {
  const result = await build({
    stdin: {
      contents: "export { readDocument } from './src/core/documents/read'; export { scanContract } from './src/core/clauses/scan';",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'clean-break-documents-')), 'reader.cjs');
  writeFileSync(file, result.outputFiles[0].text);
  return createRequire(import.meta.url)(file);
}

const wordsOf = (text) => text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function counts(words) {
  const map = new Map();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

function shared(a, b) {
  let n = 0;
  for (const [word, count] of a) n += Math.min(count, b.get(word) ?? 0);
  return n;
}

function spanWords(text, spans) {
  return spans.map((s) => {
    const words = wordsOf(text.slice(s.start, s.end));
    return { kind: s.kind, size: words.length, words: counts(words) };
  });
}

/** How many of the source's spans have a match in the document's. */
function survivors(source, document) {
  let matched = 0;
  for (const s of source) {
    const found = document.some((d) => {
      if (d.kind !== s.kind || !s.size || !d.size) return false;
      const common = shared(s.words, d.words);
      return common >= COVERS * s.size && common >= PRECISE * d.size;
    });
    if (found) matched++;
  }
  return matched;
}

const noticeValues = (result) => result.spans.filter((s) => s.kind === 'notice' && typeof s.value === 'number').map((s) => s.value).sort((a, b) => a - b).join(',');

export async function evaluateDocuments({ json = false } = {}) {
  const { readDocument, scanContract } = await loadReader();
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')).filter((entry) => !entry.benchOnly);
  const sources = new Map();
  for (const data of new Set(manifest.map((e) => e.data))) for (const row of readJsonl(join(dataDir, `${data}.jsonl`))) sources.set(row.id, row.text);
  const totals = new Map();
  const disagreements = [];
  for (const entry of manifest) {
    const text = sources.get(entry.id);
    const expected = scanContract(text);
    const expectedSpans = spanWords(text, expected.spans);
    for (const format of ['pdf', 'docx']) {
      const file = `${entry.id}.${format}`;
      const document = await readDocument(file, readFileSync(join(FIXTURES, file)));
      const got = scanContract(document.text);
      const matched = survivors(expectedSpans, spanWords(document.text, got.spans));
      const noticeAgrees = got.summary.noticeDays === expected.summary.noticeDays && noticeValues(got) === noticeValues(expected);
      if (!noticeAgrees) disagreements.push(`${file}: notice ${got.summary.noticeDays ?? '-'} [${noticeValues(got)}], source ${expected.summary.noticeDays ?? '-'} [${noticeValues(expected)}]`);
      for (const key of [format, `${format} ${format === 'pdf' ? entry.layout : 'pandoc'}`]) {
        const total = totals.get(key) ?? { files: 0, spans: 0, matched: 0, notices: 0 };
        total.files++;
        total.spans += expectedSpans.length;
        total.matched += matched;
        total.notices += noticeAgrees ? 1 : 0;
        totals.set(key, total);
      }
    }
  }
  const rows = [...totals].map(([key, t]) => ({ key, ...t, survived: t.spans ? t.matched / t.spans : 1 }));
  if (json) return { rows, disagreements };
  console.log(`\n== PDF and Word files (${manifest.length} contracts, test/fixtures/documents): clauses of the source text found again; target >= 95% and every notice value`);
  console.log('format                    files  spans  survived  notice values agree');
  for (const r of rows) {
    console.log(`${r.key.padEnd(25)} ${String(r.files).padStart(5)} ${String(r.spans).padStart(6)}  ${(100 * r.survived).toFixed(1).padStart(7)}%  ${r.notices}/${r.files}`);
  }
  for (const line of disagreements) console.log(`  notice disagrees: ${line}`);
  return { rows, disagreements };
}
