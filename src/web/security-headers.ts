// The headers every public response carries: a CSP without inline script or style, no sniffing,
// no framing by other sites, a referrer policy, and HSTS when the site's base URL is https.
// Built once from the config and shared by the public scope's onSend hook, the cache-hit fast
// path (cache-fast-path.ts) and /media/ (media.ts), so a response answers the same either way.

/** Browsers keep to https for a year, subdomains included, once they have seen it over https. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

const publicHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
};

/** HSTS for a site served over https (by its configured base URL); nothing over plain http. */
export function transportSecurity(baseUrl: string): Readonly<Record<string, string>> {
  return baseUrl.startsWith('https:') ? { 'strict-transport-security': strictTransportSecurity } : {};
}

/** The public site's security headers for this configuration: compute once, send on every response. */
export function securityHeadersFor(baseUrl: string): Readonly<Record<string, string>> {
  return Object.freeze({ ...publicHeaders, ...transportSecurity(baseUrl) });
}
