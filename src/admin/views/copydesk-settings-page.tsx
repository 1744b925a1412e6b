// The copy desk's settings: which checks run (each can be turned off for the site), the site's
// own word list for the spelling and glued-word checks, and who gets a public history page.
import type { SiteSettings } from '../../settings/site-settings.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Fieldset, Notice, SelectField, TextAreaField } from './form-fields.tsx';

export interface CopyDeskSettingsProps extends AdminPageProps {
  checks: { id: string; kind: string; label: string }[];
  values: Pick<SiteSettings, 'copyDeskDisabled' | 'copyDeskWords' | 'publicHistory'>;
  errors: FieldErrors;
  notice?: string;
}

const kindNames: Record<string, string> = { names: 'Names', words: 'Glued and broken words', spelling: 'Spelling', balance: 'Punctuation balance', dates: 'Dates', links: 'Links and media', headline: 'Headline and standfirst' };

export function CopyDeskSettingsPage(props: CopyDeskSettingsProps) {
  const { values, errors } = props;
  const kinds = [...new Set(props.checks.map((check) => check.kind))];
  return (
    <AdminDocument {...props} title="Copy desk settings">
      <h1>Copy desk settings</h1>
      <p>
        <a href="/admin/settings">← Site settings</a>
      </p>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action="/admin/settings/copy-desk" class="admin-form">
        <Csrf token={props.csrf} />
        {kinds.map((kind) => (
          <Fieldset legend={kindNames[kind] ?? kind}>
            {props.checks
              .filter((check) => check.kind === kind)
              .map((check) => (
                <div class="field checkbox">
                  <input type="checkbox" id={`check-${check.id}`} name="enabled" value={check.id} checked={!values.copyDeskDisabled.includes(check.id)} />
                  <label for={`check-${check.id}`}>{check.label}</label>
                </div>
              ))}
          </Fieldset>
        ))}
        <Fieldset legend="The site’s words">
          <TextAreaField name="copyDeskWords" label="Word list" value={values.copyDeskWords.join('\n')} errors={errors} rows={8} hint="One a line: local names, jargon and house spellings the dictionary lacks. People, tags and sections are known already." />
        </Fieldset>
        <Fieldset legend="Corrections">
          <SelectField
            name="publicHistory"
            label="Public history pages"
            value={values.publicHistory}
            errors={errors}
            options={[
              { value: 'corrected', label: 'For stories with a correction (readers see what was changed)' },
              { value: 'all', label: 'For every story changed after publication' },
              { value: 'off', label: 'None' },
            ]}
          />
        </Fieldset>
        <button type="submit" class="primary">
          Save copy desk settings
        </button>
      </form>
    </AdminDocument>
  );
}
