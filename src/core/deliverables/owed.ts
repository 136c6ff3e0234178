// Which deliverables are still owed: neither delivered nor cancelled. One rule for the matches, readiness and drafts.
import type { Deliverable } from '../clients/schema';

export function isOwed(deliverable: Deliverable): boolean {
  return deliverable.status !== 'delivered' && deliverable.status !== 'cancelled';
}
