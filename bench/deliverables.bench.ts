// Speed of re-matching deliverables after an edit: node out/bench/deliverables.bench.js from the repository's root
// (after node esbuild.js --tests).
// The largest cuad-dev contract (about 300 KB) is edited one character at a time, as typing does, and matched again
// after each edit, warm (the matcher keeps the lines it read); the editor also re-scans the clauses, so that sum is
// given too, with the clause re-scan alone as a reference measured in the same run. The same contract as a note of
// a scope beside the sample's three emails is then edited as the editor does for a note of a scope: the scope is read
// again (the files from memory here, the emails decoded), scanned and matched as one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanContract } from '../src/core/clauses/scan';
import type { Client, Deliverable } from '../src/core/clients/schema';
import { DeliverableMatcher } from '../src/core/deliverables/match';
import { citeScope, readScope } from '../src/core/documents/scope';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const elapsedMs = (work: () => void): number => {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const texts: string[] = readFileSync(join(process.cwd(), '..', 'shared', 'data', 'cuad-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
let text = texts.reduce((a, b) => (b.length > a.length ? b : a));
const deliverables: Deliverable[] = [
  { title: 'Software licence and maintenance', due: '2026-12-31' },
  { title: 'Milestone 2 acceptance report' },
  { title: 'Source code escrow deposit', ref: '"source code"' },
  { title: 'Training for the distributor staff' },
  { title: 'Marketing materials' },
];

const matcher = new DeliverableMatcher();
const first = elapsedMs(() => matcher.match(text, deliverables, 'en'));
const EDITS = 41;
const matchOnly: number[] = [];
const scanAndMatch: number[] = [];
const scanOnly: number[] = [];
for (let i = 0; i < EDITS; i++) {
  // One character typed in the middle, as the editor sees it between two re-matches.
  const at = Math.floor(text.length / 2) + i * 97;
  text = `${text.slice(0, at)}x${text.slice(at)}`;
  matchOnly.push(elapsedMs(() => matcher.match(text, deliverables, 'en')));
  text = `${text.slice(0, at)}y${text.slice(at + 1)}`;
  scanOnly.push(elapsedMs(() => scanContract(text)));
  scanAndMatch.push(elapsedMs(() => matcher.match(text, deliverables, 'en')) + scanOnly[scanOnly.length - 1]);
}
console.log(
  `${'deliverables.rematch'.padEnd(22)} median_ms=${median(matchOnly).toFixed(1)} chars=${text.length} (warm, ${EDITS} edits; first match in this process ${first.toFixed(0)} ms; with the clause re-scan ${median(scanAndMatch).toFixed(1)} ms, the re-scan alone ${median(scanOnly).toFixed(1)} ms)  (budget 30)`,
);

async function scopeRematch(): Promise<void> {
  const lago = join(process.cwd(), 'examples', 'freelancer', 'scope', 'lago-eventi');
  const files = new Map(readdirSync(lago).map((name) => [join('/w', 'mails', name), readFileSync(join(lago, name), 'utf8')]));
  const client = { id: 'bench', name: 'Bench', language: 'en', deliverables, invoices: [], incidents: [] } as unknown as Client;
  const scopeMatcher = new DeliverableMatcher();
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(text.length / 3) + i * 89;
    text = `${text.slice(0, at)}z${text.slice(at)}`;
    files.set(join('/w', 'note.md'), text);
    const started = process.hrtime.bigint();
    const scope = await readScope(['note.md', 'mails/'], '/w', async (path) => files.get(path), async () => [...files.keys()].filter((p) => p.includes('/mails/')).map((p) => p.slice('/w/mails/'.length)));
    if ('missing' in scope) throw new Error(`missing ${scope.missing}`);
    citeScope(client, 'note.md, mails/', scope, scanContract(scope.text), scopeMatcher);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(
    `${'deliverables.scope_rematch'.padEnd(22)} median_ms=${median(times).toFixed(1)} chars=${text.length} (warm, ${EDITS} edits of a note beside 3 emails: the scope read again, scanned and matched; the contract's re-scan and re-match above as the reference)`,
  );
}

void scopeRematch();
