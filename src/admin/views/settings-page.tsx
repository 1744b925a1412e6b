// The site settings form: every key of SiteSettings, each labelled, with its error beside it.
// Settings that are not text (numbers, lists) arrive here as the text typed for them.
// The time zone is a select of the zones this runtime knows, so a typo cannot reach the site.
import type { SiteSettings } from '../../settings/site-settings.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Fieldset, Notice, SelectField, TextAreaField, TextField } from './form-fields.tsx';

/** One text per setting: a key added to SiteSettings fails to compile until the form has it. */
export type SettingsFormValues = Record<keyof SiteSettings, string>;

/** UTC first, then the IANA zones in order; a stored zone the list lacks is kept as an option. */
function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

export function SettingsPage(props: AdminPageProps & { values: SettingsFormValues; errors: FieldErrors; notice?: string }) {
  const { values, errors } = props;
  return (
    <AdminDocument {...props} title="Site settings">
      <h1>Site settings</h1>
      <p>
        <a href="/admin/settings/copy-desk">Copy desk settings</a>: checks, the site’s word list, public history pages.
      </p>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action="/admin/settings" class="admin-form">
        <Csrf token={props.csrf} />
        <Fieldset legend="The publication">
          <TextField name="title" label="Title" value={values.title} errors={errors} required maxLength={200} hint="The name in every page's header and in search results." />
          <TextField name="tagline" label="Tagline" value={values.tagline} errors={errors} maxLength={300} />
          <TextField name="logoUrl" label="Logo address" value={values.logoUrl} errors={errors} hint="A square image: https://… or a /media/… path. Leave empty for none." />
        </Fieldset>
        <Fieldset legend="Language and time">
          <TextField name="language" label="Language" value={values.language} errors={errors} required hint="A BCP 47 language tag, for example en, en-GB or fr-CA. Sets the words readers see and the page language." />
          <SelectField name="timeZone" label="Time zone" value={values.timeZone} errors={errors} options={timeZoneOptions(values.timeZone)} hint="Dates on pages and in article addresses are in this zone." />
        </Fieldset>
        <Fieldset legend="Feeds">
          <SelectField
            name="feedContent"
            label="Feed content"
            value={values.feedContent}
            errors={errors}
            options={[
              { value: 'full', label: 'Full articles' },
              { value: 'summary', label: 'Summaries only (the standfirst)' },
            ]}
          />
        </Fieldset>
        <Fieldset legend="Comments">
          <SelectField
            name="commentPolicy"
            label="Moderation"
            value={values.commentPolicy}
            errors={errors}
            options={[
              { value: 'hold-first', label: "Hold a commenter's first comment for a moderator, then publish theirs at once" },
              { value: 'hold-all', label: 'Hold every comment for a moderator' },
              { value: 'approve-all', label: 'Publish every comment at once (the checks below still hold some)' },
            ]}
          />
          <TextField name="commentsCloseAfterDays" label="Close comments after (days)" type="number" value={values.commentsCloseAfterDays} errors={errors} hint="Counted from publication. Leave empty to keep comments open." />
          <TextField name="commentMaxDepth" label="Deepest reply level" type="number" value={values.commentMaxDepth} errors={errors} hint="From 1 to 10; deeper replies join this level." />
          <TextField name="commentMaxLinks" label="Most links in a comment" type="number" value={values.commentMaxLinks} errors={errors} hint="A comment with more is held for a moderator." />
          <TextAreaField name="commentDisallowedWords" label="Words that hold a comment" value={values.commentDisallowedWords} errors={errors} rows={4} hint="One word or phrase a line. A comment containing one is held for a moderator." />
          <TextField name="commentRetentionDays" label="Keep commenters' addresses for (days)" type="number" value={values.commentRetentionDays} errors={errors} hint="IP addresses and browsers are kept for moderation only, then deleted." />
        </Fieldset>
        <button type="submit" class="primary">
          Save settings
        </button>
      </form>
    </AdminDocument>
  );
}
