// The cluster lock on SQLite (several processes on one file, `byline start --workers N`): a
// lease row. Taking it is one conditional UPDATE (free, expired, or already ours), which SQLite
// runs atomically; the holder keeps it by taking it again each run, and a process that died
// lets another take over once the lease has expired.
import { toStoredTime } from '../clock.ts';
import type { Clock } from '../clock.ts';
import type { ClusterLock } from './cluster-lock.ts';
import type { Db } from './database.ts';

export function sqliteLease(db: Db, { clock, holder, leaseMs }: { clock: Clock; holder: string; leaseMs: number }): ClusterLock {
  async function take(name: string): Promise<boolean> {
    const now = toStoredTime(clock.now());
    const until = toStoredTime(new Date(clock.now().getTime() + leaseMs));
    await db.insertInto('job_leases').values({ name, holder, expires_at: until }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const result = await db
      .updateTable('job_leases')
      .set({ holder, expires_at: until })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
  return {
    async runExclusive(name, job) {
      if (!(await take(name))) return undefined;
      return { value: await job() };
    },
  };
}
