// Parse a response as XML with a real parser (fast-xml-parser), after checking it is
// well-formed, so tests compare fields, not substrings. Elements that may repeat come back as
// arrays whatever their count; attributes are `@_name`, text beside attributes is `#text`.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const repeatable = new Set(['item', 'entry', 'url', 'sitemap', 'author', 'link', 'category', 'dc:creator']);

export function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => repeatable.has(name) }).parse(xml);
}
