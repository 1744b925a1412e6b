// How sign-in resists guessing without letting a stranger lock the owner out:
// - per address: 20 attempts in 15 minutes, then a wait (429);
// - per (account, address): 5 failures in 15 minutes lock that account *from that address* (423);
//   each attempt is recorded before the slow password hash runs, so a parallel burst is counted
//   in full (insert, then count the others: no read-modify-write to race);
// - per account, from everywhere: past 20 failures in 15 minutes the account takes one attempt
//   every 3 seconds (a conditional UPDATE claims the slot), so a botnet guesses slowly while the
//   owner, refused at worst for seconds, still gets in.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import * as repo from './user.repository.ts';

export const signInLimits = {
  address: { attempts: 20, windowMs: 15 * 60 * 1000 },
  pair: { failures: 5, windowMs: 15 * 60 * 1000 },
  account: { failures: 20, windowMs: 15 * 60 * 1000, spacingMs: 3000 },
};

const pairKey = (userId: number, address: string) => `account:${userId}:${address}`;
const accountKey = (userId: number) => `account:${userId}`;

export function createSignInLimits({ db, clock }: { db: Db; clock: Clock }) {
  const nowMs = () => clock.now().getTime();
  const iso = (offsetMs = 0) => new Date(nowMs() + offsetMs).toISOString();
  const secondsUntil = (at: string) => (Date.parse(at) - nowMs()) / 1000;

  return {
    /** Counts this attempt from the address; refuses once the address has used its budget. */
    async admitAddress(address: string): Promise<void> {
      const { attempts, windowMs } = signInLimits.address;
      const key = `address:${address}`;
      const id = await repo.recordAttempt(db, key, iso());
      const earlier = await repo.listAttemptTimes(db, key, iso(-windowMs), attempts, id);
      if (earlier.length >= attempts) {
        await repo.deleteAttempt(db, id);
        throw new AppError('RATE_LIMITED', 'Too many sign-in attempts from this address. Wait 15 minutes and try again.', { retryAfterSeconds: secondsUntil(earlier[attempts - 1]!) + windowMs / 1000 });
      }
    },

    /**
     * Before the password is checked: records the attempt against (account, address) and
     * refuses if that pair is locked or the account is in its slow mode. Returns the attempt's id.
     */
    async admitAccount(userId: number, address: string): Promise<number> {
      const { account, pair } = signInLimits;
      const recentFailures = await repo.listAttemptTimes(db, accountKey(userId), iso(-account.windowMs), account.failures, -1);
      if (recentFailures.length >= account.failures && !(await repo.claimSignInSlot(db, userId, iso(), iso(account.spacingMs)))) {
        throw new AppError('RATE_LIMITED', 'This account has had many failed sign-ins, so it takes one attempt every few seconds. Wait a moment and try again.', { retryAfterSeconds: account.spacingMs / 1000 });
      }
      const id = await repo.recordAttempt(db, pairKey(userId, address), iso());
      const earlier = await repo.listAttemptTimes(db, pairKey(userId, address), iso(-pair.windowMs), pair.failures, id);
      if (earlier.length >= pair.failures) {
        const until = new Date(Date.parse(earlier[pair.failures - 1]!) + pair.windowMs).toISOString();
        throw new AppError('ACCOUNT_LOCKED', `This account is locked after repeated failed sign-ins from this address. It unlocks at ${until}.`, { retryAfterSeconds: secondsUntil(until) });
      }
      return id;
    },

    /** The password was wrong: the attempt stays counted; throws ACCOUNT_LOCKED if that locks this address out. */
    async failed(userId: number, address: string): Promise<void> {
      const { pair } = signInLimits;
      await repo.recordAttempt(db, accountKey(userId), iso());
      const failures = await repo.listAttemptTimes(db, pairKey(userId, address), iso(-pair.windowMs), pair.failures, -1);
      if (failures.length >= pair.failures) {
        const until = new Date(Date.parse(failures[pair.failures - 1]!) + pair.windowMs).toISOString();
        throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-ins: this account is locked until ${until} for sign-ins from this address.`, { retryAfterSeconds: secondsUntil(until) });
      }
    },

    /** The password was right: this address starts afresh on the account. */
    async succeeded(userId: number, address: string): Promise<void> {
      await repo.deleteAttempts(db, pairKey(userId, address));
    },
  };
}
