// The changed facts of issue 13 that the guard let through, as edits of the real template drafts of the sample
// workspace on 2026-11-30: Northwind's termination email (English, two open invoices, ends 30 December 2026) and
// ACME's (Italian, ends 30 dicembre 2026). Each edit must be refused, for the reason given.
export const FACT_CHANGE_TODAY = '2026-11-30';

export interface FactChange {
  name: string;
  client: 'northwind' | 'acme';
  edit: (draft: string) => string;
  /** The reason in English, as the guard gives it. */
  reason: RegExp;
  /** The fact the reason names, in whatever language the reason is worded. */
  fact: string;
}

/** `text` with every `a` and `b` swapped. */
export function swap(text: string, a: string, b: string): string {
  return text.split(a).map((part) => part.replaceAll(b, a)).join(b);
}

/** Replaces `from` and fails when the draft does not have it, so that a changed template cannot void a case. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the draft no longer has ${String(from)}:\n${text}`);
  return changed;
}

const EN_BODY_DATE = 'end our collaboration on 30 December 2026.';
const IT_BODY_DATE = 'terminerà il 30 dicembre 2026.';
const EN_LAST = 'will follow on that date.';
const IT_LAST = 'seguirà in quella data.';

export const FACT_CHANGES: FactChange[] = [
  {
    name: 'a date followed by a full stop, moved in the body',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_BODY_DATE, 'end our collaboration on 16/01/2027.'),
    reason: /^the polished text added a date 16\/01\/2027 that the draft does not contain$/,
    fact: '16/01/2027',
  },
  {
    name: 'the amounts of two invoices swapped',
    client: 'northwind',
    edit: (d) => swap(d, '€2,400.00', '€1,600.00'),
    reason: /^the polished text moved the amount €2,400\.00 away from "- 2026-047, €2,400\.00, due 14 November 2026"$/,
    fact: '€2,400.00',
  },
  {
    name: 'the due dates of two invoices swapped',
    client: 'northwind',
    edit: (d) => swap(d, '14 November 2026', '25 December 2026'),
    reason: /^the polished text moved the date 14 November 2026 away from "- 2026-047, /,
    fact: '14 November 2026',
  },
  {
    name: 'the end date swapped with a due date',
    client: 'northwind',
    edit: (d) => swap(replaceOnce(d, EN_BODY_DATE, 'end our collaboration on 25 December 2026.'), 'due 25 December 2026', 'due 30 December 2026'),
    reason: /^the polished text moved the end date 30 December 2026 away from "I am writing to let you know that I will end our collaborat…"$/,
    fact: '30 December 2026',
  },
  {
    name: 'a changed invoice number',
    client: 'northwind',
    edit: (d) => replaceOnce(d, '2026-052', '2026-053'),
    reason: /^the polished text dropped the invoice number 2026-052$/,
    fact: '2026-052',
  },
  {
    name: 'the end date made "at the end of next week"',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_BODY_DATE, 'end our collaboration at the end of next week.'),
    reason: /^the polished text added a vague time at the end of next week that the draft does not contain$/,
    fact: 'at the end of next week',
  },
  {
    name: 'the end date made "that date"',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_BODY_DATE, 'end our collaboration on that date.'),
    reason: /^the polished text moved the end date 30 December 2026 away from "I am writing/,
    fact: '30 December 2026',
  },
  {
    name: 'the end date made "the ninth of January"',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_BODY_DATE, 'end our collaboration on the ninth of January.'),
    reason: /^the polished text added a date the ninth of January that the draft does not contain$/,
    fact: 'the ninth of January',
  },
  {
    name: 'an added "two thousand euros"',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_LAST, 'will follow on that date, for two thousand euros.'),
    reason: /^the polished text added an amount two thousand euros that the draft does not contain$/,
    fact: 'two thousand euros',
  },
  {
    name: 'an added "sixty days"',
    client: 'northwind',
    edit: (d) => replaceOnce(d, EN_LAST, 'will follow on that date, payable within sixty days.'),
    reason: /^the polished text added a period sixty days that the draft does not contain$/,
    fact: 'sixty days',
  },
  {
    name: 'Italian: a date followed by a full stop, moved in the body',
    client: 'acme',
    edit: (d) => replaceOnce(d, IT_BODY_DATE, 'terminerà il 16/01/2027.'),
    reason: /^the polished text added a date 16\/01\/2027 that the draft does not contain$/,
    fact: '16/01/2027',
  },
  {
    name: 'Italian: the end date made "entro la fine della prossima settimana"',
    client: 'acme',
    edit: (d) => replaceOnce(d, IT_BODY_DATE, 'terminerà entro la fine della prossima settimana.'),
    reason: /^the polished text added a vague time .*prossima settimana that the draft does not contain$/,
    fact: 'prossima settimana',
  },
  {
    name: 'Italian: the end date made "nove gennaio"',
    client: 'acme',
    edit: (d) => replaceOnce(d, IT_BODY_DATE, 'terminerà il nove gennaio.'),
    reason: /^the polished text added a date nove gennaio that the draft does not contain$/,
    fact: 'nove gennaio',
  },
  {
    name: 'Italian: an added "duemila euro"',
    client: 'acme',
    edit: (d) => replaceOnce(d, IT_LAST, 'seguirà in quella data, per duemila euro.'),
    reason: /^the polished text added an amount duemila euro that the draft does not contain$/,
    fact: 'duemila euro',
  },
  {
    name: 'Italian: an added "sessanta giorni"',
    client: 'acme',
    edit: (d) => replaceOnce(d, IT_LAST, 'seguirà in quella data, con pagamento a sessanta giorni.'),
    reason: /^the polished text added a period sessanta giorni that the draft does not contain$/,
    fact: 'sessanta giorni',
  },
];

/** Faithful rewordings of the same drafts, which the guard must accept. */
export const FAITHFUL: Record<FactChange['client'], (draft: string) => string> = {
  northwind: (d) => replaceOnce(d, 'I am writing to let you know that', 'I am writing to tell you that'),
  acme: (d) => replaceOnce(d, 'le scrivo per comunicarle che', 'le scrivo per informarla che'),
};
