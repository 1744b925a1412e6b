// Date filters are whole days on the site's wall clock.
import { describe, expect, it } from 'vitest';
import { endOfDay, startOfDay } from './day-range.ts';

describe('day ranges', () => {
  it('starts and ends a day at midnight in the site time zone', () => {
    expect(startOfDay('2026-11-28', 'UTC')?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(endOfDay('2026-11-28', 'UTC')?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(startOfDay('2026-11-28', 'America/New_York')?.toISOString()).toBe('2026-11-28T05:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Europe/London')?.toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('spans the days when the clocks change', () => {
    expect(startOfDay('2026-03-29', 'Europe/London')?.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(endOfDay('2026-03-29', 'Europe/London')?.toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  it('refuses what is not a real date', () => {
    for (const day of ['2026-02-30', '2026-13-01', '28/11/2026', '', 'yesterday', '0000-01-01']) expect(startOfDay(day, 'UTC')).toBeUndefined();
  });
});
