// Every word the public site says to a reader, in one place, so a publication can be
// translated by adding a dictionary. Views take `strings` from the page context; they never
// hold reader-facing English of their own.
import type { Credit } from '../content/content.ts';
export interface Strings {
  skipToContent: string;
  sectionsNav: string;
  /** The label of the trail Home › Section › Subsection. */
  breadcrumb: string;
  /** The heading of a section front's list of its subsections. */
  inThisSection: string;
  home: string;
  by: string;
  /** The words before the names of people credited for other work than writing. */
  creditedBy: Record<Exclude<Credit, 'author'>, string>;
  and: string;
  published: string;
  updated: string;
  seeAlso: string;
  related: string;
  aboutTheAuthor: string;
  aboutTheAuthors: string;
  moreFrom: (name: string) => string;
  comments: string;
  commentCount: (n: number) => string;
  noCommentsYet: string;
  /** Where the comments are, on a page that leaves them out. */
  readTheComments: string;
  /** Comment pages: the links between them, and a thread's replies beyond those shown. */
  commentPages: string;
  commentPagesEnd: string;
  earlierComments: string;
  laterComments: string;
  earlierReplies: string;
  laterReplies: string;
  allComments: string;
  moreReplies: string;
  commentsClosed: string;
  leaveAReply: string;
  replyTo: (name: string) => string;
  cancelReply: string;
  reply: string;
  commentLabel: string;
  nameLabel: string;
  emailLabel: string;
  websiteLabel: string;
  emailPromise: string;
  honeypotLabel: string;
  postComment: string;
  awaitingModeration: string;
  staffBadge: string;
  commentFormHasErrors: string;
  errorSummaryTitle: string;
  /** The comment permalink's accessible name: it must start with `when`, the date shown on it. */
  permalinkTo: (name: string, when: string) => string;
  says: string;
  backToTop: string;
  latest: string;
  latestIn: (name: string) => string;
  moreInSection: (name: string) => string;
  tagHeading: (name: string) => string;
  articlesBy: (name: string) => string;
  noArticles: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, count: number) => string;
  tags: string;
  links: string;
  based: (location: string) => string;
  notFoundTitle: string;
  notFoundBody: string;
  errorTitle: string;
  errorBody: string;
  /** A 429: the reader asked too often (say, searched many times in a minute). */
  tooManyTitle: string;
  tooManyBody: (seconds: number) => string;
  goHome: string;
  footerNote: (title: string, year: number) => string;
  poweredBy: string;
  photo: string;
  search: string;
  searchLabel: string;
  searchResultsFor: (query: string) => string;
  searchResultCount: (n: number) => string;
  /** More articles match than search counts: `n` is where it stopped. */
  searchResultCountAtLeast: (n: number) => string;
  searchNoResults: string;
  searchNoResultsHint: string;
  searchPrompt: string;
  searchProblem: (problem: 'empty' | 'no-words' | 'only-exclusions' | 'too-long') => string;
  searchTips: string;
  searchFilters: string;
  searchSection: string;
  searchAuthor: string;
  searchAllSections: string;
  searchAllAuthors: string;
  searchFrom: string;
  searchTo: string;
  searchApply: string;
  searchPrevious: string;
  searchNext: string;
  correction: string;
  corrections: string;
  updates: string;
  correctionOn: (date: string) => string;
  updateOn: (date: string) => string;
  seeWhatChanged: string;
  correctionsIntro: (site: string) => string;
  noCorrections: string;
  correctionFeedTitle: (headline: string) => string;
  correctedStory: string;
  historyTitle: string;
  historyIntro: string;
  historyLegend: string;
  asFirstPublished: string;
  minorFix: string;
  changedAt: (date: string) => string;
  headlineLabel: string;
  standfirstLabel: string;
  textLabel: string;
  backToStory: string;
  previewBanner: string;
  previewOfPublished: string;
  previewState: (state: 'draft' | 'submitted' | 'scheduled') => string;
  scheduledFor: string;
  notPublishedYet: string;
}

/**
 * A query in English quotation marks, once: a query with quoted phrases of its own keeps them
 * (made curly) instead of being wrapped again, so `"harbour cranes"` never shows as “"harbour cranes"”.
 */
function quoteQuery(query: string): string {
  // The curly marks escaped in the patterns: the build keeps a regular expression's characters as
  // written, and one non-ASCII character doubles the memory V8 keeps the chunk's source in.
  if (!/["\u201C\u201D]/.test(query)) return `“${query}”`;
  let open = false;
  return query.replace(/["\u201C\u201D]/g, () => ((open = !open) ? '“' : '”'));
}

const en: Strings = {
  skipToContent: 'Skip to content',
  sectionsNav: 'Sections',
  breadcrumb: 'Breadcrumb',
  inThisSection: 'In this section',
  home: 'Home',
  by: 'By',
  creditedBy: { 'additional-reporting': 'Additional reporting by', photographs: 'Photographs by', video: 'Video by', graphics: 'Graphics by' },
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  seeAlso: 'See also',
  related: 'Related',
  aboutTheAuthor: 'About the author',
  aboutTheAuthors: 'About the authors',
  moreFrom: (name) => `More from ${name}`,
  comments: 'Comments',
  commentCount: (n) => (n === 0 ? 'No comments yet' : n === 1 ? '1 comment' : `${n} comments`),
  noCommentsYet: 'Be the first to comment.',
  readTheComments: 'Read the comments on the article',
  commentPages: 'Comment pages',
  commentPagesEnd: 'Comment pages, after the comments',
  earlierComments: 'Earlier comments',
  laterComments: 'Later comments',
  earlierReplies: 'Earlier replies',
  laterReplies: 'Later replies',
  allComments: 'Back to all comments',
  moreReplies: 'More replies',
  commentsClosed: 'Comments are closed for this article.',
  leaveAReply: 'Leave a Reply',
  replyTo: (name) => `Reply to ${name}`,
  cancelReply: 'Cancel reply',
  reply: 'Reply',
  commentLabel: 'Comment',
  nameLabel: 'Name',
  emailLabel: 'Email',
  websiteLabel: 'Website',
  emailPromise: 'Your email address will not be published. Required fields are marked *',
  honeypotLabel: 'Leave this field empty',
  postComment: 'Post Comment',
  awaitingModeration: 'Your comment is awaiting moderation.',
  staffBadge: 'Staff',
  commentFormHasErrors: 'Your comment was not posted yet. Please check the fields marked below; your text is kept.',
  errorSummaryTitle: 'There is a problem',
  permalinkTo: (name, when) => `${when}: link to ${name}'s comment`,
  says: 'says',
  backToTop: 'Back to top',
  latest: 'Latest',
  latestIn: (name) => `Latest in ${name}`,
  moreInSection: (name) => `More ${name}`,
  tagHeading: (name) => name,
  articlesBy: (name) => `Articles by ${name}`,
  noArticles: 'Nothing has been published here yet.',
  pagination: 'Pages',
  previousPage: 'Newer',
  nextPage: 'Older',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  tags: 'Topics',
  links: 'Elsewhere',
  based: (location) => `Based in ${location}`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'We could not find the page you asked for. It may have moved, or the address may be mistyped.',
  errorTitle: 'Something went wrong',
  errorBody: 'We could not show this page because of an error on our side. Please try again in a moment.',
  tooManyTitle: 'Please wait a moment',
  tooManyBody: (seconds) => `You have asked for this many times in a short while. Please wait ${seconds === 1 ? 'a second' : `${seconds} seconds`} and try again.`,
  goHome: 'Go to the front page',
  footerNote: (title, year) => `© ${year} ${title}`,
  poweredBy: 'Published with Byline',
  photo: 'Photo',
  search: 'Search',
  searchLabel: 'Search articles',
  searchResultsFor: (query) => `Search results for ${quoteQuery(query)}`,
  searchResultCount: (n) => (n === 1 ? '1 article found' : `${n} articles found`),
  searchResultCountAtLeast: (n) => `More than ${n.toLocaleString('en')} articles found; the newest are ranked. Add words or filters to narrow it.`,
  searchNoResults: 'No articles match your search.',
  searchNoResultsHint: 'Check the spelling, try fewer or more general words, or remove a filter.',
  searchPrompt: 'Type a word or a phrase to search every published article.',
  searchProblem: (problem) =>
    ({
      empty: 'Type a word or a phrase to search every published article.',
      'no-words': 'Your search has no words to look for. Try letters or numbers.',
      'only-exclusions': 'Add a word to look for: a search cannot be made only of words to leave out.',
      'too-long': 'That search is too long. Try a few words.',
    })[problem],
  searchTips: 'Use "quotes" for an exact phrase, an asterisk for the start of a word (elect*), and a minus sign to leave a word out (-football).',
  searchFilters: 'Narrow your search',
  searchSection: 'Section',
  searchAuthor: 'Author',
  searchAllSections: 'All sections',
  searchAllAuthors: 'All authors',
  searchFrom: 'From',
  searchTo: 'To',
  searchApply: 'Search',
  searchPrevious: 'Previous results',
  searchNext: 'More results',
  correction: 'Correction',
  corrections: 'Corrections',
  updates: 'Updates',
  correctionOn: (date) => `Correction, ${date}`,
  updateOn: (date) => `Update, ${date}`,
  seeWhatChanged: 'See what changed',
  correctionsIntro: (site) => `When ${site} gets something wrong, we correct it and say so. Every correction is listed here, newest first, with the story it corrects.`,
  noCorrections: 'No corrections have been published.',
  correctionFeedTitle: (headline) => `Correction: ${headline}`,
  correctedStory: 'Corrected story',
  historyTitle: 'How this story changed',
  historyIntro: 'Each version readers saw since the story was first published, with what changed from the one before.',
  historyLegend: 'Struck-through words were taken out; underlined words were added.',
  asFirstPublished: 'As first published',
  minorFix: 'Minor fix (spelling or punctuation)',
  changedAt: (date) => `Changed ${date}`,
  headlineLabel: 'Headline',
  standfirstLabel: 'Standfirst',
  textLabel: 'Text',
  backToStory: 'Back to the story',
  previewBanner: 'Preview — not published',
  previewOfPublished: 'Preview — this story is published; readers see it as it was last saved.',
  previewState: (state) => (state === 'scheduled' ? 'Scheduled: readers will see it at the time below.' : state === 'submitted' ? 'Submitted for review: readers cannot see it.' : 'Draft: readers cannot see it.'),
  scheduledFor: 'Scheduled for',
  notPublishedYet: 'Not published yet',
};

const dictionaries: Record<string, Strings> = { en };

/** The dictionary for a BCP 47 tag: exact match, then the language alone, then English. */
export function stringsFor(language: string): Strings {
  return dictionaries[language] ?? dictionaries[language.split('-')[0]!.toLowerCase()] ?? en;
}
