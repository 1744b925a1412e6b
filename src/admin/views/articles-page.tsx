// The desk: articles of every status with filters (status, section, author), headline search,
// "my articles", and pagination. A plain GET form: filters are shareable links.
import { type DeskItem, type Section, trailName, treeOrder } from '../../content/content.ts';
import type { Page } from '../../pagination.ts';
import type { Person } from '../../people/people.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';

export interface DeskQuery {
  status: string;
  section: string;
  author: string;
  q: string;
  mine: boolean;
}

function href(query: DeskQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value === true ? '1' : String(value));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return `/admin/articles${text ? `?${text}` : ''}`;
}

export function ArticlesPage(props: AdminPageProps & { page: Page<DeskItem>; query: DeskQuery; sections: Section[]; people: Pick<Person, 'id' | 'name'>[]; notice?: string; timeZone: string }) {
  const { page, query } = props;
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: props.timeZone });
  return (
    <AdminDocument {...props} title={query.mine ? 'My articles' : 'Articles'}>
      <h1>{query.mine ? 'My articles' : 'Articles'}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <form method="get" action="/admin/articles" class="filters" role="search">
        {query.mine ? <input type="hidden" name="mine" value="1" /> : null}
        <label>
          Status
          <select name="status">
            {[['', 'Any'], ['draft', 'Draft'], ['submitted', 'Submitted for review'], ['scheduled', 'Scheduled'], ['published', 'Published']].map(([value, label]) => (
              <option value={value} selected={query.status === value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select name="section">
            <option value="">Any</option>
            {treeOrder(props.sections).map(({ section }) => (
              <option value={String(section.id)} selected={query.section === String(section.id)}>
                {trailName(props.sections, section)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Author
          <select name="author">
            <option value="">Any</option>
            {props.people.map((person) => (
              <option value={String(person.id)} selected={query.author === String(person.id)}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Headline contains
          <input type="search" name="q" value={query.q} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <p class="count">{page.total === 1 ? '1 article' : `${page.total} articles`}</p>
      <table class="desk">
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Byline</th>
            <th scope="col">Published</th>
            <th scope="col">Last saved</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((item) => (
            <tr>
              <td>
                <a href={`/admin/articles/${item.id}/edit`}>{item.headline}</a>
              </td>
              <td>
                <span class={`status status-${item.status}`}>{item.status === 'draft' && item.submitted ? 'submitted' : item.status}</span>
              </td>
              <td>{item.sectionName}</td>
              <td>{item.authors.join(', ')}</td>
              <td>{item.publishedAt ? <time datetime={item.publishedAt.toISOString()}>{format.format(item.publishedAt)}</time> : '—'}</td>
              <td>
                <time datetime={item.modifiedAt.toISOString()}>{format.format(item.modifiedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages">
          {page.page > 1 ? <a href={href(query, page.page - 1)}>← Previous</a> : <span />}
          <span>
            Page {page.page} of {page.pageCount}
          </span>
          {page.page < page.pageCount ? <a href={href(query, page.page + 1)}>Next →</a> : <span />}
        </nav>
      ) : null}
    </AdminDocument>
  );
}
