// A save that arrived after the session expired is not thrown away: its form (which passed the
// CSRF check, so it came from our editor in this browser) is held in the database for the
// account whose session it was, the writer signs in, and it is saved then as them. If it cannot
// be saved (a conflict, say), the editor opens with their text in it. Nothing is held for a
// request without a session that existed; an account keeps only its newest few, for a week.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import { pendingCookie } from '../admin-context.ts';
import { type EditorAction, editorActions } from '../article-form.ts';
import { saveArticleForm } from '../article-save.ts';
import { deleteHeldSave, findHeldSave, heldSaveLimits, insertHeldSave } from '../held-save.repository.ts';

interface PendingPayload {
  articleId: number | null;
  action: EditorAction;
  body: Record<string, unknown>;
}

/** Holds the form for the user whose session ended; false if it is too large to hold. */
export async function holdPendingSave(context: AppContext, reply: FastifyReply, userId: number, articleId: number | null, body: Record<string, unknown>): Promise<boolean> {
  const id = randomBytes(18).toString('base64url');
  const { _csrf: _, ...fields } = body;
  const action = editorActions.includes(fields.action as EditorAction) ? (fields.action as EditorAction) : 'save';
  const payload: PendingPayload = { articleId, action: action === 'publish' || action === 'schedule' ? 'save' : action, body: fields };
  const serialized = JSON.stringify(payload);
  if (Buffer.byteLength(serialized) > heldSaveLimits.maxBytes) return false;
  await insertHeldSave(context.db, { id, user_id: userId, article_id: articleId, payload: serialized, created_at: context.clock.now().toISOString() });
  reply.setCookie(pendingCookie, id, { path: '/admin', httpOnly: true, sameSite: 'lax', signed: true, secure: context.config.baseUrl.startsWith('https:'), maxAge: heldSaveLimits.lifetimeMs / 1000 });
  return true;
}

/** The form held for this browser, if it belongs to the given user. */
export async function readPendingSave(context: AppContext, request: FastifyRequest, userId: number): Promise<(PendingPayload & { id: string }) | undefined> {
  const raw = request.cookies[pendingCookie];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  const row = await findHeldSave(context.db, unsigned.value);
  if (!row || row.user_id !== userId) return undefined;
  return { id: row.id, ...(JSON.parse(row.payload) as PendingPayload) };
}

export async function dropPendingSave(context: AppContext, reply: FastifyReply, id: string): Promise<void> {
  await deleteHeldSave(context.db, id);
  reply.clearCookie(pendingCookie, { path: '/admin' });
}

/** After sign-in: saves the held form as the viewer; returns where to go next, if anything was held. */
export async function applyPendingSave(context: AppContext, request: FastifyRequest, reply: FastifyReply, viewer: Viewer): Promise<string | undefined> {
  const pending = await readPendingSave(context, request, viewer.userId);
  if (!pending) return undefined;
  try {
    const result = await saveArticleForm(context, viewer, pending.articleId, pending.body, pending.action);
    if (result.ok) {
      await dropPendingSave(context, reply, pending.id);
      return `/admin/articles/${result.article.id}/edit?saved=resumed`;
    }
  } catch {
    // Not allowed or gone: the editor below shows the held text and the reason on saving.
  }
  return pending.articleId ? `/admin/articles/${pending.articleId}/edit?pending=1` : '/admin/articles/new?pending=1';
}
