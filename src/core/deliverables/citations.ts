// What a client's contract says about the deliverables in clients.yaml: for each, the passage that promises it (file
// and line), or why none could be named; and the post_termination clauses that govern unfinished work and handover.
// Shared by readiness, the command line and the editor.
import type { ScanResult } from '../clauses/types';
import type { Client, Deliverable, Language } from '../clients/schema';
import { type DeliverableMatch, DeliverableMatcher } from './match';
import { isOwed } from './owed';
import type { Passage } from './passages';

export interface Citation {
  /** The contract's path as clients.yaml names it. */
  path: string;
  /** 1-based. */
  line: number;
  start: number;
  end: number;
  /** The passage, on one line. */
  text: string;
  /** For a passage of a saved email: its sender and date. */
  from?: string;
  date?: string;
  /** In a saved email whose file encodes its words (quoted-printable, base64): line and offsets are of the decoded words. */
  encoded?: true;
}

export interface CitedDeliverable {
  index: number;
  deliverable: Deliverable;
  owed: boolean;
  state: DeliverableMatch['state'];
  how?: 'ref' | 'words';
  /** The passage that promises it, when one does. */
  cited?: Citation;
  /** Several passages could be it: none is named. */
  candidates?: Citation[];
  /** Why nothing is cited, for a missing one. */
  cause?: Extract<DeliverableMatch, { state: 'missing' }>['cause'];
  /** Other deliverables tied to the same passage. */
  sharedWith?: string[];
}

export interface DeliverableCitations {
  path: string;
  language: Language | 'other';
  deliverables: CitedDeliverable[];
  /** What the contract says happens after the end: payment for work done, handover. */
  postTermination: Citation[];
}

/** The longest passage quoted; longer ones end with an ellipsis. */
const QUOTE_CHARS = 240;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

function cite(path: string, text: string, passage: Pick<Passage, 'start' | 'end' | 'line'>): Citation {
  return { path, line: passage.line, start: passage.start, end: passage.end, text: quote(text.slice(passage.start, passage.end)) };
}

/**
 * Cites the contract for each of the client's deliverables. `scan` is the clause engine's result for the same text,
 * whose `post_termination` spans are quoted; `matcher` keeps what it read for the next call on an edited text.
 */
export function citeDeliverables(
  client: Client,
  path: string,
  text: string,
  scan: ScanResult,
  titleLanguage?: Language,
  matcher = new DeliverableMatcher(),
): DeliverableCitations {
  const { language, matches } = matcher.match(text, client.deliverables, titleLanguage ?? client.language);
  const deliverables = matches.map((match): CitedDeliverable => {
    const deliverable = client.deliverables[match.index];
    const base = { index: match.index, deliverable, owed: isOwed(deliverable), state: match.state };
    switch (match.state) {
      case 'matched':
        return { ...base, how: match.how, cited: cite(path, text, match.passage), ...(match.sharedWith.length ? { sharedWith: match.sharedWith } : {}) };
      case 'ambiguous':
        return { ...base, how: match.how, candidates: match.candidates.map((p) => cite(path, text, p)).sort((a, b) => a.start - b.start) };
      case 'missing':
        return { ...base, cause: match.cause };
    }
  });
  const postTermination = scan.spans
    .filter((span) => span.kind === 'post_termination')
    .map((span) => cite(path, text, { start: span.start, end: span.end, line: lineOf(text, span.start) }));
  return { path, language, deliverables, postTermination };
}
