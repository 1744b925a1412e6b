// The version of the body sanitizer's rules (sanitize-body.ts), on its own so what only compares
// versions (content/stored-html.service.ts, at every start's first job run) does not load
// sanitize-html and its CSS parser: bump it whenever those rules change.

/** The version of sanitize-body.ts's rules; stored beside every rendered body (articles.body_html_rules). */
export const SANITIZER_RULES_VERSION = 1;
