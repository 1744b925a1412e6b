// A reader's date filter ("from 2026-11-01 to 2026-11-28") means whole days on the site's wall
// clock: `from` starts at that day's midnight in the site time zone, `to` ends at the next one.
// Intl knows every zone's offsets, DST included; a day that starts in a DST gap still works.
import { offsetMs } from '../../zoned-time.ts';

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-28" → the UTC instant that day begins in `timeZone`; undefined when not a real date. */
export function startOfDay(day: string, timeZone: string): Date | undefined {
  const match = isoDay.exec(day.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const asUtc = Date.UTC(y, m - 1, d);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || y < 1000) return undefined;
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone); // a second pass settles days that change offset
  return new Date(instant);
}

/** The instant the day after `day` begins: the exclusive end of a `to` filter. */
export function endOfDay(day: string, timeZone: string): Date | undefined {
  const start = startOfDay(day, timeZone);
  if (!start) return undefined;
  const next = new Date(Date.parse(`${day.trim()}T00:00:00Z`) + 36 * 3_600_000).toISOString().slice(0, 10);
  return startOfDay(next, timeZone);
}
