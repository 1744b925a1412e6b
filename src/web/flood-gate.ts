// Comment flood control's repeats, answered from memory. The comments service refuses an address
// that posts again within 15 seconds (or too often in an hour), after reading the article and
// the address's last comment, and the form comes back with the reader's text: right for a person
// who clicked twice, too much work for a script posting hundreds of times a second. An address
// refused `after` times whose wait is not over is told to wait before anything is read or
// rendered. Per process, bounded (the oldest entries go first), forgotten when the wait ends.
import type { Clock } from '../clock.ts';

export interface FloodGate {
  /** Seconds this address must still wait, when it has been refused often enough to be answered from memory. */
  waiting(ip: string): number | undefined;
  /** The service refused this address; it may post again in `seconds`. */
  refused(ip: string, seconds: number): void;
}

export function createFloodGate({ clock, after = 2, most = 10_000 }: { clock: Clock; after?: number; most?: number }): FloodGate {
  const addresses = new Map<string, { until: number; times: number }>();
  return {
    waiting(ip) {
      const entry = addresses.get(ip);
      if (!entry) return undefined;
      const left = entry.until - clock.now().getTime();
      if (left <= 0) {
        addresses.delete(ip);
        return undefined;
      }
      return entry.times >= after ? Math.ceil(left / 1000) : undefined;
    },
    refused(ip, seconds) {
      const times = (addresses.get(ip)?.times ?? 0) + 1;
      addresses.delete(ip); // newest last
      addresses.set(ip, { until: clock.now().getTime() + seconds * 1000, times });
      if (addresses.size > most) addresses.delete(addresses.keys().next().value!);
    },
  };
}
