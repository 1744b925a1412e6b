// Many links in one comment is how link spam looks; hold it for a human.
import type { Phase } from '../pipeline.ts';

export const linkCount: Phase = ({ linkCount, settings }) =>
  linkCount > settings.maxLinks ? { status: 'pending', reason: `has ${linkCount} links (more than ${settings.maxLinks})` } : undefined;
