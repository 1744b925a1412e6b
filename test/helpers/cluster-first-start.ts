// `byline start --workers 2` on an empty database, for the SQLite and PostgreSQL tests of a
// cluster's first start: the workers are forked at once, one migrates and loads the demo, and the
// others open the database only after it. Returns what the cluster printed up to and including
// its announcement, and home pages fetched on fresh connections right after it (so from both workers).
import { request, startServerProcess } from './server-process.ts';

export async function firstClusterStart(env: Record<string, string>, cwd: string): Promise<{ output: string; homes: string[] }> {
  const server = await startServerProcess(['--workers', '2'], env, cwd);
  try {
    const homes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await request(`${server.url}/`);
      if (answer.status !== 200) throw new Error(`GET / answered ${answer.status}`);
      homes.push(answer.body);
    }
    return { output: server.output(), homes };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

/** The lines of a first start's output that say the demo was loaded. */
export const demoLoadedLines = (output: string) => output.split('\n').filter((line) => /^Loaded \d+ articles by \d+ people in \d+ sections\.$/.test(line));
