// The moderation phases, in the order they run. Reordering is a one-line change; adding a
// signal is a new file in phases/ and a line here.
import type { Phase } from './pipeline.ts';
import { compose } from './pipeline.ts';
import { honeypot } from './phases/honeypot.ts';
import { formTiming } from './phases/form-timing.ts';
import { duplicate } from './phases/duplicate.ts';
import { learnedFilter } from './phases/learned-filter.ts';
import { disallowedWords } from './phases/disallowed-words.ts';
import { linkCount } from './phases/link-count.ts';
import { policy } from './phases/policy.ts';

export const phases: Phase[] = [honeypot, formTiming, duplicate, learnedFilter, disallowedWords, linkCount, policy];

export const moderate = compose(phases);
