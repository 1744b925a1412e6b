// Moderation as an ordered list of small pure phases (after Coral Talk's pipeline). Each phase
// sees only the facts it needs, including `now`, and returns nothing, or a decision with its
// reason. The first "spam" ends the run; "pending" reasons are collected; if no phase decided,
// the comment is approved. Every reason is stored and shown to the moderator.
import type { CommentStatus } from '../comment.ts';

export interface ModerationFacts {
  body: string;
  authorName: string;
  authorUrl: string | null;
  honeypot: string;
  now: Date;
  /** When the form was served, from its signed token; null if the token was missing or forged. */
  formServedAt: Date | null;
  /** The same text is already on this article. */
  duplicate: boolean;
  /** This email has an approved comment already. */
  approvedBefore: boolean;
  linkCount: number;
  filter: { probability: number; evidence: string[]; trained: boolean };
  settings: { policy: 'hold-all' | 'hold-first' | 'approve-all'; disallowedWords: string[]; maxLinks: number };
}

export type PhaseResult = undefined | { status: 'spam' | 'pending'; reason: string };
export type Phase = (facts: ModerationFacts) => PhaseResult;

export interface Decision {
  status: Extract<CommentStatus, 'approved' | 'pending' | 'spam'>;
  reasons: string[];
}

export function compose(phases: Phase[]): (facts: ModerationFacts) => Decision {
  return (facts) => {
    const held: string[] = [];
    for (const phase of phases) {
      const result = phase(facts);
      if (!result) continue;
      if (result.status === 'spam') return { status: 'spam', reasons: [...held, result.reason] };
      held.push(result.reason);
    }
    return held.length > 0 ? { status: 'pending', reasons: held } : { status: 'approved', reasons: [] };
  };
}
