// Uploaded and generated media, served from the data directory under /media/. Files are never
// rewritten in place (a new upload gets a new name), so they may be cached for a long time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerMedia(app: FastifyInstance, { dataDir }: { dataDir: string }): Promise<void> {
  const root = path.join(dataDir, 'media');
  mkdirSync(root, { recursive: true });
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
