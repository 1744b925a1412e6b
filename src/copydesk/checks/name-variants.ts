// Names: one name spelt two ways inside the same story ("Anthony" and "Antony"). Always an error.
// The less used spelling is flagged wherever it appears, with the other one as the fix; a
// spelling the registry or archive backs wins a tie. Two names both well established in the
// archive ("Mark" and "Marc" in dozens of stories each) are taken to be two people.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { isNameVariant } from '../name-distance.ts';
import { namesIn } from '../name-tokens.ts';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export const nameVariants: CopyCheck = {
  id: 'name-variants',
  kind: 'names',
  label: 'Names spelt two ways in one story',
  run(input, lookups) {
    const names = namesIn(input, lookups);
    const tokens = [...names.keys()];
    const standing = (token: string) => names.get(token)!.length + lookups.archive.count(token) + (lookups.registry.count(token) > 0 ? 1000 : 0);
    const findings: FindingInput[] = [];
    const flagged = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j < tokens.length; j++) {
        const [a, b] = [tokens[i]!, tokens[j]!];
        if (!isNameVariant(a, b, { bothInDictionary: lookups.inDictionary(a) && lookups.inDictionary(b) })) continue;
        if (Math.min(lookups.archive.count(a), lookups.archive.count(b)) >= 3) continue;
        const [minor, major] = standing(a) < standing(b) || (standing(a) === standing(b) && names.get(a)![0]!.start > names.get(b)![0]!.start) ? [a, b] : [b, a];
        if (flagged.has(minor)) continue;
        flagged.add(minor);
        const archive = lookups.archive.count(major);
        for (const use of names.get(minor)!) {
          findings.push({
            severity: 'error',
            field: use.field,
            start: use.start,
            end: use.end,
            message: `“${minor}” here, but “${major}” ${times(names.get(major)!.length)} elsewhere in this story${archive > 0 ? ` (and in ${archive} other ${archive === 1 ? 'story' : 'stories'})` : ''}. One of them is wrong.`,
            fix: { replacement: major, label: `Use “${major}”` },
          });
        }
      }
    }
    return findings;
  },
};
