// Dates for readers, in the site's language and time zone. Formatters are cached: building an
// Intl.DateTimeFormat costs far more than using one.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string, style: 'long' | 'date'): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${style}`;
  let found = cache.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
        : { timeZone, day: 'numeric', month: 'long', year: 'numeric' };
    found = new Intl.DateTimeFormat(language, options);
    cache.set(key, found);
  }
  return found;
}

export function formatDateTime(date: Date, language: string, timeZone: string): string {
  return formatter(language, timeZone, 'long').format(date);
}

export function formatDate(date: Date, language: string, timeZone: string): string {
  return formatter(language, timeZone, 'date').format(date);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const firstGrapheme = (word: string) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '';

/**
 * Up to two initials, whole graphemes (an accent, a flag or an emoji is never cut in half):
 * the first and last words that begin with a letter or digit, or else the name's first grapheme.
 */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return firstGrapheme(name.trim());
  const first = firstGrapheme(words[0]!);
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]!) : '';
  return (first + last).toLocaleUpperCase();
}
