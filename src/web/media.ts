// Uploaded and generated media, served from the data directory under /media/. Files are never
// rewritten in place (a new upload gets a new name), so they may be cached for a long time.
// Every answer here (a file, a 404) carries the public site's security headers: nosniff above all,
// so an upload is never run as something other than the image it is.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerMedia(app: FastifyInstance, { dataDir, securityHeaders }: { dataDir: string; securityHeaders: Readonly<Record<string, string>> }): Promise<void> {
  const root = path.join(dataDir, 'media');
  mkdirSync(root, { recursive: true });
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });
  await app.register(fastifyStatic, {
    root,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    dotfiles: 'deny',
    maxAge: '365d',
    immutable: true,
  });
}
