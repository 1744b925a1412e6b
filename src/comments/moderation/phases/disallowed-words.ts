// Words or phrases the newsroom holds for a human (set in site settings), matched as whole
// words, ignoring case.
import type { Phase } from '../pipeline.ts';

export const disallowedWords: Phase = ({ body, authorName, authorUrl, settings }) => {
  const text = `${body}\n${authorName}\n${authorUrl ?? ''}`.toLowerCase();
  const found = settings.disallowedWords.find((word) => {
    const escaped = word.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return escaped !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
  });
  return found ? { status: 'pending', reason: `contains the disallowed word "${found.trim()}"` } : undefined;
};
