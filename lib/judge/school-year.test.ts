import { expect, it } from 'vitest';
import { schoolYearOf, schoolYearsBetween } from './school-year';

it('starts a school year on 1 August', () => {
  expect(schoolYearOf('2026-07-31').name).toBe('2025-2026');
  expect(schoolYearOf('2026-08-01').name).toBe('2026-2027');
});

it('lists the school years a period overlaps', () => {
  expect(schoolYearsBetween('2024-10-01', '2026-11-28').map((y) => y.name)).toEqual(['2024-2025', '2025-2026', '2026-2027']);
  expect(schoolYearsBetween('2026-09-01', '2026-11-28').map((y) => y.name)).toEqual(['2026-2027']);
});
