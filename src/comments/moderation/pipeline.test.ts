import { describe, expect, it } from 'vitest';
import { moderate } from './phases.ts';
import type { ModerationFacts } from './pipeline.ts';

const now = new Date('2026-11-28T12:00:00Z');
const facts = (changes: Partial<ModerationFacts> = {}): ModerationFacts => ({
  body: 'A thoughtful comment about the article.',
  authorName: 'Reader',
  authorUrl: null,
  honeypot: '',
  now,
  formServedAt: new Date(now.getTime() - 60_000),
  duplicate: false,
  approvedBefore: true,
  linkCount: 0,
  filter: { probability: 0.1, evidence: [], trained: true },
  settings: { policy: 'hold-first', disallowedWords: [], maxLinks: 2 },
  ...changes,
});

describe('moderation pipeline', () => {
  it('approves a returning commenter with nothing suspicious', () => {
    expect(moderate(facts())).toEqual({ status: 'approved', reasons: [] });
  });

  it.each([
    [{ honeypot: 'http://spam.example' }, 'hidden field'],
    [{ formServedAt: new Date(now.getTime() - 1200) }, 'posted 1.2 s after the page was served'],
    [{ formServedAt: null }, 'form token'],
    [{ formServedAt: new Date(now.getTime() - 3 * 24 * 3_600_000) }, 'the form was 72 hours old'],
    [{ duplicate: true }, 'same text'],
    [{ filter: { probability: 0.97, evidence: ['host:pills.example'], trained: true } }, 'learned filter: spam probability 0.97 (host:pills.example)'],
  ])('marks %o as spam, saying why', (changes, reason) => {
    const decision = moderate(facts(changes));
    expect(decision.status).toBe('spam');
    expect(decision.reasons.join(' ')).toContain(reason);
  });

  it.each([
    [{ approvedBefore: false }, 'first comment'],
    [{ settings: { policy: 'hold-all' as const, disallowedWords: [], maxLinks: 2 } }, 'holds every comment'],
    [{ body: 'You are all idiots', settings: { policy: 'approve-all' as const, disallowedWords: ['idiots'], maxLinks: 2 } }, 'disallowed word "idiots"'],
    [{ linkCount: 5 }, 'has 5 links (more than 2)'],
    [{ filter: { probability: 0.7, evidence: [], trained: true } }, 'unsure'],
  ])('holds %o for a moderator, saying why', (changes, reason) => {
    const decision = moderate(facts(changes));
    expect(decision.status).toBe('pending');
    expect(decision.reasons.join(' ')).toContain(reason);
  });

  it('does not match disallowed words inside other words', () => {
    expect(moderate(facts({ body: 'Classic assessment.', settings: { policy: 'approve-all', disallowedWords: ['ass'], maxLinks: 2 } })).status).toBe('approved');
  });

  it('lets an untrained filter have no opinion', () => {
    expect(moderate(facts({ filter: { probability: 0.5, evidence: [], trained: false } })).status).toBe('approved');
  });

  it('approves everything under approve-all when nothing else objects', () => {
    expect(moderate(facts({ approvedBefore: false, settings: { policy: 'approve-all', disallowedWords: [], maxLinks: 2 } })).status).toBe('approved');
  });
});
