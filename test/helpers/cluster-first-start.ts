// `byline start --workers 2` on an empty database, for the SQLite and PostgreSQL tests of a
// cluster's first start: the workers are forked at once, one migrates and loads the demo, and the
// others open the database only after it. Returns what the cluster printed up to and including
// its announcement, home pages fetched on fresh connections right after it (so from both workers),
// and the resident memory of each worker then (from /proc: Linux).
import { readFileSync } from 'node:fs';
import { request, startServerProcess } from './server-process.ts';

const childrenOf = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function firstClusterStart(env: Record<string, string>, cwd: string): Promise<{ output: string; homes: string[]; workersRssMb: number[] }> {
  const server = await startServerProcess(['--workers', '2'], env, cwd);
  try {
    const homes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await request(`${server.url}/`);
      if (answer.status !== 200) throw new Error(`GET / answered ${answer.status}`);
      homes.push(answer.body);
    }
    // The worker that loaded the demo hands over to a fresh one; wait for the fresh one to be up.
    const deadline = Date.now() + 30_000;
    while (childrenOf(server.child.pid!).length !== 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { output: server.output(), homes, workersRssMb: childrenOf(server.child.pid!).map(rssMb) };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

/** The lines of a first start's output that say the demo was loaded. */
export const demoLoadedLines = (output: string) => output.split('\n').filter((line) => /^Loaded \d+ articles by \d+ people in \d+ sections\.$/.test(line));
