// Property-based tests of the request-shape check (src/request-shape.ts) and the page parser it
// works with: for any params, query and body a parser could hand them (strings, arrays, nested
// objects, numbers, null, prototype keys) and any content type, they pass or refuse with a 4xx
// AppError that says what was wrong, never anything else; a page is a whole number or nothing.
import fc from 'fast-check';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { checkRequestShape } from '../../src/request-shape.ts';
import { parsePage } from '../../src/web/page-request.ts';
import { anyText, runs } from '../helpers/property.ts';

const key = fc.oneof(fc.constantFrom('id', 'page', 'q', 'articleId', 'parentId', 'section', 'author', 'revision', 'enabled', 'ids', '__proto__', 'constructor', 'toString', '_csrf'), anyText);
const fields = fc.dictionary(key, fc.oneof(fc.jsonValue(), anyText, fc.array(anyText, { maxLength: 3 }), fc.constantFrom('1e21', '-99999999999', '99999999999999999999', '', ' ')), { maxKeys: 6 });
const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'multipart/form-data; boundary=x', 'text/plain', '', 'APPLICATION/JSON; charset=utf-8');

const scopes = {
  public: checkRequestShape({ bodyTypes: /^application\/x-www-form-urlencoded$/, repeatedQuery: true }),
  admin: checkRequestShape({ bodyTypes: /^(application\/x-www-form-urlencoded|application\/json|multipart\/form-data)$/, repeatable: ['enabled', 'ids'], pages: true }),
};

describe('the request-shape check, for any request', () => {
  it('passes a request or refuses it with a 4xx AppError, in either scope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('public', 'admin' as const), fields, fields, fc.oneof(fc.constant(undefined), fc.constant(null), fields, fc.jsonValue()), contentType, async (scope, params, query, body, type) => {
        const request = { params, query, body, headers: { 'content-type': type } } as unknown as FastifyRequest;
        try {
          await scopes[scope](request, {} as FastifyReply);
        } catch (error) {
          expect(isAppError(error), String(error)).toBe(true);
          const status = (error as { statusCode: number }).statusCode;
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      runs(1500),
    );
  });

  it('reads a page as a whole number from 1 to 999999, or as no page at all', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.integer().map(String), fc.jsonValue()), fc.integer({ min: 1, max: 100 }), (raw, pageSize) => {
        const page = parsePage(raw, pageSize);
        if (page === undefined) return;
        expect(Number.isInteger(page.page) && page.page >= 1 && page.page <= 999_999).toBe(true);
        expect(page.pageSize).toBe(pageSize);
      }),
      runs(1000),
    );
  });
});
