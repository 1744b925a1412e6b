// The shape every request must have before a route sees it, checked in one place for both the
// public site and the newsroom (a preValidation hook each scope adds): every query parameter and
// every field of a form or JSON body is a single string (a repeated field or a nested object is
// a 400 that names it), no address, field or query parameter holds a NUL (but a free-text one
// such as search's q), a page number is a small whole number, and a body comes only in the
// types the route takes. Routes then read strings and nothing else.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors.ts';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const queryText = z.string().max(4000);
const pageNumber = z.string().regex(/^[1-9]\d{0,5}$/);

function problem(issues: z.core.$ZodIssue[], where: string): string {
  const first = issues[0]!;
  const name = first.path.map(String).join('.') || where;
  if (first.message === 'nul') return `The ${where} field "${name}" contains a NUL character, which text may not hold.`;
  return `The ${where} field "${name}" must be given once, as plain text.`;
}


/** Parameters and fields that name a row: beyond a 32-bit integer they name nothing (PostgreSQL refuses them). */
const idNames = new Set(['id', 'revision', 'articleId', 'parentId', 'section', 'author']);
const outOfRange = (value: unknown) => typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) && Math.abs(Number(value)) > 2_147_483_647;

function checkIds(fields: unknown, code: 'NOT_FOUND' | 'VALIDATION_FAILED'): void {
  if (!fields || typeof fields !== 'object') return;
  for (const [name, value] of Object.entries(fields)) {
    if (idNames.has(name) && outOfRange(value)) throw new AppError(code, code === 'NOT_FOUND' ? 'There is nothing with that number.' : `The field "${name}" is not a known number.`);
  }
}

/** A NUL character, raw or as %00: no page's address or field holds one, and PostgreSQL refuses it in text. */
const nul = /\u0000|%00/i;

/**
 * The first check of every request, before routing (app.ts): an address with a NUL in its path
 * is a 400, so no route, redirect lookup or not-found page sends it to the database. (A NUL in
 * the query or a field is checkRequestShape's to refuse, naming the field.)
 */
export async function refuseNulInAddress(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (!nul.test(request.url.split('?')[0]!)) return undefined;
  return reply.code(400).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('This address contains a NUL character (%00), which no page of this site has.');
}

export interface ShapeOptions {
  /** Content types this scope's routes take. */
  bodyTypes: RegExp;
  /** Fields a form may repeat (a list of checkboxes); every other field comes once. */
  repeatable?: string[];
  /** Check ?page= as a page number (lists numbered by page). */
  pages?: boolean;
  /** Let a query parameter repeat (its routes read the first value, as public pages do). */
  repeatedQuery?: boolean;
  /** Query parameters whose routes take any text, NUL included (search answers it with a page saying why). */
  freeText?: string[];
}

const hasNul = (value: unknown) => (Array.isArray(value) ? value : [value]).some((item) => typeof item === 'string' && item.includes('\u0000'));

export function checkRequestShape(options: ShapeOptions) {
  const repeatable = new Set(options.repeatable ?? []);
  const freeText = new Set(options.freeText ?? []);
  const queryFields = z.record(z.string(), options.repeatedQuery ? z.union([queryText, z.array(queryText)]) : queryText).superRefine((fields, ctx) => {
    for (const [name, value] of Object.entries(fields)) if (!freeText.has(name) && hasNul(value)) ctx.addIssue({ code: 'custom', path: [name], message: 'nul' });
  });
  const flatFields = z.record(z.string(), z.union([scalar, z.array(z.string())])).superRefine((fields, ctx) => {
    for (const [name, value] of Object.entries(fields)) {
      if (Array.isArray(value) && !repeatable.has(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'repeated' });
      if (hasNul(value)) ctx.addIssue({ code: 'custom', path: [name], message: 'nul' });
    }
  });
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    checkIds(request.params, 'NOT_FOUND');
    checkIds(request.query, 'VALIDATION_FAILED');
    const query = queryFields.safeParse(request.query ?? {});
    if (!query.success) throw new AppError('VALIDATION_FAILED', problem(query.error.issues, 'query'));
    const page = (request.query as Record<string, string> | undefined)?.page;
    if (options.pages && page !== undefined && page !== '' && !pageNumber.safeParse(page).success) throw new AppError('VALIDATION_FAILED', `The page number "${page.slice(0, 40)}" is not a whole number from 1 to 999999.`);
    if (request.body === undefined || request.body === null) return;
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!options.bodyTypes.test(type)) throw new AppError('UNSUPPORTED_BODY', `This address does not take a body of type ${type || 'unknown'}.`);
    if (type === 'multipart/form-data') return;
    const body = flatFields.safeParse(request.body);
    if (!body.success) throw new AppError('VALIDATION_FAILED', problem(body.error.issues, 'form'));
    checkIds(request.body, 'VALIDATION_FAILED');
  };
}
