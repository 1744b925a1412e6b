// Comment pages: what an article page shows of its comments, bounded whatever their number. A
// page holds `threads` top-level comments in thread order (oldest first), each with its first
// replies (commentPaging.repliesShown); the next page starts after the last top-level comment
// shown, by keyset (created_at, id), never by offset. A thread with more replies has a page of
// its own, paged the same way. `locate` turns a comment id into the page that shows it, for
// permalinks, reply links and the redirect after posting; every read is one index range.
import type { Db } from '../db/database.ts';
import { type CommentNode, type CommentPage, type CommentPlace, type PublicComment, commentPaging } from './comment.ts';
import * as repo from './comment.repository.ts';

type ReadRow = Awaited<ReturnType<typeof repo.listRowsByIds>>[number];

const cursorOf = (row: { created_at: string; id: number }): repo.CommentCursor => ({ createdAt: row.created_at, id: row.id });

/** Replies under their parents when the parent is shown, else straight under the thread's top-level comment. */
function nest(root: CommentNode, replies: PublicComment[]): CommentNode {
  const nodes = new Map<number, CommentNode>([[root.comment.id, root]]);
  for (const comment of replies) {
    const node: CommentNode = { comment, replies: [] };
    (nodes.get(comment.parentId ?? root.comment.id) ?? root).replies.push(node);
    nodes.set(comment.id, node);
  }
  return root;
}

export function createCommentPages({ db, toPublic }: { db: Db; toPublic: (row: ReadRow) => Promise<PublicComment> }) {
  const publics = (rows: ReadRow[]) => Promise.all(rows.map(toPublic));

  /** A cursor's comment: approved, of this article, in this thread (null: top-level). */
  async function cursorRow(articleId: number, id: number, threadId: number | null): Promise<ReadRow | undefined> {
    const [row] = await repo.listRowsByIds(db, [id]);
    return row && row.article_id === articleId && row.status === 'approved' && row.thread_id === threadId ? row : undefined;
  }

  /** One page of top-level threads with their first replies; undefined when the cursor names no top-level comment of the article. */
  async function page(articleId: number, place: CommentPlace, threads: number): Promise<CommentPage | undefined> {
    if (place.kind === 'thread') return threadPage(articleId, place.thread, place.after, threads);
    const at = place.kind === 'first' ? undefined : await cursorRow(articleId, place.id, null);
    if (place.kind !== 'first' && !at) return undefined;
    const position = place.kind === 'after' ? { after: cursorOf(at!) } : place.kind === 'before' ? { before: cursorOf(at!) } : {};
    const [rows, count] = await Promise.all([repo.listInOrder(db, articleId, null, position, threads + 1), repo.countApproved(db, articleId)]);
    const more = rows.length > threads;
    const shown = (place.kind === 'before' ? rows.slice(0, threads).reverse() : rows.slice(0, threads));
    const replies = await repo.listThreadReplyRows(db, articleId, shown.map((row) => row.id), commentPaging.repliesShown + 1);
    const byThread = new Map<number, ReadRow[]>();
    for (const reply of replies) byThread.set(reply.thread_id!, [...(byThread.get(reply.thread_id!) ?? []), reply]);
    const nodes = await Promise.all(
      shown.map(async (row) => {
        const own = (byThread.get(row.id) ?? []).sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
        const node = nest({ comment: await toPublic(row), replies: [] }, await publics(own.slice(0, commentPaging.repliesShown)));
        return own.length > commentPaging.repliesShown ? { ...node, moreReplies: true } : node;
      }),
    );
    const first = shown[0];
    const last = shown.at(-1);
    // Going back from a page reached by `before`, more than a page left means another `before`
    // page; otherwise the first page (whose address has no cursor). Going back from an `after` page: before its first thread.
    const earlier: CommentPlace | undefined =
      place.kind === 'first' || !first ? undefined : place.kind === 'before' ? (more ? { kind: 'before', id: first.id } : undefined) : (await repo.countBefore(db, articleId, null, cursorOf(first), threads + 1)) > threads ? { kind: 'before', id: first.id } : { kind: 'first' };
    const later: CommentPlace | undefined = last && (place.kind === 'before' || more) ? { kind: 'after', id: last.id } : undefined;
    return { count, nodes, ...(earlier && { earlier }), ...(later && { later }) };
  }

  /** A thread's own page: its top-level comment and the replies after `after` (or its first ones). */
  async function threadPage(articleId: number, threadId: number, after: number | undefined, threads: number): Promise<CommentPage | undefined> {
    const [root, at] = await Promise.all([cursorRow(articleId, threadId, null), after === undefined ? undefined : cursorRow(articleId, after, threadId)]);
    if (!root || (after !== undefined && !at)) return undefined;
    const size = commentPaging.threadPageSize;
    const [rows, count, back] = await Promise.all([
      repo.listInOrder(db, articleId, threadId, at ? { after: cursorOf(at) } : {}, size + 1),
      repo.countApproved(db, articleId),
      // The replies before this page, newest first: the previous page is the `size` of them ending with `at`.
      at ? repo.listInOrder(db, articleId, threadId, { before: cursorOf(at) }, size) : [],
    ]);
    const shown = rows.slice(0, size);
    const node = nest({ comment: await toPublic(root), replies: [] }, await publics(shown));
    const last = shown.at(-1);
    const earlier: CommentPlace | undefined = at ? (back.length >= size ? { kind: 'thread', thread: threadId, after: back[size - 1]!.id } : { kind: 'thread', thread: threadId }) : undefined;
    const later: CommentPlace | undefined = rows.length > size && last ? { kind: 'thread', thread: threadId, after: last.id } : undefined;
    return { count, nodes: [node], thread: threadId, all: await locateThread(root, threads), ...(earlier && { earlier }), ...(later && { later }) };
  }

  /** The page of a list (top-level comments, or one thread's replies) that starts with this comment, or the first page when it is within the first `size`. */
  async function startingAt(row: ReadRow, threadId: number | null, size: number): Promise<{ after?: number }> {
    const before = await repo.countBefore(db, row.article_id, threadId, cursorOf(row), size);
    if (before < size) return {};
    const [previous] = await repo.listInOrder(db, row.article_id, threadId, { before: cursorOf(row) }, 1);
    return previous ? { after: previous.id } : {};
  }

  /** The article page whose threads include this top-level comment. */
  async function locateThread(root: ReadRow, threads: number): Promise<CommentPlace> {
    const { after } = await startingAt(root, null, threads);
    return after === undefined ? { kind: 'first' } : { kind: 'after', id: after };
  }

  /**
   * The page that shows a comment: its thread's article page (the thread starting it) when the
   * comment is top-level or among the thread's first replies, else a page of its thread. A held
   * reply goes where its parent is shown. Undefined for an unknown id.
   */
  async function locate(id: number, threads: number): Promise<{ articleId: number; place: CommentPlace } | undefined> {
    const [row] = await repo.listRowsByIds(db, [id]);
    if (!row) return undefined;
    if (row.status !== 'approved' && row.parent_id !== null) {
      const parent = await locate(row.parent_id, threads);
      return parent ?? { articleId: row.article_id, place: { kind: 'first' } };
    }
    if (row.thread_id === null) return { articleId: row.article_id, place: row.status === 'approved' ? await locateThread(row, threads) : { kind: 'first' } };
    const [root] = await repo.listRowsByIds(db, [row.thread_id]);
    if (!root || root.status !== 'approved') return { articleId: row.article_id, place: { kind: 'first' } };
    const before = await repo.countBefore(db, row.article_id, row.thread_id, cursorOf(row), commentPaging.repliesShown);
    if (before < commentPaging.repliesShown) return { articleId: row.article_id, place: await locateThread(root, threads) };
    const { after } = await startingAt(row, row.thread_id, commentPaging.threadPageSize);
    return { articleId: row.article_id, place: { kind: 'thread', thread: row.thread_id, ...(after !== undefined && { after }) } };
  }

  return { page, locate };
}
