// Who costs more than they bring: each client's share of trouble against its share of revenue, and the "costly"
// flag. The formula is written out in docs/pareto.md; keep the two in step.
import type { ClientFacts } from './derive';

/** Each incident weighs this many hours on top of the hours it cost: the interruption itself has a price. */
export const INCIDENT_WEIGHT_HOURS = 2;
/** The costly group is the fewest clients that together make at least this share of the trouble... */
export const TROUBLE_THRESHOLD = 0.8;
/** ...and it is costly only when, together, they bring at most this share of the revenue ("well under" 80%). */
export const REVENUE_CEILING = 0.5;

/** Float sums of shares may land a hair below 0.8; this keeps 80.0% counting as 80%. */
const EPSILON = 1e-9;

export interface ParetoEntry {
  id: string;
  /** Hours plus weighted incidents (see `troubleOf`). */
  trouble: number;
  /** Paid invoices. */
  revenue: number;
  troubleShare: number;
  revenueShare: number;
  /** In the fewest clients that make up 80% of the trouble. */
  inTroubleGroup: boolean;
  costly: boolean;
}

export interface Pareto {
  /** Clients whose status is not `ended`, most trouble first. */
  entries: ParetoEntry[];
  /** Share of all revenue brought by the trouble group. */
  troubleGroupRevenueShare: number;
}

export function troubleOf(facts: ClientFacts): number {
  return facts.hours + facts.incidentCount * INCIDENT_WEIGHT_HOURS + facts.incidentHours;
}

/**
 * Ranks the clients still in the portfolio (status other than `ended`) by share of trouble, takes the fewest from
 * the top whose shares add up to at least 80%, and, when that group brings at most 50% of the revenue, flags as
 * costly each member whose share of trouble exceeds its share of revenue. Nobody is flagged when there is no
 * trouble or no revenue at all: there is nothing to compare.
 */
export function pareto(clients: readonly ClientFacts[]): Pareto {
  const current = clients.filter((c) => c.status !== 'ended');
  const totalTrouble = current.reduce((sum, c) => sum + troubleOf(c), 0);
  const totalRevenue = current.reduce((sum, c) => sum + c.revenue, 0);
  const entries: ParetoEntry[] = current.map((c) => {
    const trouble = troubleOf(c);
    return {
      id: c.id,
      trouble,
      revenue: c.revenue,
      troubleShare: totalTrouble > 0 ? trouble / totalTrouble : 0,
      revenueShare: totalRevenue > 0 ? c.revenue / totalRevenue : 0,
      inTroubleGroup: false,
      costly: false,
    };
  });
  entries.sort((a, b) => b.troubleShare - a.troubleShare || a.revenueShare - b.revenueShare || a.id.localeCompare(b.id));
  if (totalTrouble === 0 || totalRevenue === 0) return { entries, troubleGroupRevenueShare: 0 };

  let troubleSoFar = 0;
  let groupRevenueShare = 0;
  for (const entry of entries) {
    if (troubleSoFar >= TROUBLE_THRESHOLD - EPSILON) break;
    entry.inTroubleGroup = true;
    troubleSoFar += entry.troubleShare;
    groupRevenueShare += entry.revenueShare;
  }
  if (groupRevenueShare <= REVENUE_CEILING + EPSILON) {
    for (const entry of entries) entry.costly = entry.inTroubleGroup && entry.troubleShare > entry.revenueShare;
  }
  return { entries, troubleGroupRevenueShare: groupRevenueShare };
}
