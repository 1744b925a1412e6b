// Secret tokens for cookies and one-time links. Only their SHA-256 is stored, so a copy of the
// database holds no usable session or link.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
