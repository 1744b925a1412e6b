// XML 1.0 cannot carry most control characters, even escaped: one stray \u0001 pasted into a
// headline would make a whole feed or sitemap unparseable. Text bound for XML passes through here.
const notAllowedInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(notAllowedInXml, '');
}
