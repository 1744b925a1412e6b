// Posting a file to the media library as a signed-in person's browser would: multipart, with
// the form's CSRF token (or a given one, or none, to see a forged upload refused).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { absorb, cookieHeader, type Staff } from './newsroom.ts';

export interface UploadFile {
  bytes: Buffer;
  name: string;
  type: string;
}

export async function uploadAs(app: FastifyInstance, staff: Staff, file: UploadFile, fields: Record<string, string> = {}, headers: Record<string, string> = {}, options: { csrf?: string | null } = {}): Promise<LightMyRequestResponse> {
  const csrf = options.csrf === undefined ? await staff.csrf('/admin/media') : options.csrf;
  const form = new FormData();
  if (csrf !== null) form.append('_csrf', csrf);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const request = new Request('http://localhost/admin/media', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  return absorb(staff.jar, await app.inject({ method: 'POST', url: '/admin/media', payload, headers: { 'content-type': request.headers.get('content-type')!, cookie: cookieHeader(staff.jar), ...headers } }));
}
