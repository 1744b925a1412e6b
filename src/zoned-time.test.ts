import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedLocalToUtc } from './zoned-time.ts';

describe('zoned time', () => {
  it.each([
    ['2026-11-28T09:15', 'Europe/London', '2026-11-28T09:15:00.000Z'],
    ['2026-07-01T09:15', 'Europe/London', '2026-07-01T08:15:00.000Z'],
    ['2026-11-28T09:15', 'Asia/Shanghai', '2026-11-28T01:15:00.000Z'],
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(zonedLocalToUtc(local, zone)?.toISOString()).toBe(utc);
    expect(utcToZonedLocal(new Date(utc), zone)).toBe(local);
  });

  it('refuses malformed input', () => {
    expect(zonedLocalToUtc('tomorrow at nine', 'UTC')).toBeUndefined();
  });
});
