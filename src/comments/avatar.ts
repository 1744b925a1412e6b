// Commenters' avatars without Gravatar (whose MD5 email hashes can be reversed): a colour from a
// keyed server-side hash of the email, and the initials of the name. Only the colour's number
// (0–11) ever leaves the server, which says nothing about the address.
import { createHmac } from 'node:crypto';

export const avatarHues = 12;

export function avatarHue(secret: string, email: string): number {
  const digest = createHmac('sha256', secret).update(email.trim().toLowerCase()).digest();
  return digest.readUInt32BE(0) % avatarHues;
}
