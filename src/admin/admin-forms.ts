// What the newsroom's smaller forms (people, sections, tags, settings, users) share: reading a
// posted text field, an id from the path, sending a page, and turning a service's refusal into
// a message beside the field it names (`details.field`), so the form comes back with it.
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorCode, isAppError } from '../errors.ts';
import type { FieldErrors } from './views/form-fields.tsx';
import { renderAdmin } from './views/render-admin.tsx';

export type FormBody = Record<string, unknown>;

/** A posted field as text ('' when absent or repeated), line endings normalized. */
export function textField(body: FormBody | undefined, name: string): string {
  const value = body?.[name];
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
}

/** A positive whole-number id from the path; anything else is a 404, like a missing row. */
export function idFrom(value: string, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== value) throw new AppError('NOT_FOUND', `There is no such ${what}.`);
  return id;
}

export function sendPage(reply: FastifyReply, page: Parameters<typeof renderAdmin>[0], status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(page));
}

const formCodes: ErrorCode[] = ['VALIDATION_FAILED', 'SLUG_TAKEN', 'LAST_ADMINISTRATOR'];

/**
 * A refusal the person filling the form can fix, as errors by field (the field the service
 * named, else `fallback`) and the status to answer with; undefined for anything else.
 */
export function formRefusal(error: unknown, fallback: string): { errors: FieldErrors; status: number } | undefined {
  if (!isAppError(error) || !formCodes.includes(error.code)) return undefined;
  const field = (error.details as { field?: unknown } | undefined)?.field;
  return { errors: { [typeof field === 'string' ? field : fallback]: error.message }, status: error.statusCode };
}
