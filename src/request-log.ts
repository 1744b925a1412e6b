// One log line a request (Fastify's default is two: "incoming" and "completed"). The line has
// method, path, status and time; the query string is left out so tokens in links never reach
// the log, and no headers are logged, so neither do cookies.
import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
