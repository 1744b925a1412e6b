// The copy desk in the editor: every finding with its place, the words it points at, why, and
// (with copy-desk.js) buttons to show the place and apply the fix. Without JavaScript it is the
// list from the last save or page load, and the form works as before. Editors get a field to
// publish over errors with a reason; earlier overrides are listed for the record.
import type { OverrideRecord } from '../../copydesk/copydesk.ts';
import { countSummary, type PresentedFinding } from '../copy-desk-present.ts';
import { FieldError, type FieldErrors, TextAreaField } from './form-fields.tsx';

export interface CopyDeskPanelProps {
  findings: PresentedFinding[];
  errors: FieldErrors;
  canOverride: boolean;
  override: string;
  overrides: OverrideRecord[];
  articleId: number | null;
}

export function FindingItem({ finding }: { finding: PresentedFinding }) {
  return (
    <li class={`finding finding-${finding.severity}`} data-field={finding.field} data-start={String(finding.start)} data-end={String(finding.end)} data-text={finding.text} data-replacement={finding.fix?.replacement}>
      <span class="finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}</span> <span class="finding-place">{finding.place}</span>
      {finding.text ? (
        <span class="finding-excerpt">
          {finding.before}
          <mark>{finding.text}</mark>
          {finding.after}
        </span>
      ) : null}
      <span class="finding-message">{finding.message}</span>
      <span class="finding-actions">
        <button type="button" class="finding-show" hidden>
          Show
        </button>
        {finding.fix ? (
          <button type="button" class="finding-fix" hidden>
            {finding.fix.label}
          </button>
        ) : null}
      </span>
    </li>
  );
}

export function CopyDeskPanel(props: CopyDeskPanelProps) {
  const hasErrors = props.findings.some((f) => f.severity === 'error') || Boolean(props.errors.copydesk);
  return (
    <section class="copy-desk" id="copy-desk" aria-labelledby="copydesk-heading" data-article-id={props.articleId ?? ''}>
      <h2 id="copydesk-heading">Copy desk</h2>
      <FieldError name="copydesk" errors={props.errors} />
      <p class="copydesk-summary" id="copydesk-summary" role="status" aria-live="polite">
        {countSummary(props.findings)}
      </p>
      <ol class="copydesk-findings" id="copydesk-findings">
        {props.findings.map((finding) => (
          <FindingItem finding={finding} />
        ))}
      </ol>
      {props.canOverride ? (
        <div class="copydesk-override" id="copydesk-override" hidden={!hasErrors}>
          <TextAreaField name="copydeskOverride" label="Publish despite errors: your reason" value={props.override} errors={props.errors} rows={2} hint="Recorded with your name. Leave empty to fix the errors instead." />
        </div>
      ) : hasErrors ? (
        <p class="hint">Errors stop publishing. An editor can publish over them, with a reason.</p>
      ) : null}
      {props.overrides.length > 0 ? (
        <details class="copydesk-overrides">
          <summary>Published over copy desk errors ({props.overrides.length})</summary>
          <ul>
            {props.overrides.map((o) => (
              <li>
                {o.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, {o.userName ?? 'someone'}, version {o.version}: “{o.reason}” ({o.findings.length} {o.findings.length === 1 ? 'error' : 'errors'}: {o.findings.map((f) => f.text || f.check).join(', ')})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
