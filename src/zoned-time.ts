// Converting between a wall-clock time in the site's time zone (what an editor types into a
// datetime-local field, or a reader's date filter) and a UTC instant. Intl knows every zone's
// offsets, DST included. Shared by the admin's scheduling and search's date ranges.
/** How far `timeZone`'s wall clock is ahead of UTC at `instant`. */
export function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instant / 1000) * 1000;
}

/** "2026-11-28T09:15" in `timeZone` → the UTC instant; undefined when malformed. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone); // second pass settles DST edges
  return new Date(instant);
}

/** A UTC instant → "YYYY-MM-DDTHH:MM" on the wall clock of `timeZone`. */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
