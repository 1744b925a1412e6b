// Names: spellings that differ from the site's own. A writer named as the people registry does
// not spell them ("Priyanka Sthi" for "Priyanka Sethi": the rest of the name matches): a
// warning, or an error when it is one of the story's own writers, whose byline profile says how
// the name is spelt. And a spelling the site has never used, close to one it uses in many
// stories ("Pelow" where forty say "Pellow"): a warning with the usual spelling and its count.
import type { CopyCheck, CopyInput, CopyLookups } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { isNameVariant } from '../name-distance.ts';
import { namesIn } from '../name-tokens.ts';
import { proseFields } from '../prose.ts';

function registryFindings(input: CopyInput, lookups: CopyLookups, flagged: Set<string>): FindingInput[] {
  const findings: FindingInput[] = [];
  const authors = new Set(input.authorNames);
  for (const { field, text } of proseFields(input)) {
    const runs = [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)+/gu)];
    for (const person of lookups.registryPeople) {
      const parts = person.split(/\s+/);
      if (parts.length < 2) continue;
      for (const run of runs) {
        const words = [...run[0].matchAll(/\S+/g)].map((w) => ({ word: w[0].replace(/['’]s$/u, ''), start: run.index! + w.index! }));
        for (let i = 0; i + parts.length <= words.length; i++) {
          const window = words.slice(i, i + parts.length);
          const same = window.filter((w, j) => w.word === parts[j]).length;
          const variant = window.every((w, j) => w.word === parts[j] || isNameVariant(w.word, parts[j]!, { inFullName: true }));
          if (!variant || same === 0 || same === parts.length) continue;
          const byline = authors.has(person);
          for (const [j, w] of window.entries()) {
            if (w.word === parts[j]) continue;
            flagged.add(w.word);
            findings.push({
              severity: byline ? 'error' : 'warning',
              field,
              start: w.start,
              end: w.start + w.word.length,
              message: byline ? `${person} writes this story: the byline profile spells it “${parts[j]}”.` : `The people registry has ${person}, spelt “${parts[j]}”.`,
              fix: { replacement: parts[j]!, label: `Use “${parts[j]}”` },
            });
          }
        }
      }
    }
  }
  return findings;
}

export const knownNames: CopyCheck = {
  id: 'known-names',
  kind: 'names',
  label: 'Names spelt differently from the archive or the people registry',
  run(input, lookups) {
    const flagged = new Set<string>();
    const findings = registryFindings(input, lookups, flagged);
    for (const [token, uses] of namesIn(input, lookups)) {
      if (flagged.has(token) || lookups.registry.count(token) > 0) continue;
      const own = lookups.archive.count(token);
      const usual = lookups.archive
        .variantsOf(token, Math.max(2, 4 * own + 2))
        .find(([other]) => !lookups.inDictionary(other.toLowerCase()) && isNameVariant(token, other, { bothInDictionary: lookups.inDictionary(token) && lookups.inDictionary(other) }));
      if (!usual) continue;
      const [spelling, stories] = usual;
      const message = `The site spells it “${spelling}” in ${stories} stories${own > 0 ? `, and “${token}” in ${own}` : ', and never this way'}.`;
      for (const use of uses) findings.push({ severity: 'warning', field: use.field, start: use.start, end: use.end, message, fix: { replacement: spelling, label: `Use “${spelling}”` } });
    }
    return findings;
  },
};
