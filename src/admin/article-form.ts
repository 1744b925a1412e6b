// The article editor's form: raw strings in, a checked article input and per-field errors out.
// On any error the raw values go back into the form untouched, so nothing typed is lost.
import { type Credit, isCredit } from '../content/content.ts';
import type { ArticleInput, ArticleStatus } from '../content/content.ts';
import { isValidSlug } from '../slug.ts';
import type { FieldErrors } from './views/form-fields.tsx';
import { utcToZonedLocal, zonedLocalToUtc } from '../zoned-time.ts';

export type EditorAction = 'save' | 'submit' | 'publish' | 'schedule' | 'unpublish';
export const editorActions: EditorAction[] = ['save', 'submit', 'publish', 'schedule', 'unpublish'];

export interface ArticleFormValues {
  headline: string;
  slug: string;
  standfirst: string;
  sectionId: string;
  tags: string;
  authors: string[];
  /** Each author's credit on this article (content/credit.ts), parallel to authors. */
  credits: string[];
  dateline: string;
  /** The story (series) this article is part of; blank for none. */
  story: string;
  bodyMarkdown: string;
  imageUrl: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
  imageWidth: string;
  imageHeight: string;
  commentsOpen: boolean;
  seoTitle: string;
  seoDescription: string;
  publishAt: string;
  version: string;
}

export const bylineSlots = 4;
/** The most byline rows a form may post; the editor shows the filled ones and two empty ones more. */
const maxBylineRows = 40;

export const bylineRowsShown = (values: Pick<ArticleFormValues, 'authors'>) => Math.min(maxBylineRows, Math.max(bylineSlots, values.authors.length + 2));

/** The byline rows posted (author1, author1Credit, …), empty ones left out, each credit kept beside its person. */
function readByline(body: Record<string, unknown>): Pick<ArticleFormValues, 'authors' | 'credits'> {
  const rows = Array.from({ length: maxBylineRows }, (_, i) => ({ author: text(body[`author${i + 1}`]), credit: text(body[`author${i + 1}Credit`]) || 'author' })).filter((row) => row.author !== '');
  return { authors: rows.map((row) => row.author), credits: rows.map((row) => row.credit) };
}

export function emptyForm(authorId: number | null): ArticleFormValues {
  return {
    headline: '', slug: '', standfirst: '', sectionId: '', tags: '', authors: authorId ? [String(authorId)] : [], credits: authorId ? ['author'] : [], dateline: '', story: '', bodyMarkdown: '',
    imageUrl: '', imageAlt: '', imageCaption: '', imageCredit: '', imageWidth: '', imageHeight: '', commentsOpen: true, seoTitle: '', seoDescription: '', publishAt: '', version: '',
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function readForm(body: Record<string, unknown>): ArticleFormValues {
  return {
    headline: text(body.headline),
    slug: text(body.slug).trim(),
    standfirst: text(body.standfirst),
    sectionId: text(body.sectionId),
    tags: text(body.tags),
    ...readByline(body),
    dateline: text(body.dateline),
    story: text(body.story),
    bodyMarkdown: text(body.bodyMarkdown).replace(/\r\n/g, '\n'),
    imageUrl: text(body.imageUrl).trim(),
    imageAlt: text(body.imageAlt),
    imageCaption: text(body.imageCaption),
    imageCredit: text(body.imageCredit),
    imageWidth: text(body.imageWidth),
    imageHeight: text(body.imageHeight),
    commentsOpen: body.commentsOpen === 'on' || body.commentsOpen === 'true' || body.commentsOpen === true,
    seoTitle: text(body.seoTitle),
    seoDescription: text(body.seoDescription),
    publishAt: text(body.publishAt),
    version: text(body.version),
  };
}

export function formFromArticle(article: { headline: string; slug: string; standfirst: string; section: { id: number }; tags: { name: string }[]; authors: { id: number; credit?: Credit }[]; dateline: string; story: string | null; bodyMarkdown: string; featuredImage: { url: string; alt: string; caption: string; credit: string; width: number | null; height: number | null } | null; commentsOpen: boolean; seoTitle: string | null; seoDescription: string | null; publishedAt: Date | null; version: number }, timeZone: string): ArticleFormValues {
  const image = article.featuredImage;
  return {
    headline: article.headline, slug: article.slug, standfirst: article.standfirst, sectionId: String(article.section.id),
    tags: article.tags.map((tag) => tag.name).join(', '), authors: article.authors.map((person) => String(person.id)), credits: article.authors.map((person) => person.credit ?? 'author'), dateline: article.dateline, story: article.story ?? '',
    bodyMarkdown: article.bodyMarkdown, imageUrl: image?.url ?? '', imageAlt: image?.alt ?? '', imageCaption: image?.caption ?? '', imageCredit: image?.credit ?? '',
    imageWidth: image?.width ? String(image.width) : '', imageHeight: image?.height ? String(image.height) : '', commentsOpen: article.commentsOpen,
    seoTitle: article.seoTitle ?? '', seoDescription: article.seoDescription ?? '', publishAt: article.publishedAt ? utcToZonedLocal(article.publishedAt, timeZone) : '', version: String(article.version),
  };
}

/** Images in Markdown written without alt text: `![](src)`. */
export function imagesWithoutAlt(markdown: string): string[] {
  return [...markdown.matchAll(/!\[\s*\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1]!);
}

export interface CheckedForm {
  input: ArticleInput;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  errors: FieldErrors;
}

export function checkForm(values: ArticleFormValues, action: EditorAction, context: { timeZone: string; now: Date }): CheckedForm {
  const errors: FieldErrors = {};
  if (values.headline.trim() === '') errors.headline = 'Write a headline.';
  if (values.headline.length > 300) errors.headline = 'Keep the headline under 300 characters.';
  if (values.slug && !isValidSlug(values.slug)) errors.slug = 'Use lowercase letters, digits and hyphens only.';
  if (values.story.trim().length > 120) errors.story = 'Keep the story name under 120 characters.';
  const sectionId = Number(values.sectionId);
  if (!Number.isInteger(sectionId) || sectionId <= 0) errors.sectionId = 'Choose a section.';
  const byline = new Map<number, Credit>();
  values.authors.forEach((raw, i) => {
    const id = Number(raw);
    const credit = values.credits[i] ?? 'author';
    if (!isCredit(credit)) errors[`author${i + 1}Credit`] = 'Choose what this person did.';
    else if (Number.isInteger(id) && id > 0 && !byline.has(id)) byline.set(id, credit);
  });
  const authorIds = [...byline.keys()];
  if (authorIds.length === 0) errors.author1 = 'Name at least one author.';
  const hasImage = values.imageUrl !== '';
  if (hasImage && !/^(https?:\/\/|\/)/.test(values.imageUrl)) errors.imageUrl = 'Use an address starting with / or https://.';

  let status: ArticleStatus | undefined;
  let publishedAt: Date | null | undefined;
  if (action === 'publish' || action === 'schedule') {
    if (hasImage && values.imageAlt.trim() === '') errors.imageAlt = 'Describe the image for readers who cannot see it before publishing.';
    const bare = imagesWithoutAlt(values.bodyMarkdown);
    if (bare.length > 0) errors.bodyMarkdown = `Give every image alt text before publishing: ${bare.join(', ')} has none (write ![description](address)).`;
  }
  if (action === 'publish') status = 'published';
  if (action === 'unpublish') {
    status = 'draft';
  }
  if (action === 'schedule') {
    const when = zonedLocalToUtc(values.publishAt, context.timeZone);
    if (!when) errors.publishAt = `Give the date and time to publish (${context.timeZone}).`;
    else if (when.getTime() <= context.now.getTime()) errors.publishAt = 'Choose a time in the future, or publish now.';
    else {
      status = 'scheduled';
      publishedAt = when;
    }
  }

  const image = hasImage
    ? { url: values.imageUrl, alt: values.imageAlt.trim(), caption: values.imageCaption.trim(), credit: values.imageCredit.trim(), width: Number(values.imageWidth) || null, height: Number(values.imageHeight) || null }
    : null;
  const input: ArticleInput = {
    headline: values.headline.trim(),
    ...(values.slug && { slug: values.slug }),
    sectionId,
    standfirst: values.standfirst.trim(),
    dateline: values.dateline.trim(),
    story: values.story.trim() || null,
    bodyMarkdown: values.bodyMarkdown,
    authorIds,
    credits: [...byline.values()],
    tags: values.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    featuredImage: image,
    commentsOpen: values.commentsOpen,
    seoTitle: values.seoTitle.trim() || null,
    seoDescription: values.seoDescription.trim() || null,
  };
  return { input, ...(status && { status }), ...(publishedAt !== undefined && { publishedAt }), errors };
}
