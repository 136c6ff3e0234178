import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CleanBreakApi } from '../../src/extension/extension';
import { scanContract } from '../../src/core/clauses/scan';
import { CLAUSE_KINDS, type ClauseKind } from '../../src/core/clauses/types';
import { clientsPath, closeAllEditors, extensionApi, readClients, waitFor, workspaceRoot } from './helpers';

// What a reader of each sample contract finds, by clause kind: a phrase each kind's highlight must cover, and the
// kinds the contract does not have.
interface Expected {
  covers: Partial<Record<ClauseKind, string[]>>;
  absent: ClauseKind[];
}
const SAMPLES: Record<string, Expected> = {
  'northwind-msa.md': {
    covers: {
      termination_convenience: ['Either party may terminate this Agreement or any SOW for convenience upon thirty (30) days'],
      termination_cause: ['Either party may terminate this Agreement immediately by written notice'],
      notice: ['for convenience upon thirty (30) days', 'unless either party gives written notice of non-renewal at least sixty (60) days'],
      renewal: ['It then renews automatically for successive one-year terms'],
      termination_fee: ['If Client terminates an SOW for convenience before its completion'],
      post_termination: ['Sections 2, 5, 6 and 7 survive the termination or expiry of this Agreement.'],
      payment: ['Invoices are payable within thirty (30) days of the invoice date.'],
      deliverables: ['A deliverable not rejected in that period is deemed accepted.'],
      ip_transfer: ['Consultant assigns to Client all right'],
      liability_cap: ["neither party's total liability under this Agreement"],
    },
    absent: [],
  },
  'bluefin-sow.md': {
    covers: {
      termination_convenience: ["Either party may end this SOW at any time by giving the other two weeks' written notice."],
      notice: ["two weeks' written notice"],
      post_termination: ['If Bluefin Travel ends it early, it pays for the work done up to the end date'],
      payment: ['Invoices are due within 14 days.'],
      deliverables: ['Up to two rounds of changes on each deliverable are included'],
      ip_transfer: ['Bluefin Travel owns the final artwork and code'],
      liability_cap: ["Rossi Studio's liability under this SOW is limited to the fees paid under it."],
    },
    absent: ['renewal', 'termination_cause', 'termination_fee'],
  },
  'acme-servizi.md': {
    covers: {
      termination_convenience: ['Ciascuna delle parti può recedere dal presente contratto in qualsiasi momento'],
      notice: ['Ciascuna delle parti può recedere', 'almeno trenta (30) giorni prima della scadenza'],
      renewal: ['si rinnova tacitamente per periodi di ulteriori dodici mesi'],
      termination_cause: ["Il contratto si risolve di diritto ai sensi dell'art. 1456 c.c."],
      post_termination: ['Le clausole 3, 6 e 7 sopravvivono alla cessazione del contratto.'],
      payment: ['Le fatture sono pagate entro trenta (30) giorni dalla data di emissione'],
      deliverables: ['Sono incluse due tornate di revisione per ciascuna consegna.'],
      ip_transfer: ['I diritti di utilizzazione economica sul codice'],
      liability_cap: ['la responsabilità complessiva della Professionista'],
    },
    absent: ['termination_fee'],
  },
};

type Highlights = ReadonlyMap<ClauseKind, readonly vscode.Range[]>;
const contractUri = (name: string) => vscode.Uri.file(join(workspaceRoot(), 'contracts', name));
const total = (highlights: Highlights) => [...highlights.values()].reduce((sum, ranges) => sum + ranges.length, 0);

async function shownHighlights(api: CleanBreakApi, uri: vscode.Uri): Promise<{ document: vscode.TextDocument; highlights: Highlights }> {
  const { document } = await vscode.window.showTextDocument(uri);
  const highlights = await waitFor(`highlights in ${uri.path}`, () => {
    const applied = api.services.highlighter.appliedHighlights(uri);
    return total(applied) > 0 ? applied : undefined;
  }, 20_000);
  return { document, highlights };
}

function rangesOf(highlights: Highlights, kind: ClauseKind, document: vscode.TextDocument): string[] {
  return (highlights.get(kind) ?? []).map((r) => `${document.offsetAt(r.start)}-${document.offsetAt(r.end)}`);
}

describe('Contract highlights as decorated (inside VS Code)', () => {
  let api: CleanBreakApi;
  before(async () => {
    api = await extensionApi();
  });
  after(async () => {
    await vscode.workspace.getConfiguration('cleanBreak').update('highlights.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  for (const [name, expected] of Object.entries(SAMPLES)) {
    it(`decorates each clause kind of ${name} where a reader finds it, and nothing else`, async () => {
      const { document, highlights } = await shownHighlights(api, contractUri(name));
      const text = document.getText();
      for (const [kind, phrases] of Object.entries(expected.covers) as [ClauseKind, string[]][]) {
        for (const phrase of phrases) {
          const start = text.indexOf(phrase);
          assert.ok(start >= 0, `the sample holds “${phrase}”`);
          const covered = (highlights.get(kind) ?? []).some((r) => document.offsetAt(r.start) <= start && start + phrase.length <= document.offsetAt(r.end));
          assert.ok(covered, `${kind} covers “${phrase}”; its ranges: ${rangesOf(highlights, kind, document).join(', ') || 'none'}`);
        }
      }
      for (const kind of expected.absent) assert.deepEqual(rangesOf(highlights, kind, document), [], `${kind} is not in ${name}`);
      // Every decorated range is a clause the engine found, of that kind, and every clause it found is decorated.
      const spans = scanContract(text).spans;
      for (const kind of CLAUSE_KINDS) {
        assert.deepEqual(rangesOf(highlights, kind, document).sort(), spans.filter((s) => s.kind === kind).map((s) => `${s.start}-${s.end}`).sort(), kind);
      }
    });
  }

  it('removes every highlight when cleanBreak.highlights.enabled is false, and brings them back when it is true', async () => {
    const uri = contractUri('northwind-msa.md');
    const { document, highlights } = await shownHighlights(api, uri);
    const before = CLAUSE_KINDS.map((kind) => rangesOf(highlights, kind, document));
    const settings = vscode.workspace.getConfiguration('cleanBreak');
    await settings.update('highlights.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('highlights removed', () => (total(api.services.highlighter.appliedHighlights(uri)) === 0 ? true : undefined));
    await settings.update('highlights.enabled', true, vscode.ConfigurationTarget.Workspace);
    const back = await waitFor('highlights back', () => {
      const applied = api.services.highlighter.appliedHighlights(uri);
      return total(applied) > 0 ? applied : undefined;
    });
    assert.deepEqual(CLAUSE_KINDS.map((kind) => rangesOf(back, kind, document)), before);
  });

  it('takes the highlights off a contract clients.yaml stops naming, and puts them back when it names it again', async () => {
    const uri = contractUri('northwind-msa.md');
    await shownHighlights(api, uri);
    const original = readClients();
    try {
      writeFileSync(clientsPath(), original.replace('contract: contracts/northwind-msa.md', 'contract: contracts/bluefin-sow.md'));
      await waitFor('highlights removed', () => (total(api.services.highlighter.appliedHighlights(uri)) === 0 ? true : undefined));
      assert.equal(api.services.highlighter.isContract(await vscode.workspace.openTextDocument(uri)), false);
    } finally {
      writeFileSync(clientsPath(), original);
    }
    await waitFor('highlights back', () => (total(api.services.highlighter.appliedHighlights(uri)) > 0 ? true : undefined));
  });
});
