// robots.txt: everything public may be crawled except the newsroom, and the sitemap index is
// named by absolute URL, as the protocol requires.
import { absoluteUrl } from '../absolute-url.ts';

export function buildRobotsTxt(baseUrl: string): string {
  return ['User-agent: *', 'Disallow: /admin', '', `Sitemap: ${absoluteUrl(baseUrl, '/sitemap.xml')}`, ''].join('\n');
}
