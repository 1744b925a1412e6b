// Where to go after signing in: only a path on this site. Browsers drop tabs and newlines from
// URLs and read "\" as "/", so "/\t/evil.example" and "/\evil.example" leave the site; the value
// is judged after decoding (however many times it was encoded) and after resolution by the
// URL parser, and anything doubtful falls back to the newsroom's front page.
const base = 'https://byline.invalid';

function decodedForms(value: string): string[] {
  const forms = [value];
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(forms[forms.length - 1]!);
      if (next === forms[forms.length - 1]) break;
      forms.push(next);
    } catch {
      return [];
    }
  }
  return forms;
}

const looksLocal = (value: string) => value.startsWith('/') && !value.startsWith('//') && !/[\u0000-\u001f\u007f\\]/.test(value);

export function safeNext(next: unknown, fallback = '/admin'): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  const forms = decodedForms(next);
  if (forms.length === 0 || !forms.every(looksLocal)) return fallback;
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return looksLocal(path) ? path : fallback;
}
