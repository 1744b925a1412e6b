// What admin routes share: the viewer on the request, the guard that demands a signed-in user
// with a permission, and the cookie names. Declared once so types do not leak across scopes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Action, type Viewer, can } from '../auth/auth.ts';
import { AppError } from '../errors.ts';

/** The signed-in viewer, with what the admin's navigation shows them. */
export type AdminViewer = Viewer & { pendingComments: number | null };

declare module 'fastify' {
  interface FastifyRequest {
    viewer: AdminViewer | null;
  }
}

export const sessionCookie = 'byline_session';
export const pendingCookie = 'byline_pending';

/** The signed-in viewer, or an UNAUTHENTICATED error the scope's handler turns into a sign-in. */
export function requireViewer(request: FastifyRequest): AdminViewer {
  if (!request.viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  return request.viewer;
}

export function requirePermission(request: FastifyRequest, action: Action): AdminViewer {
  const viewer = requireViewer(request);
  if (!can(viewer, action)) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
  return viewer;
}

export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
