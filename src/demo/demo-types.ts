// Shapes of the demo publication's hand-written content (src/demo/data/*).
// The demo loader turns these into people, sections, tags and articles through the
// ordinary services, so the demo exercises the same code paths as a real newsroom.

/** A picture the loader draws with sharp: no downloads, no stock photos. */
export interface DemoImage {
  /** What the drawing suggests; the generator has one composition per motif. */
  motif: 'city' | 'water' | 'mountains' | 'fields' | 'night' | 'abstract' | 'forest' | 'desert';
  /** Base hue of the palette, 0–359. */
  hue: number;
  /** Alt text describing the picture for a reader who cannot see it. */
  alt: string;
  caption: string;
  credit: string;
}

export interface DemoPerson {
  slug: string;
  name: string;
  /** Role title as it reads in a byline: "Beijing correspondent". */
  roleTitle: string;
  location: string;
  /** Two to four sentences, third person. */
  bio: string;
  /** Private; never published. Use the example.com domain. */
  email: string;
  links: { label: string; url: string }[];
  /** Base hue for the generated portrait, 0–359. */
  avatarHue: number;
}

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
}

export interface DemoArticle {
  slug: string;
  /** A DemoSection slug. */
  section: string;
  headline: string;
  standfirst: string;
  /** Dateline place, as printed: "Geneva". */
  dateline: string;
  /** DemoPerson slugs, in byline order. */
  authors: string[];
  /** Tag names, as displayed: "Water security". */
  tags: string[];
  /** Published this many days (fractions allowed) before the demo is loaded. */
  publishedDaysAgo: number;
  /** When set, the article was updated this many hours after publication. */
  updatedHoursLater?: number;
  /**
   * Markdown. Paragraphs, `##`/`###` subheadings, `>` quotations, links, and images
   * written as `![alt](demo:NAME "Caption")` where NAME is a key of bodyImages.
   */
  body: string;
  featuredImage?: DemoImage;
  bodyImages?: Record<string, DemoImage>;
  /** Defaults to true. */
  commentsOpen?: boolean;
  seoDescription?: string;
}
