// Loads "The Meridian Ledger", Byline's demo publication, through the ordinary services: the
// same code paths a newsroom's own articles take. Pictures are drawn on the spot into the data
// directory. Dates are relative to now, so the demo always looks current.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { demoArticles } from './data/demo-articles.ts';
import { demoPages } from './data/demo-pages.ts';
import { demoPeople } from './data/demo-people.ts';
import { demoSections } from './data/demo-sections.ts';
import { forgetDemoRemoved, isContentEmpty } from './demo.repository.ts';
import { wipeContent } from './wipe-content.ts';
import type { DemoArticle, DemoImage } from './demo-types.ts';
import { demoTimes } from './demo-times.ts';
import { drawIllustration, drawPortrait } from './draw-illustration.ts';

export const demoSiteSettings = {
  title: 'The Meridian Ledger',
  tagline: 'Independent reporting from eight cities',
  language: 'en-GB',
  timeZone: 'Europe/London',
};

export interface DemoReport {
  people: number;
  sections: number;
  articles: number;
}


export async function loadDemo(context: AppContext, options: { force?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<DemoReport> {
  const { db, services, config, clock } = context;
  if (!(await isContentEmpty(db))) {
    if (!options.force) throw new AppError('DEMO_DATABASE_NOT_EMPTY', 'The database already has content; the demo loads only into an empty one. Use --force to replace everything with the demo.');
    await wipeContent(context);
  }
  const mediaDir = path.join(config.dataDir, 'media', 'demo');
  await mkdir(mediaDir, { recursive: true });
  const draw = async (name: string, image: DemoImage) => {
    await writeFile(path.join(mediaDir, `${name}.jpg`), await drawIllustration(image, name));
    return { url: `/media/demo/${name}.jpg`, width: 1200, height: 675 };
  };

  await services.settings.updateSiteSettings(demoSiteSettings);
  const sectionIds = new Map<string, number>();
  for (const section of demoSections) {
    sectionIds.set(section.slug, (await services.taxonomy.createSection(section)).id);
  }
  const personIds = new Map<string, number>();
  for (const person of demoPeople) {
    await writeFile(path.join(mediaDir, `portrait-${person.slug}.jpg`), await drawPortrait(person.avatarHue, person.slug));
    const { avatarHue: _, ...profile } = person;
    personIds.set(person.slug, (await services.people.createPerson({ ...profile, avatarUrl: `/media/demo/portrait-${person.slug}.jpg` })).id);
  }

  const now = clock.now().getTime();
  // Oldest first, so ids follow publication order as they would in a real newsroom.
  const ordered = [...demoArticles].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo);
  let loaded = 0;
  for (const article of ordered) {
    const { publishedAt, updatedAt } = demoTimes(article, now);
    const featured = article.featuredImage ? { ...(await draw(article.slug, article.featuredImage)), ...captionOf(article.featuredImage) } : null;
    await services.articles.createArticle({
      slug: article.slug,
      headline: article.headline,
      standfirst: article.standfirst,
      dateline: article.dateline,
      sectionId: required(sectionIds, article.section, article),
      authorIds: article.authors.map((slug) => required(personIds, slug, article)),
      tags: article.tags,
      bodyMarkdown: await withBodyImages(article, draw),
      status: 'published',
      publishedAt,
      updatedAt,
      featuredImage: featured,
      commentsOpen: article.commentsOpen ?? true,
      seoDescription: article.seoDescription ?? null,
    });
    options.onProgress?.(++loaded, ordered.length);
  }
  for (const page of demoPages) await services.pages.createPage(page);
  await forgetDemoRemoved(db);
  return { people: demoPeople.length, sections: demoSections.length, articles: demoArticles.length };
}

function captionOf(image: DemoImage) {
  return { alt: image.alt, caption: image.caption, credit: image.credit };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Replaces each `![alt](demo:NAME "Caption")` in the body with the drawn picture as a figure in
 * HTML, because Markdown cannot give an image its width and height: with them the browser keeps
 * the picture's space while it loads, and the text below does not jump.
 */
async function withBodyImages(article: DemoArticle, draw: (name: string, image: DemoImage) => Promise<{ url: string; width: number; height: number }>): Promise<string> {
  let body = article.body;
  for (const [name, image] of Object.entries(article.bodyImages ?? {})) {
    const { url, width, height } = await draw(`${article.slug}-${name}`, image);
    const reference = new RegExp(`!\\[([^\\]]*)\\]\\(demo:${name}(?: "([^"]*)")?\\)`, 'g');
    body = body.replace(reference, (_match, alt: string, caption: string | undefined) => {
      const img = `<img src="${url}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async">`;
      return `<figure>${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    });
  }
  return body;
}

function required(ids: Map<string, number>, slug: string, article: DemoArticle): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Demo article "${article.slug}" names "${slug}", which the demo does not define.`);
  return id;
}
