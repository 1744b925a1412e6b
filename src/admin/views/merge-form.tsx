// "Merge into another …": the one form tags and sections share — what merging does, the errors,
// a required choice of the survivor, and a danger button naming what goes. No choice, no form.
import type { ComponentChildren } from 'preact';
import { Csrf, ErrorSummary, type FieldErrors, SelectField } from './form-fields.tsx';

export function MergeForm(props: { kind: 'tag' | 'section'; name: string; action: string; csrf: string; value: string; errors: FieldErrors; choices: { value: string; label: string }[]; children: ComponentChildren }) {
  return (
    <section aria-labelledby="merge-heading" class="admin-form">
      <h2 id="merge-heading">Merge into another {props.kind}</h2>
      <p>{props.children}</p>
      <ErrorSummary errors={props.errors} />
      {props.choices.length > 0 ? (
        <form method="post" action={props.action}>
          <Csrf token={props.csrf} />
          <SelectField name="intoId" label="Merge into" value={props.value} errors={props.errors} required options={[{ value: '', label: `Choose a ${props.kind}…` }, ...props.choices]} />
          <button type="submit" class="danger">
            Merge and remove “{props.name}”
          </button>
        </form>
      ) : (
        <p>There is no other {props.kind} to merge into.</p>
      )}
    </section>
  );
}
