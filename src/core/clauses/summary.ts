// The per-contract summary that readiness and drafting read: who may end it, with what notice, at what cost.
import type { ClauseSpan, ContractLanguage, ContractSummary, Party } from './types';

// What survives the end, in the words the freelancer reads, whatever the contract's language.
const SURVIVING: { pattern: RegExp; en: string; it: string }[] = [
  { pattern: /\b(?:pa(?:y|id)|fees?|invoice|owed|compenso|pagament|corrispettiv|fattur|dovut)/i, en: 'payment for work done', it: 'pagamento del lavoro svolto' },
  { pattern: /\b(?:deliver|hand ?over|transition|transfer|consegn|passaggio)/i, en: 'handover of work', it: 'consegna del lavoro' },
  { pattern: /\b(?:return|destroy|restitu|distrugg)/i, en: 'return of materials', it: 'restituzione dei materiali' },
  { pattern: /\b(?:confidential|riservat)/i, en: 'confidentiality', it: 'riservatezza' },
  { pattern: /\b(?:surviv|sopravviv|remain in (?:full )?(?:force|effect)|restano in vigore)/i, en: 'clauses that survive', it: 'clausole che sopravvivono' },
];

const MAY_END_FOR_FREELANCER: Party[] = ['either', 'provider', 'unknown'];

export function summarise(spans: readonly ClauseSpan[], language: ContractLanguage, text = ''): ContractSummary {
  const convenience = spans.filter((s) => s.kind === 'termination_convenience');
  const cause = spans.filter((s) => s.kind === 'termination_cause');
  // Ending it now is what drafting needs: the notice a right to end it without cause requires comes first, then
  // notice clauses (the freelancer's own period, then one for either party, then any), then the client's right.
  const convenienceNotice = convenience
    .filter((s) => s.noticeDays !== undefined && MAY_END_FOR_FREELANCER.includes(s.party ?? 'unknown'))
    .sort((a, b) => b.score - a.score)[0]?.noticeDays;
  const notices = spans.filter((s) => s.kind === 'notice' && typeof s.value === 'number');
  const noticeFor = (party: Party): number | undefined =>
    notices.filter((s) => (s.party ?? 'unknown') === party).sort((a, b) => b.score - a.score)[0]?.value as number | undefined;
  const noticeDays = convenienceNotice ?? noticeFor('provider') ?? noticeFor('either') ?? noticeFor('unknown') ?? noticeFor('client')
    ?? convenience.find((s) => s.noticeDays !== undefined)?.noticeDays;
  const fee = spans.filter((s) => s.kind === 'termination_fee' && s.value !== undefined).sort((a, b) => b.score - a.score)[0];
  const feeWithoutAmount = !fee && spans.some((s) => s.kind === 'termination_fee');
  const found = new Set<(typeof SURVIVING)[number]>();
  for (const span of spans.filter((s) => s.kind === 'post_termination')) {
    const clause = text.slice(span.start, span.end);
    for (const item of SURVIVING) if (item.pattern.test(clause)) found.add(item);
  }
  const survives = [...found].map(({ en, it }) => ({ en, it }));
  const canTerminateForConvenience = convenience.some((s) => MAY_END_FOR_FREELANCER.includes(s.party ?? 'unknown'));
  return {
    language,
    canTerminateForConvenience,
    forCauseOnly: convenience.length === 0 && cause.length > 0,
    ...(noticeDays !== undefined ? { noticeDays } : {}),
    ...(fee ? { terminationFee: String(fee.value) } : {}),
    ...(feeWithoutAmount ? { terminationFeeWithoutAmount: true as const } : {}),
    survives,
  };
}
