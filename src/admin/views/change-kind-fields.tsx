// Editing a published story: the writer says what kind of change it is. A correction shows a
// dated notice near the top of the story, an update a note at its foot; a silent fix shows
// nothing and is allowed only for typos (the copy desk decides, on the server; copy-desk.js says
// so as they type).
import type { ChangeClass } from '../../copydesk/copydesk.ts';
import type { ReviewValues } from '../copy-desk-review.ts';
import { describeChange } from '../copy-desk-review.ts';
import { describedBy, FieldError, type FieldErrors, TextAreaField } from './form-fields.tsx';

const kinds: { value: 'correction' | 'update' | 'silent'; label: string; hint: string }[] = [
  { value: 'correction', label: 'Correction', hint: 'Something we published was wrong. Readers see a dated notice near the top.' },
  { value: 'update', label: 'Update', hint: 'New information. Readers see a dated note at the foot.' },
  { value: 'silent', label: 'Silent fix', hint: 'Typos only: no note.' },
];

export function ChangeKindFields({ review, errors, change }: { review: ReviewValues; errors: FieldErrors; change: ChangeClass | null }) {
  return (
    <fieldset class={`change-kind${errors.changeKind ? ' has-error' : ''}`} id="change-kind" aria-describedby={describedBy('changeKind', errors, true)}>
      <legend>What kind of change is this?</legend>
      <p class="hint" id="changeKind-hint">
        This story is published. A changed name, number or quotation is never a silent fix.
      </p>
      {kinds.map((kind) => (
        <div class="field checkbox">
          <input type="radio" id={`changeKind-${kind.value}`} name="changeKind" value={kind.value} checked={review.changeKind === kind.value} />
          <label for={`changeKind-${kind.value}`}>
            {kind.label} <span class="hint">{kind.hint}</span>
          </label>
        </div>
      ))}
      <FieldError name="changeKind" errors={errors} />
      <p class="change-verdict" id="change-verdict" role="status" aria-live="polite">
        {change && !change.unchanged && !change.silentAllowed ? describeChange(change) : ''}
      </p>
      <TextAreaField name="changeNote" label="Note for readers" value={review.changeNote} errors={errors} rows={3} hint="For a correction, say what was wrong: “An earlier version of this article gave the wrong date for the vote.”" />
    </fieldset>
  );
}
