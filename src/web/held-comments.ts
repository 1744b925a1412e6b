// The reader's own comments that await moderation, remembered in a signed cookie so that the
// page can show them to that reader, and only to them.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const heldCookie = 'byline_held';

export function heldCommentIds(request: FastifyRequest): number[] {
  const raw = request.cookies?.[heldCookie];
  if (!raw) return [];
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return [];
  return unsigned.value.split('.').map(Number).filter((id) => Number.isInteger(id) && id > 0);
}

export function rememberHeldComment(request: FastifyRequest, reply: FastifyReply, id: number, secure: boolean): void {
  const ids = [id, ...heldCommentIds(request).filter((other) => other !== id)].slice(0, 20);
  reply.setCookie(heldCookie, ids.join('.'), { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true, maxAge: 30 * 24 * 3600 });
}
