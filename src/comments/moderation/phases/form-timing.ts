// The signed form token says when the form was served: a comment posted faster than a person
// can type one, or with a form more than two days old (or forged), is a bot's.
import type { Phase } from '../pipeline.ts';

export const fastestHumanMs = 3000;
export const oldestFormMs = 2 * 24 * 60 * 60 * 1000;

export const formTiming: Phase = ({ formServedAt, now }) => {
  if (!formServedAt) return { status: 'spam', reason: 'the form token was missing or not genuine' };
  const elapsed = now.getTime() - formServedAt.getTime();
  if (elapsed < fastestHumanMs) return { status: 'spam', reason: `posted ${(Math.max(0, elapsed) / 1000).toFixed(1)} s after the page was served` };
  if (elapsed > oldestFormMs) return { status: 'spam', reason: `the form was ${Math.round(elapsed / 3_600_000)} hours old` };
  return undefined;
};
