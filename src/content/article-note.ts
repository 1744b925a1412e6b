// Corrections and updates: the notes readers see on an article when it changed after
// publication. A correction says what was wrong; an update says what is new. Each belongs to the
// article version that carried it, so the history page can show the change beside its note.
import type { ArticleSummary } from './article.ts';

export type NoteKind = 'correction' | 'update';

export interface ArticleNote {
  id: number;
  articleId: number;
  kind: NoteKind;
  note: string;
  version: number;
  createdAt: Date;
}

/** A correction as the site-wide list shows it: the note and the story it corrects. */
export interface CorrectionEntry extends ArticleNote {
  article: ArticleSummary;
}

/** One version of an article as readers saw it, and the note that came with it, if any. */
export interface PublishedVersion {
  version: number;
  at: Date;
  headline: string;
  standfirst: string;
  bodyMarkdown: string;
  note: ArticleNote | null;
}

export const noteMaxLength = 1000;
