// The facts a polish must keep in a draft made for a client: the names it may contain, its invoice numbers, its end
// date and notice period. Names come whole (any case) and, for people, word by word ("Dear Mario").
import type { Client, Me } from '../clients/schema';
import type { Draft } from '../drafting/draft';
import type { KnownFacts } from './facts';

// Words of a name that are not the person's: particles of surnames and legal forms of businesses.
const NOT_PARTS = new Set(['de', 'di', 'da', 'del', 'della', 'van', 'von', 'der', 'la', 'le', 'lo', 'dos', 'du', 'mc']);
const LEGAL_FORM = /[\s,]+(?:s\.?r\.?l\.?s?|s\.?p\.?a\.?|s\.?a\.?s\.?|s\.?n\.?c\.?|ltd\.?|limited|llc|inc\.?|plc|gmbh|sarl|bv)$/i;

/** Each word of a person's name that could stand alone in a letter: "Mario", "Rossi". */
const partsOf = (name: string) => name.split(/\s+/).filter((word) => word.length >= 2 && !NOT_PARTS.has(word.toLowerCase()));

const given = (names: (string | undefined)[]) => names.filter((name): name is string => Boolean(name?.trim()));

/**
 * `draft`: the template draft's end date and how it was found, when known (not for a draft the user wrote);
 * `others`: the other clients of clients.yaml, whose names an edited draft may mention too.
 */
export function knownFactsOf(draft: Partial<Pick<Draft, 'endDate' | 'endDateRule'>>, client: Client, me?: Me, others: readonly Client[] = []): KnownFacts {
  const clients = [client, ...others];
  const people = given([...clients.flatMap((c) => [c.contact?.name, c.decision?.referral?.name]), me?.name]);
  const businesses = given([...clients.map((c) => c.name), me?.business]);
  return {
    names: [...new Set([...people, ...businesses, ...businesses.map((b) => b.replace(LEGAL_FORM, '')).filter(Boolean)])],
    nameParts: [...new Set(people.flatMap(partsOf))],
    invoices: client.invoices.map((invoice) => invoice.number),
    ...(draft.endDate ? { endDate: draft.endDate } : {}),
    ...(draft.endDateRule?.kind === 'notice' ? { noticeDays: draft.endDateRule.noticeDays } : {}),
  };
}
