import { expect, it } from 'vitest';
import { levelOf } from './uitstroom-levels';

it('orders perspectives from below 1F to vwo', () => {
  const ranks = ['lager dan 1F', 'Praktijkonderwijs', 'vmbo-bb', 'VMBO-KB', 'vmbo-gl/tl', 'havo', 'vwo'].map((t) => levelOf(t)!.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(ranks).size).toBe(ranks.length);
});

it('flags below 1F and praktijkonderwijs', () => {
  expect(levelOf('Uitstroom onder 1F')!.belowOneF).toBe(true);
  expect(levelOf('PrO')!.praktijk).toBe(true);
  expect(levelOf('vmbo-kb')!.praktijk).toBe(false);
});

it('knows nothing of free text', () => expect(levelOf('nog onbekend')).toBeNull());
