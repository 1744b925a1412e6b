// JSON-LD goes into the page inside <script type="application/ld+json">. JSON.stringify alone
// is not enough there: a headline containing "</script>" would close the element. Escaping
// <, > and & as \u003c, \u003e and \u0026 keeps the same JSON value and leaves the HTML parser
// nothing to find; U+2028/2029 are escaped for the few parsers that treat them as line ends.
export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string } & { [key: string]: unknown };

export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
