// The readiness checklist: the article's steps before telling a client, each ok, warn or block.
import type { ClauseSpan, ContractSummary } from '../clauses/types';
import type { Language } from '../clients/schema';
import type { Citation, DeliverableCitations } from '../deliverables/citations';
import type { DocumentProblemCode } from '../documents/document';
import type { ScopeProblem } from '../documents/scope';
import type { EndDateRule } from '../drafting/endDate';
import type { Refusal } from '../workspace';

/** In the order the article takes them. */
export const READINESS_ITEMS = ['cooling-off', 'terminations', 'contract', 'obligations', 'money', 'meeting', 'notice', 'referral'] as const;
export type ReadinessItemId = (typeof READINESS_ITEMS)[number];

export type ReadinessStatus = 'ok' | 'warn' | 'block';

export interface ReadinessItem {
  id: ReadinessItemId;
  status: ReadinessStatus;
  /** One line, in the user's interface language. */
  reason: string;
  /** The contract passages the reason cites. */
  citations?: Citation[];
}

export interface Readiness {
  clientId: string;
  language: Language;
  items: ReadinessItem[];
  /** True when any item blocks: no draft is called ready. */
  blocked: boolean;
  /** The end date the notice item computed, when it could. */
  endDate?: string;
  endDateRule?: EndDateRule;
}

/** What is known about the client's contract file. */
export type ContractStatus =
  | { state: 'none' }
  | { state: 'missing'; path: string }
  | { state: 'refused'; path: string; refusal: Refusal }
  /** A PDF or Word file that exists but could not be read, and why. */
  | { state: 'unreadable'; path: string; problem: DocumentProblemCode }
  | {
      state: 'scanned';
      path: string;
      summary: ContractSummary;
      /** How many saved emails the scope rests on, when it rests on any. */
      emails?: number;
      /** Files of the scope that could not be read, each with why. */
      problems?: ScopeProblem[];
      /** For notes and emails read as one scope: each file's clauses, at their offsets in it (none where an email's file encodes its words). */
      clauses?: { path: string; spans: ClauseSpan[] }[];
      deliverables?: DeliverableCitations;
    };
