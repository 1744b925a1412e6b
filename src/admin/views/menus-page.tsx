// The menu editor: the header and the footer menu, each a list in order with Move up / Move
// down / Remove (one small form each, so it works without JavaScript), and three ways to add an
// entry: a section, a page, or any link. Each form names its menu, so errors land beside it.
import type { MenuItem, MenuName, Section, SitePage } from '../../content/content.ts';
import { menuLabelMaxLength, pagePath, sectionPath, trailName, treeOrder } from '../../content/content.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, type FieldErrors, Notice } from './form-fields.tsx';

export interface MenusPageProps extends AdminPageProps {
  menus: Record<MenuName, MenuItem[]>;
  sections: Section[];
  pages: SitePage[];
  notice?: string;
  /** Errors of the add form of one menu and kind, with what was typed. */
  refused?: { menu: MenuName; kind: MenuItem['kind']; errors: FieldErrors; values: Record<string, string> };
}

const menuTitles: Record<MenuName, string> = { header: 'Header menu', footer: 'Footer menu' };

function describe(item: MenuItem, sections: Map<number, Section>, pages: Map<number, SitePage>): { label: string; address: string; note?: string } {
  if (item.kind === 'link') return { label: item.label, address: item.url };
  if (item.kind === 'section') {
    const section = sections.get(item.targetId ?? -1);
    return section ? { label: item.label || section.name, address: sectionPath(section), note: 'Section' } : { label: item.label || '(a deleted section)', address: '', note: 'Not shown' };
  }
  const page = pages.get(item.targetId ?? -1);
  if (!page) return { label: item.label || '(a deleted page)', address: '', note: 'Not shown' };
  return { label: item.label || page.title, address: pagePath(page), note: page.status === 'published' ? 'Page' : 'Page (draft: not shown until published)' };
}

function ItemButton({ item, action, label, csrf, extra }: { item: MenuItem; action: string; label: string; csrf: string; extra?: Record<string, string> }) {
  return (
    <form method="post" action={`/admin/menus/items/${item.id}/${action}`} class="inline-form">
      <Csrf token={csrf} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}

function AddField({ id, name, label, value, error, hint, type = 'text' }: { id: string; name: string; label: string; value: string; error?: string | undefined; hint?: string; type?: string }) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} type={type as 'text'} value={value} maxLength={name === 'label' ? menuLabelMaxLength : 2000} aria-invalid={error ? 'true' : undefined} aria-describedby={described} />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Choice({ id, name, label, options, error }: { id: string; name: string; label: string; options: { value: string; label: string }[]; error?: string | undefined }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <select id={id} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Menu({ menu, props }: { menu: MenuName; props: MenusPageProps }) {
  const items = props.menus[menu];
  const sections = new Map(props.sections.map((section) => [section.id, section]));
  const pages = new Map(props.pages.map((page) => [page.id, page]));
  const refused = props.refused?.menu === menu ? props.refused : undefined;
  const errorsOf = (kind: MenuItem['kind']) => (refused?.kind === kind ? refused.errors : {});
  const valueOf = (kind: MenuItem['kind'], name: string) => (refused?.kind === kind ? (refused.values[name] ?? '') : '');
  const heading = `${menu}-menu-heading`;
  return (
    <section aria-labelledby={heading} class="menu-editor" id={`${menu}-menu`}>
      <h2 id={heading}>{menuTitles[menu]}</h2>
      {items.length === 0 ? (
        <p class="hint">Not arranged yet: readers see the sections that have published stories{menu === 'footer' ? ', then the published pages' : ''}. Adding an entry keeps those and adds yours after them.</p>
      ) : (
        <table class="listing">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Shown as</th>
              <th scope="col">Goes to</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const described = describe(item, sections, pages);
              return (
                <tr id={`menu-item-${item.id}`}>
                  <td>{index + 1}</td>
                  <td>{described.label}</td>
                  <td>
                    {described.address}
                    {described.note ? <span class="hint"> · {described.note}</span> : null}
                  </td>
                  <td class="row-actions">
                    {index > 0 ? <ItemButton item={item} action="move" label={`Move up: ${described.label}`} csrf={props.csrf} extra={{ direction: 'up' }} /> : null}
                    {index < items.length - 1 ? <ItemButton item={item} action="move" label={`Move down: ${described.label}`} csrf={props.csrf} extra={{ direction: 'down' }} /> : null}
                    <ItemButton item={item} action="remove" label={`Remove: ${described.label}`} csrf={props.csrf} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="menu-add">
        <form method="post" action={`/admin/menus/${menu}/items`} class="admin-form">
          <Csrf token={props.csrf} />
          <input type="hidden" name="kind" value="section" />
          <h3>Add a section</h3>
          <Choice id={`${menu}-section`} name="sectionId" label="Section" options={treeOrder(props.sections).map(({ section }) => ({ value: String(section.id), label: trailName(props.sections, section) }))} error={errorsOf('section').sectionId} />
          <AddField id={`${menu}-section-label`} name="label" label="Shown as (optional)" value={valueOf('section', 'label')} error={errorsOf('section').label} hint="Left empty, the section's name." />
          <button type="submit">Add section to the {menu}</button>
        </form>
        <form method="post" action={`/admin/menus/${menu}/items`} class="admin-form">
          <Csrf token={props.csrf} />
          <input type="hidden" name="kind" value="page" />
          <h3>Add a page</h3>
          {props.pages.length === 0 ? (
            <p class="hint">
              No pages yet: <a href="/admin/pages/new">write one</a>.
            </p>
          ) : (
            <>
              <Choice id={`${menu}-page`} name="pageId" label="Page" options={props.pages.map((page) => ({ value: String(page.id), label: page.title }))} error={errorsOf('page').pageId} />
              <AddField id={`${menu}-page-label`} name="label" label="Shown as (optional)" value={valueOf('page', 'label')} error={errorsOf('page').label} hint="Left empty, the page's title." />
              <button type="submit">Add page to the {menu}</button>
            </>
          )}
        </form>
        <form method="post" action={`/admin/menus/${menu}/items`} class="admin-form">
          <Csrf token={props.csrf} />
          <input type="hidden" name="kind" value="link" />
          <h3>Add a link</h3>
          <AddField id={`${menu}-link-label`} name="label" label="Shown as" value={valueOf('link', 'label')} error={errorsOf('link').label} />
          <AddField id={`${menu}-link-url`} name="url" label="Address" value={valueOf('link', 'url')} error={errorsOf('link').url} hint="A path on this site (/corrections) or a web address (https://…)." />
          <button type="submit">Add link to the {menu}</button>
        </form>
      </div>
    </section>
  );
}

export function MenusPage(props: MenusPageProps) {
  return (
    <AdminDocument {...props} title="Menus">
      <div class="page-head">
        <h1>Menus</h1>
        <p class="page-links">
          <a href="/admin/pages">Pages</a> · <a href="/admin/sections">Sections</a>
        </p>
      </div>
      <Notice text={props.notice} />
      {props.refused ? (
        <p class="form-error" role="alert">
          Not added: see the message beside the field in the {menuTitles[props.refused.menu].toLowerCase()}. Everything you typed is still there.
        </p>
      ) : null}
      <Menu menu="header" props={props} />
      <Menu menu="footer" props={props} />
    </AdminDocument>
  );
}
