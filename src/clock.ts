// Time as a dependency: services ask the clock, never `new Date()`, so tests can set the
// time (scheduling, "updated" stamps) without sleeping.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move. */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** ISO 8601 in UTC with milliseconds: one width, so stored times sort as text. */
export function toStoredTime(date: Date): string {
  return date.toISOString();
}
