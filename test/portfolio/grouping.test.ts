import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/model/contract-schema.js';
import { GROUP_DIMENSIONS, type GroupDimension, groupIdOf, groupOf } from '../../src/portfolio/grouping.js';

const contracts = [
  { id: 'a', kind: 'contract', dates: { notification: '2025-03-01' }, buyer: { id: '21750001600019' }, nature: 'works' },
  { id: 'b', kind: 'contract' },
  { id: 'c', kind: 'concession', buyer: { id: 'Ville de "Saint-Étienne", \\ n°1' }, nature: 'services' },
] as unknown as Contract[];

const allOrders: GroupDimension[][] = [[], ...GROUP_DIMENSIONS.map((d) => [d]), ['year', 'buyer'], ['nature', 'year', 'buyer']];

describe('groupIdOf', () => {
  it('is the JSON text of the list of group values, in the order of the dimensions', () => {
    for (const c of contracts) {
      for (const dims of allOrders) {
        const key = groupOf(c, dims);
        expect(groupIdOf(c, dims)).toBe(JSON.stringify(dims.map((d) => key[d] ?? null)));
      }
    }
  });

  it('tells groups apart and names the unknown ones', () => {
    const [a, b] = contracts as [Contract, Contract];
    expect(groupIdOf(a, ['year', 'nature'])).toBe('[2025,"works"]');
    expect(groupIdOf(b, ['year', 'nature'])).toBe('["unknown","unknown"]');
    expect(groupIdOf(a, [])).toBe('[]');
  });
});
