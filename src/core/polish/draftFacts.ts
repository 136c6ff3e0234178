// The facts a polish must keep in a draft made for a client: the names it may contain, its end date and notice period.
import type { Client, Me } from '../clients/schema';
import type { Draft } from '../drafting/draft';
import type { KnownFacts } from './facts';

export function knownFactsOf(draft: Pick<Draft, 'endDate' | 'endDateRule'>, client: Client, me?: Me): KnownFacts {
  const names = [client.name, client.contact?.name, me?.name, me?.business, client.decision?.referral?.name];
  return {
    names: names.filter((name): name is string => Boolean(name)),
    endDate: draft.endDate,
    ...(draft.endDateRule.kind === 'notice' ? { noticeDays: draft.endDateRule.noticeDays } : {}),
  };
}
