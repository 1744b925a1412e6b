// A field people never see (hidden by CSS and from screen readers): only bots fill it in.
import type { Phase } from '../pipeline.ts';

export const honeypot: Phase = ({ honeypot }) => (honeypot.trim() !== '' ? { status: 'spam', reason: 'filled in the hidden field that people never see' } : undefined);
