// Pages share the first path segment with sections (/about beside /business): the section
// route hands a slug that is no section to `sendSitePage`, which answers for a published page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import { dependsOn } from '../page-keys.ts';
import type { PublicSite } from '../public-site.ts';
import { SitePageView } from '../views/pages/site-page.tsx';

/** The published page at /slug, or undefined when there is none. */
export async function sendSitePage({ services }: AppContext, site: PublicSite, request: FastifyRequest, reply: FastifyReply, slug: string): Promise<FastifyReply | undefined> {
  const page = await services.pages.findPublishedPage(slug);
  if (!page) return undefined;
  const ctx = await site.pageContext(request);
  reply.header('cache-control', publicPageCache);
  dependsOn(request, `pg:${page.id}`);
  return site.sendPage(reply, <SitePageView ctx={ctx} page={page} />);
}
