// Public article URLs: /{section}/{yyyy}/{mm}/{dd}/{slug}, the date being the publication
// date in the site's time zone. Readable, and stable while the slug and section are.
const formatters = new Map<string, Intl.DateTimeFormat>();

function datePartsIn(timeZone: string, date: Date): { year: string; month: string; day: string } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day! };
}

export function articlePath(sectionSlug: string, slug: string, publishedAt: Date, timeZone: string): string {
  const { year, month, day } = datePartsIn(timeZone, publishedAt);
  return `/${sectionSlug}/${year}/${month}/${day}/${slug}`;
}
