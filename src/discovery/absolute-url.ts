// Feeds, sitemaps and structured data are read away from the site, so every URL in them is
// absolute: a site path gets the configured base URL; a URL that already has a scheme is kept.
export function absoluteUrl(baseUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : baseUrl + (pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`);
}
