// The newsroom's policy, last: hold everything, hold a commenter's first comment until one of
// theirs has been approved (the default), or approve all.
import type { Phase } from '../pipeline.ts';

export const policy: Phase = ({ settings, approvedBefore }) => {
  if (settings.policy === 'hold-all') return { status: 'pending', reason: 'the site holds every comment for a moderator' };
  if (settings.policy === 'hold-first' && !approvedBefore) return { status: 'pending', reason: "this commenter's first comment: held until a moderator approves one" };
  return undefined;
};
