// Entry file of the comments domain.
export { commentParagraphs, type TextSegment } from './comment-text.ts';
export { createCommentService, floodIntervalMs, type CommentService } from './comment.service.ts';
export { createSpamFilter, type SpamFilter } from './moderation/spam-filter.service.ts';
export { commentStatuses, limits as commentLimits, type CommentField, type CommentNode, type CommentRecord, type CommentStatus, type CommentSubmission, type PostOutcome, type PublicComment } from './comment.ts';
