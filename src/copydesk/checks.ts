// Every copy desk check, in the order they run. Order matters only where two checks find the
// same words: the first one's finding is kept ("Beijingthe" is a glued word before it is a
// spelling mistake). Adding a check is one file in checks/ and one line here.
import type { CopyCheck } from './copy.ts';
import { bracketBalance } from './checks/bracket-balance.ts';
import { capitals } from './checks/capitals.ts';
import { doubleSpaces } from './checks/double-spaces.ts';
import { doubledWords } from './checks/doubled-words.ts';
import { gluedWords } from './checks/glued-words.ts';
import { headlineLength } from './checks/headline-length.ts';
import { headlinePunctuation } from './checks/headline-punctuation.ts';
import { imageAltText } from './checks/image-alt.ts';
import { internalLinkTargets } from './checks/internal-links.ts';
import { knownNames } from './checks/known-names.ts';
import { missingSpace } from './checks/missing-space.ts';
import { nameVariants } from './checks/name-variants.ts';
import { quoteBalance } from './checks/quote-balance.ts';
import { relativeDays } from './checks/relative-days.ts';
import { seeAlsoTarget } from './checks/see-also-target.ts';
import { spelling } from './checks/spelling.ts';
import { weekdayDates } from './checks/weekday-dates.ts';

export const copyDeskChecks: readonly CopyCheck[] = [
  nameVariants,
  knownNames,
  gluedWords,
  doubledWords,
  missingSpace,
  doubleSpaces,
  spelling,
  quoteBalance,
  bracketBalance,
  weekdayDates,
  relativeDays,
  internalLinkTargets,
  imageAltText,
  seeAlsoTarget,
  headlineLength,
  capitals,
  headlinePunctuation,
];
