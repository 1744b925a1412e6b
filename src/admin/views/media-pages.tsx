// The media library: upload form, search, a grid of images with their alt text (or a warning
// that it is missing), and a page per image to write its alt text, caption and credit and to
// copy the address or Markdown into an article.
import { type MediaItem, thumbnailUrl } from '../../media/media.ts';
import type { Page } from '../../pagination.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, type FieldErrors, TextField } from './form-fields.tsx';

export function MediaLibraryPage(props: AdminPageProps & { page: Page<MediaItem>; query: string; error?: string; notice?: string; maxUploadMb: number }) {
  const { page, query } = props;
  return (
    <AdminDocument {...props} title="Media">
      <h1>Media</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.error ? (
        <p class="form-error" role="alert" id="upload-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/admin/media" enctype="multipart/form-data" class="upload">
        <Csrf token={props.csrf} />
        <div class="field">
          <label for="file">Image file</label>
          <p class="hint" id="file-hint">
            JPEG, PNG, WebP, AVIF or GIF, up to {props.maxUploadMb} MB. SVG is not accepted. Location data in the file is removed.
          </p>
          <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" required aria-describedby={props.error ? 'file-hint upload-error' : 'file-hint'} />
        </div>
        <TextField name="alt" label="Alt text" value="" errors={{}} hint="What the picture shows. Needed before it can be published." />
        <TextField name="caption" label="Caption" value="" errors={{}} />
        <TextField name="credit" label="Credit" value="" errors={{}} />
        <button type="submit" class="primary">
          Upload
        </button>
      </form>
      <form method="get" action="/admin/media" class="filters" role="search">
        <label>
          Search the library
          <input type="search" name="q" value={query} />
        </label>
        <button type="submit">Search</button>
      </form>
      <p class="count">{page.total === 1 ? '1 image' : `${page.total} images`}</p>
      <ul class="media-grid">
        {page.items.map((item) => (
          <li>
            <a href={`/admin/media/${item.id}`}>
              <img src={thumbnailUrl(item)} alt={item.alt} width={160} height={Math.round((160 * item.height) / item.width)} loading="lazy" />
              <span>{item.originalFilename}</span>
            </a>
            {item.alt ? null : <span class="field-error">No alt text yet</span>}
          </li>
        ))}
      </ul>
      {page.pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages">
          {page.page > 1 ? <a href={`/admin/media?q=${encodeURIComponent(query)}&page=${page.page - 1}`}>← Newer</a> : <span />}
          <span>
            Page {page.page} of {page.pageCount}
          </span>
          {page.page < page.pageCount ? <a href={`/admin/media?q=${encodeURIComponent(query)}&page=${page.page + 1}`}>Older →</a> : <span />}
        </nav>
      ) : null}
    </AdminDocument>
  );
}

export function MediaItemPage(props: AdminPageProps & { item: MediaItem; values: { alt: string; caption: string; credit: string }; errors: FieldErrors; notice?: string; canDelete: boolean }) {
  const { item } = props;
  // The figure syntax the body renders (content/markdown/enhance-figures.ts): "Caption | Credit".
  const title = [props.values.caption, props.values.credit && `| ${props.values.credit}`].filter(Boolean).join(' ').replace(/"/g, "'");
  const markdown = `![${props.values.alt || 'describe the picture'}](${item.fallbackUrl}${title ? ` "${title}"` : ''})`;
  return (
    <AdminDocument {...props} title={item.originalFilename}>
      <h1>{item.originalFilename}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <img class="media-preview" src={item.fallbackUrl} alt={item.alt} width={item.width} height={item.height} />
      <p class="hint">
        {item.width} × {item.height} pixels, {item.variants.length} sizes and formats.
      </p>
      <div class="field">
        <label for="address">Address (for an article's featured image)</label>
        <input id="address" readOnly value={item.fallbackUrl} />
      </div>
      <div class="field">
        <label for="markdown">Markdown (for the body)</label>
        <input id="markdown" readOnly value={markdown} />
      </div>
      <form method="post" action={`/admin/media/${item.id}`}>
        <Csrf token={props.csrf} />
        <TextField name="alt" label="Alt text" value={props.values.alt} errors={props.errors} hint="What the picture shows, for readers who cannot see it." />
        <TextField name="caption" label="Caption" value={props.values.caption} errors={props.errors} />
        <TextField name="credit" label="Credit" value={props.values.credit} errors={props.errors} />
        <button type="submit" class="primary">
          Save
        </button>
      </form>
      {props.canDelete ? (
        <form method="post" action={`/admin/media/${item.id}/delete`} class="danger-zone">
          <Csrf token={props.csrf} />
          <button type="submit" class="danger">
            Delete image
          </button>
        </form>
      ) : null}
      <p>
        <a href="/admin/media">Back to the library</a>
      </p>
    </AdminDocument>
  );
}
