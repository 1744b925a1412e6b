// The crash test's run: a real `byline start`, killed with SIGKILL at random moments while
// comments and article saves are posted to it from this process, restarted each time. Every
// write that got its success answer is recorded, for the caller to look for afterwards.
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, commentForm, request, startServerProcess } from './server-process.ts';

export interface CrashRunOptions {
  env: Record<string, string>;
  cwd: string;
  article: { id: number };
  commentSecret: string;
  signFormToken: (secret: string, articleId: number, at: Date) => string;
  staff: { email: string; password: string };
  sectionId: number;
  authorId: number;
  kills: number;
  /** Random source in [0, 1): a seeded one makes a failing run repeatable. */
  random: () => number;
}

export interface Acknowledged {
  comments: string[];
  articles: { id: number; headline: string; bodyMarkdown: string }[];
  kills: number;
  attempts: number;
}

type Jar = Map<string, string>;
const cookies = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
function absorb(jar: Jar, answer: Answer): Answer {
  const set = answer.headers['set-cookie'] ?? [];
  for (const line of set) {
    const [pair = ''] = line.split(';');
    const [name = '', ...value] = pair.split('=');
    jar.set(name.trim(), value.join('='));
  }
  return answer;
}
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

export async function crashRun(options: CrashRunOptions): Promise<Acknowledged> {
  const acknowledged: Acknowledged = { comments: [], articles: [], kills: 0, attempts: 0 };
  const jar: Jar = new Map();
  let sequence = 0;
  for (let round = 0; round < options.kills; round++) {
    if (process.env.CRASH_DEBUG) console.log(`round ${round} starting`, new Date().toISOString());
    const server = await startServerProcess([], options.env, options.cwd);
    if (process.env.CRASH_DEBUG) console.log(`round ${round} listening`, new Date().toISOString());
    const { url } = server;
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: url };
    if (!jar.has('byline_session')) {
      const login = absorb(jar, await request(`${url}/admin/login`));
      const signedIn = absorb(jar, await request(`${url}/admin/login`, { method: 'POST', headers: { ...form, cookie: cookies(jar) }, body: new URLSearchParams({ ...options.staff, _csrf: csrfIn(login.body)! }).toString() }));
      if (signedIn.status !== 303) throw new Error(`sign-in failed: ${signedIn.status}`);
    }
    const csrf = csrfIn(absorb(jar, await request(`${url}/admin/articles/new`, { headers: { cookie: cookies(jar) } })).body)!;

    let alive = true;
    // The kill comes at a random moment after this round has had one write of each kind answered.
    let commentAnswered!: () => void;
    let articleAnswered!: () => void;
    const answered = Promise.all([new Promise<void>((resolve) => (commentAnswered = resolve)), new Promise<void>((resolve) => (articleAnswered = resolve))]);
    const commenter = async () => {
      while (alive) {
        const n = ++sequence;
        const text = `Crash round ${round}, comment ${n}: “intact” — ${'x'.repeat(n % 50)}.`;
        const body = commentForm({ articleId: String(options.article.id), formToken: options.signFormToken(options.commentSecret, options.article.id, new Date(Date.now() - 60_000)), body: text, name: 'Crash Reader', email: 'crash@example.net' });
        acknowledged.attempts++;
        try {
          const answer = await request(`${url}/comments`, { method: 'POST', body, headers: form, from: `127.1.${Math.floor(n / 250) % 250}.${(n % 250) + 1}` });
          if (answer.status === 303) {
            acknowledged.comments.push(text);
            commentAnswered();
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const writer = async () => {
      while (alive) {
        const n = ++sequence;
        const headline = `Crash round ${round}, draft ${n}`;
        const bodyMarkdown = `Saved before the kill, or not acknowledged.\n\n${'A paragraph of the draft. '.repeat((n % 20) + 1)}`;
        const body = new URLSearchParams({ headline, slug: '', standfirst: 'A standfirst.', sectionId: String(options.sectionId), tags: '', author1: String(options.authorId), dateline: '', bodyMarkdown, version: '', action: 'save', _csrf: csrf }).toString();
        acknowledged.attempts++;
        try {
          const answer = await request(`${url}/admin/articles`, { method: 'POST', body, headers: { ...form, cookie: cookies(jar) } });
          const id = /\/admin\/articles\/(\d+)/.exec(String(answer.headers.location ?? ''))?.[1];
          if (answer.status === 303 && id) {
            acknowledged.articles.push({ id: Number(id), headline, bodyMarkdown });
            articleAnswered();
          }
        } catch {
          return;
        }
      }
    };
    const writers = [commenter(), commenter(), writer()];
    await Promise.race([answered, sleep(30_000)]);
    await sleep(Math.floor(options.random() * 1000));
    server.child.kill('SIGKILL');
    await server.exited;
    alive = false;
    acknowledged.kills++;
    await Promise.all(writers);
  }
  return acknowledged;
}

/** A seeded generator (the bench's mulberry32), so the moments of the kills can be replayed. */
export { mulberry32 as seeded } from '../../bench/comment-corpus.ts';
