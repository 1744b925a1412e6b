// BYLINE_TRUST_PROXY: which peers may tell us a client's address (X-Forwarded-For) and the
// host and protocol it asked for. Off by default, so no client can choose its own address; a
// list of proxy addresses or CIDR ranges (and proxy-addr's names loopback, linklocal,
// uniquelocal), as Fastify's trustProxy takes them, trusts exactly those peers.
import { isIP } from 'node:net';
import { z } from 'zod';

/** false: ignore forwarding headers; a list: honour them only from these peers. */
export type TrustProxy = false | string[];

const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

function toList(value: string | string[] | boolean): TrustProxy | undefined {
  if (value === false) return false;
  if (value === true) return undefined;
  const entries = (Array.isArray(value) ? value : value.split(',')).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  if (entries.length === 1 && ['off', 'false', 'no', 'none', '0'].includes(entries[0]!)) return false;
  if (entries.length === 0 || !entries.every(isProxyEntry)) return undefined;
  return entries;
}

export const trustProxySchema = z.union([z.string(), z.array(z.string()), z.boolean()]).transform((value, ctx) => {
  const list = toList(value);
  if (list === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a list of proxy addresses' });
    return z.NEVER;
  }
  return list;
});

export const trustProxyExpects = 'off, or a comma-separated list of proxy addresses or CIDR ranges such as 127.0.0.1,10.0.0.0/8 (or loopback, linklocal, uniquelocal)';
