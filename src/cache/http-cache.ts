// The Cache-Control of public pages. Browsers keep a page a minute; a shared cache (a CDN in
// front) may keep it as long and serve it stale for another while it revalidates. Pages also
// name what they were built from in Surrogate-Key / Cache-Tag (web/page-cache-hooks.ts), so a
// CDN that purges by key can be told exactly which pages a change made stale.
export const publicPageCache = 'public, max-age=60, s-maxage=60, stale-while-revalidate=60';
