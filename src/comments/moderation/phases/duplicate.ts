// The same text posted again on the same article.
import type { Phase } from '../pipeline.ts';

export const duplicate: Phase = ({ duplicate }) => (duplicate ? { status: 'spam', reason: 'the same text is already on this article' } : undefined);
