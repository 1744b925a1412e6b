// The home front's editor: the lead pins and featured pins in order, each with its window
// (live, scheduled, ended) and Move / Remove buttons (small forms: no JavaScript needed), and a
// form to pin a recent story as the lead or into a featured place, now or for a set time.
import type { FrontSlot } from '../../content/content.ts';
import { isLive } from '../../content/content.ts';
import { utcToZonedLocal } from '../../zoned-time.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Notice, SelectField, TextField } from './form-fields.tsx';

export interface PinFormValues {
  kind: string;
  articleId: string;
  startsAt: string;
  endsAt: string;
}

export interface FrontPageProps extends AdminPageProps {
  slots: FrontSlot[];
  headlines: Map<number, string>;
  candidates: { id: number; headline: string }[];
  timeZone: string;
  now: Date;
  values: PinFormValues;
  errors: FieldErrors;
  notice?: string;
}

function windowOf(slot: FrontSlot, now: Date, timeZone: string): string {
  const at = (date: Date) => utcToZonedLocal(date, timeZone).replace('T', ' ');
  const state = isLive(slot, now) ? 'Live' : slot.endsAt && slot.endsAt <= now ? 'Ended' : 'Scheduled';
  const from = slot.startsAt ? `from ${at(slot.startsAt)}` : '';
  const until = slot.endsAt ? `until ${at(slot.endsAt)}` : '';
  return [state, from, until].filter(Boolean).join(' ');
}

function SlotButton({ slot, action, label, csrf, direction }: { slot: FrontSlot; action: string; label: string; csrf: string; direction?: 'up' | 'down' }) {
  return (
    <form method="post" action={`/admin/front/pins/${slot.id}/${action}`} class="inline-form">
      <Csrf token={csrf} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button type="submit">{label}</button>
    </form>
  );
}

function Pins({ kind, props }: { kind: FrontSlot['kind']; props: FrontPageProps }) {
  const slots = props.slots.filter((slot) => slot.kind === kind);
  const title = kind === 'lead' ? 'Lead story' : 'Featured stories';
  return (
    <section aria-labelledby={`${kind}-heading`} id={`${kind}-pins`}>
      <h2 id={`${kind}-heading`}>{title}</h2>
      {slots.length === 0 ? (
        <p class="hint">{kind === 'lead' ? 'No lead pinned: the newest story leads.' : 'Nothing featured: the newest stories sit beside the lead.'}</p>
      ) : (
        <table class="listing">
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">When</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot, index) => {
              const headline = props.headlines.get(slot.articleId) ?? `Story ${slot.articleId}`;
              return (
                <tr id={`pin-${slot.id}`}>
                  <td>{headline}</td>
                  <td>{windowOf(slot, props.now, props.timeZone)}</td>
                  <td class="row-actions">
                    {index > 0 ? <SlotButton slot={slot} action="move" direction="up" label={`Move up: ${headline}`} csrf={props.csrf} /> : null}
                    {index < slots.length - 1 ? <SlotButton slot={slot} action="move" direction="down" label={`Move down: ${headline}`} csrf={props.csrf} /> : null}
                    <SlotButton slot={slot} action="remove" label={`Unpin: ${headline}`} csrf={props.csrf} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {kind === 'lead' && slots.length > 1 ? <p class="hint">When several lead pins are live, the first one leads.</p> : null}
    </section>
  );
}

export function FrontPage(props: FrontPageProps) {
  const { values, errors } = props;
  return (
    <AdminDocument {...props} title="Home front">
      <div class="page-head">
        <h1>Home front</h1>
        <p class="page-links">
          <a href="/">View the home page</a>
        </p>
      </div>
      <Notice text={props.notice} />
      <p class="hint">Pin the lead and featured stories; the rest of the home page fills with the newest stories. No story is shown twice on the page.</p>
      <Pins kind="lead" props={props} />
      <Pins kind="featured" props={props} />
      <section aria-labelledby="pin-heading" class="admin-form">
        <h2 id="pin-heading">Pin a story</h2>
        <ErrorSummary errors={errors} />
        <form method="post" action="/admin/front/pins">
          <Csrf token={props.csrf} />
          <SelectField name="articleId" label="Story" value={values.articleId} errors={errors} options={props.candidates.map((story) => ({ value: String(story.id), label: story.headline }))} />
          <SelectField name="kind" label="Place" value={values.kind} errors={errors} options={[{ value: 'lead', label: 'Lead story' }, { value: 'featured', label: 'Featured' }]} />
          <TextField name="startsAt" label="From (optional)" type="datetime-local" value={values.startsAt} errors={errors} hint={`Site time (${props.timeZone}). Left empty: from now.`} />
          <TextField name="endsAt" label="Until (optional)" type="datetime-local" value={values.endsAt} errors={errors} hint="Left empty: until you unpin it." />
          <button type="submit" class="primary">
            Pin story
          </button>
        </form>
      </section>
    </AdminDocument>
  );
}
