// The clause engine's vocabulary: the ten kinds of ../shared/notes/product.md and what a scan returns.
import type { Localized } from '../lint/types';

export const CLAUSE_KINDS = [
  'termination_convenience',
  'termination_cause',
  'notice',
  'renewal',
  'post_termination',
  'termination_fee',
  'payment',
  'deliverables',
  'ip_transfer',
  'liability_cap',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export type ContractLanguage = 'en' | 'it' | 'other';

/** Who a right or a notice period belongs to, where the text says so. */
export type Party = 'either' | 'provider' | 'client' | 'unknown';

export interface ClauseSpan {
  kind: ClauseKind;
  /** String indices (UTF-16 code units) into the scanned text; `text.slice(start, end)` is the clause. */
  start: number;
  end: number;
  /** Confidence, 0..1. */
  score: number;
  /** `notice`: the period in days. `termination_fee`: the amount or percentage as written. */
  value?: number | string;
  /** `termination_convenience`: the notice the right requires, in days, when the clause states it. */
  noticeDays?: number;
  /** Whose right or notice period this is, for `termination_*` and `notice`. */
  party?: Party;
  /** One short sentence on why the span was marked, naming whether a rule, the model, or both fired; in each language of the interface. */
  explanation: Localized;
}

export interface ContractSummary {
  language: ContractLanguage;
  /** The freelancer (provider) or either party may end the contract without cause. */
  canTerminateForConvenience: boolean;
  /** Only for-cause termination rights were found. */
  forCauseOnly: boolean;
  /** Notice days that apply to the freelancer ending it, when the contract states a period. */
  noticeDays?: number;
  /** A termination fee as written, when there is one. */
  terminationFee?: string;
  /** A termination fee was found whose amount the contract does not write ("The deposit is non-refundable"). */
  terminationFeeWithoutAmount?: true;
  /** Short phrases for what survives or happens after the end (payment for work done, handover, ...), in both languages: the reader's is shown. */
  survives: Localized[];
}

export interface ScanResult {
  language: ContractLanguage;
  spans: ClauseSpan[];
  summary: ContractSummary;
  /** Messages for the user about the input itself (binary, other language, truncated, ...). */
  warnings: Localized[];
}
