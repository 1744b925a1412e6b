// The newsroom's page shell: a header with the sections of the admin the viewer may use, who is
// signed in, and a sign-out button (a POST with the CSRF token); then the page's own content.
import type { ComponentChildren } from 'preact';
import { type Viewer, can } from '../../auth/auth.ts';
import type { AdminAssets } from '../admin-assets.ts';

export interface AdminPageProps {
  assets: AdminAssets;
  viewer: Viewer | null;
  csrf: string;
}

export function AdminDocument({ assets, viewer, csrf, title, children, scripts = false, extraScript }: AdminPageProps & { title: string; children: ComponentChildren; scripts?: boolean; extraScript?: string | string[] }) {
  const links: [string, string, boolean][] = viewer
    ? [
        ['/admin/articles', 'Articles', true],
        ['/admin/articles?mine=1', 'My articles', true],
        ['/admin/articles/new', 'New article', can(viewer, 'article.create')],
        ['/admin/front', 'Home front', can(viewer, 'article.publish-any')],
        ['/admin/comments?status=pending', pendingLabel(viewer), can(viewer, 'comments.moderate')],
        ['/admin/media', 'Media', can(viewer, 'media.upload')],
        ['/admin/people', 'People', can(viewer, 'people.manage')],
        ['/admin/profile', 'My profile', viewer.personId !== null && can(viewer, 'profile.edit-own')],
        ['/admin/sections', 'Sections', can(viewer, 'taxonomy.manage')],
        ['/admin/tags', 'Tags', can(viewer, 'taxonomy.manage')],
        ['/admin/pages', 'Pages', can(viewer, 'pages.manage')],
        ['/admin/menus', 'Menus', can(viewer, 'pages.manage')],
        ['/admin/import/wordpress', 'Import', can(viewer, 'import.run')],
        ['/admin/users', 'Users', can(viewer, 'users.manage')],
        ['/admin/settings', 'Settings', can(viewer, 'settings.manage')],
      ]
    : [];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · Newsroom`}</title>
        <link rel="stylesheet" href={assets.css} />
        {scripts ? <script src={assets.editorJs} defer /> : null}
        {(Array.isArray(extraScript) ? extraScript : extraScript ? [extraScript] : []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="admin-header">
          <a class="admin-brand" href="/admin">
            Newsroom
          </a>
          {viewer ? (
            <nav aria-label="Newsroom">
              <ul>
                {links
                  .filter(([, , allowed]) => allowed)
                  .map(([href, label]) => (
                    <li>
                      <a href={href}>{label}</a>
                    </li>
                  ))}
              </ul>
            </nav>
          ) : null}
          {viewer ? (
            <form class="sign-out" method="post" action="/admin/logout">
              <span>
                {viewer.name} <span class="role">({viewer.role})</span>
              </span>
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">Sign out</button>
            </form>
          ) : null}
          <a class="view-site" href="/">
            View site
          </a>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

function pendingLabel(viewer: Viewer): string {
  const pending = 'pendingComments' in viewer ? (viewer as { pendingComments: number | null }).pendingComments : null;
  return pending ? `Comments (${pending} pending)` : 'Comments';
}
