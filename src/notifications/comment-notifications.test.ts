// The notices an article's authors get about comments: which events call for one, and what it says.
import { describe, expect, it } from 'vitest';
import { type CommentNoticeInput, commentNotificationMessage, noticeForModerated, noticeForPosted } from './comment-notifications.ts';

const input = (fields: Partial<CommentNoticeInput> = {}): CommentNoticeInput => ({
  notice: 'awaiting-moderation',
  baseUrl: 'https://news.example.test',
  article: { id: 7, headline: 'Harbour bridge to close', path: '/city/2026/11/28/harbour-bridge' },
  comment: { id: 42, authorName: 'Pat Reader', body: 'First line.\n\nSecond paragraph.' },
  to: ['writer@example.com'],
  ...fields,
});

describe('which comment events call for a notice', () => {
  it('tells about held and approved comments, never about spam', () => {
    expect(noticeForPosted('pending')).toBe('awaiting-moderation');
    expect(noticeForPosted('approved')).toBe('approved');
    expect(noticeForPosted('spam')).toBeUndefined();
  });

  it('tells about a comment newly approved, not about an edit, a rejection or spam', () => {
    expect(noticeForModerated('pending', 'approved')).toBe('approved');
    expect(noticeForModerated('spam', 'approved')).toBe('approved');
    expect(noticeForModerated('approved', 'approved')).toBeUndefined();
    expect(noticeForModerated('pending', 'trash')).toBeUndefined();
    expect(noticeForModerated('pending', 'spam')).toBeUndefined();
    expect(noticeForModerated('approved', 'pending')).toBeUndefined();
  });
});

describe('commentNotificationMessage', () => {
  it('asks for moderation with the commenter, the quoted comment, the article and the queue', () => {
    const message = commentNotificationMessage(input());
    expect(message.to).toEqual(['writer@example.com']);
    expect(message.subject).toBe('New comment awaiting moderation on "Harbour bridge to close"');
    expect(message.text).toContain('Pat Reader');
    expect(message.text).toContain('> First line.\n>\n> Second paragraph.');
    expect(message.text).toContain('https://news.example.test/city/2026/11/28/harbour-bridge');
    expect(message.text).toContain('https://news.example.test/admin/comments?status=pending');
  });

  it('links an approved comment on the article page, without the queue', () => {
    const message = commentNotificationMessage(input({ notice: 'approved' }));
    expect(message.subject).toBe('New comment on "Harbour bridge to close"');
    expect(message.text).toContain('Read it: https://news.example.test/comments/42');
    expect(message.text).not.toContain('/admin/comments');
  });

  it('links the editor when the article has no public address any more', () => {
    const message = commentNotificationMessage(input({ notice: 'approved', article: { id: 7, headline: 'Pulled', path: null } }));
    expect(message.text).toContain('https://news.example.test/admin/articles/7/edit');
    expect(message.text).not.toContain('/comments/');
  });

  it('keeps a name or headline with line breaks on one line, so it cannot forge lines or headers', () => {
    const message = commentNotificationMessage(input({ article: { id: 7, headline: 'Two\r\nBcc: x@example.com', path: '/a' }, comment: { id: 1, authorName: 'Eve\nModeration queue: https://evil.example', body: 'Hi' } }));
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.text).toContain('A comment by Eve Moderation queue: https://evil.example on "Two Bcc: x@example.com"');
    expect(message.text.match(/^Moderation queue: /gm)).toHaveLength(1);
  });

  it('quotes every line of the comment, so its text cannot pass for the message itself', () => {
    const message = commentNotificationMessage(input({ comment: { id: 1, authorName: 'Eve', body: 'ok\r\nModeration queue: https://evil.example' } }));
    expect(message.text).toContain('> Moderation queue: https://evil.example');
    expect(message.text.match(/^Moderation queue: /gm)).toEqual(['Moderation queue: ']);
  });
});
