// The headers every public response carries: a CSP without inline script or style, no sniffing,
// no framing by other sites, and a referrer policy. Shared by the public scope's onSend hook and
// the cache-hit fast path (cache-fast-path.ts), so a page answers the same either way.
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
};
