import * as assert from 'node:assert/strict';
import { deriveFacts } from '../../../src/core/clients/derive';
import { pareto } from '../../../src/core/clients/pareto';
import type { Client } from '../../../src/core/clients/schema';
import { costing, file } from './build';

function rank(clients: Client[]) {
  return pareto(deriveFacts(file(clients), '2026-11-30').clients);
}

function costlyIds(clients: Client[]): string[] {
  return rank(clients).entries.filter((e) => e.costly).map((e) => e.id);
}

// Trouble = hours + 2 per incident + the incidents' hours. The numbers are worked out by hand in docs/pareto.md.
describe('Pareto: who costs more than they bring', () => {
  it('computes trouble and both shares', () => {
    const { entries } = rank([costing('a', 50, [1, 1, 0], 1000), costing('b', 20, [0], 1000), costing('c', 10, [], 4000), costing('d', 10, [], 4000)]);
    assert.deepEqual(
      entries.map((e) => [e.id, e.trouble, e.troubleShare, e.revenueShare]),
      [['a', 58, 0.58, 0.1], ['b', 22, 0.22, 0.1], ['c', 10, 0.1, 0.4], ['d', 10, 0.1, 0.4]],
    );
  });

  it('flags the clients that make 80% of the trouble while bringing at most half the revenue', () => {
    const clients = [costing('a', 50, [1, 1, 0], 1000), costing('b', 20, [0], 1000), costing('c', 10, [], 4000), costing('d', 10, [], 4000)];
    assert.deepEqual(costlyIds(clients), ['a', 'b']);
    assert.equal(rank(clients).troubleGroupRevenueShare, 0.2);
  });

  it('flags nobody when the troublesome group also brings more than half the revenue', () => {
    assert.deepEqual(costlyIds([costing('a', 60, [], 3000), costing('b', 30, [], 3000), costing('c', 10, [], 4000)]), []);
  });

  it('does not flag a member of the group whose share of revenue matches its trouble', () => {
    const clients = [costing('a', 70, [], 500), costing('b', 15, [], 4000), costing('c', 15, [], 5500)];
    const { entries } = rank(clients);
    assert.deepEqual(entries.filter((e) => e.inTroubleGroup).map((e) => e.id), ['a', 'b']);
    assert.deepEqual(costlyIds(clients), ['a']);
  });

  it('counts a group whose shares add to 80% up to rounding as reaching 80%', () => {
    // 0.7 + 0.1 is 0.7999999999999999 in floating point.
    const clients = [costing('a', 70, [], 10), costing('b', 10, [], 10), costing('c', 10, [], 40), costing('d', 10, [], 40)];
    assert.deepEqual(rank(clients).entries.filter((e) => e.inTroubleGroup).map((e) => e.id), ['a', 'b']);
    assert.deepEqual(costlyIds(clients), ['a']);
  });

  it('leaves ended clients out of the shares', () => {
    const clients = [costing('a', 80, [], 100), costing('b', 20, [], 900), costing('gone', 1000, [], 0, 'ended')];
    assert.deepEqual(rank(clients).entries.map((e) => e.id), ['a', 'b']);
    assert.deepEqual(costlyIds(clients), ['a']);
  });

  it('flags nobody without any revenue or any trouble to compare', () => {
    assert.deepEqual(costlyIds([costing('a', 80, [], 0), costing('b', 20, [], 0)]), []);
    assert.deepEqual(costlyIds([costing('a', 0, [], 100), costing('b', 0, [], 900)]), []);
  });

  it('never flags a single client: it brings all the revenue', () => {
    assert.deepEqual(costlyIds([costing('a', 500, [3, 3], 100)]), []);
  });
});
