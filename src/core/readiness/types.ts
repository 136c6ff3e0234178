// The readiness checklist: the article's steps before telling a client, each ok, warn or block.
import type { ContractSummary } from '../clauses/types';
import type { Language } from '../clients/schema';
import type { DocumentProblemCode } from '../documents/document';
import type { EndDateRule } from '../drafting/endDate';

/** In the order the article takes them. */
export const READINESS_ITEMS = ['cooling-off', 'terminations', 'contract', 'obligations', 'money', 'meeting', 'notice', 'referral'] as const;
export type ReadinessItemId = (typeof READINESS_ITEMS)[number];

export type ReadinessStatus = 'ok' | 'warn' | 'block';

export interface ReadinessItem {
  id: ReadinessItemId;
  status: ReadinessStatus;
  /** One line, in the client's language. */
  reason: string;
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
  /** A PDF or Word file that exists but could not be read, and why. */
  | { state: 'unreadable'; path: string; problem: DocumentProblemCode }
  | { state: 'scanned'; path: string; summary: ContractSummary };
