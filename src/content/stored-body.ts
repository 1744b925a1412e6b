// A Markdown body as it is stored: the Markdown, the sanitized HTML it renders to, where the
// "See also" box goes, and the version of the sanitizer rules that made the HTML. Every writer
// of an article or page body uses this, so no body is stored without its rules version.
// The renderer (markdown-it, sanitize-html) loads with the first use, not at start.
export interface StoredBody {
  body_markdown: string;
  body_html: string;
  body_break: number;
  body_html_rules: number;
}

export async function storedBody(markdown: string): Promise<StoredBody> {
  const { renderMarkdown } = await import('./markdown/render-markdown.ts');
  const body = renderMarkdown(markdown);
  return { body_markdown: markdown, body_html: body.html, body_break: body.breakOffset, body_html_rules: body.rulesVersion };
}

/** The same for a page, which has no "See also" box. */
export async function storedPageBody(markdown: string): Promise<Omit<StoredBody, 'body_break'>> {
  const { body_break: _, ...columns } = await storedBody(markdown);
  return columns;
}
