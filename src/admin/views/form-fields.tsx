// Labelled form fields with their error message tied to the input (aria-describedby), so a
// screen reader hears the problem with the field. Used by every admin form.
import type { ComponentChildren } from 'preact';

export type FieldErrors = Record<string, string | undefined>;

export function FieldError({ name, errors }: { name: string; errors: FieldErrors }) {
  const message = errors[name];
  return message ? (
    <p class="field-error" id={`${name}-error`}>
      {message}
    </p>
  ) : null;
}

export function describedBy(name: string, errors: FieldErrors, hint?: boolean): string | undefined {
  const ids = [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The frame every field shares: label (with * when required), hint, the control, its error. */
function FieldShell({ name, label, errors, required, hint, children }: { name: string; label: string; errors: FieldErrors; required?: boolean | undefined; hint?: string | undefined; children: ComponentChildren }) {
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={name}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function TextField(props: { name: string; label: string; value: string; errors: FieldErrors; type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local' | 'number'; required?: boolean; hint?: string; autocomplete?: string; maxLength?: number; list?: string }) {
  const { name, value, errors, type = 'text', required, hint, autocomplete, maxLength, list } = props;
  return (
    <FieldShell {...props}>
      <input id={name} name={name} type={type as 'text'} value={value} required={required} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, Boolean(hint))} autocomplete={autocomplete} maxLength={maxLength} list={list} />
    </FieldShell>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function TextAreaField(props: { name: string; label: string; value: string; errors: FieldErrors; rows?: number; hint?: string }) {
  const { name, value, errors, rows = 4, hint } = props;
  return (
    <FieldShell {...props}>
      <textarea id={name} name={name} rows={rows} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, Boolean(hint))}>
        {value}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(props: { name: string; label: string; value: string; options: { value: string; label: string }[]; errors: FieldErrors; required?: boolean; hint?: string }) {
  const { name, value, options, errors, required, hint } = props;
  return (
    <FieldShell {...props}>
      <select id={name} name={name} required={required} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, Boolean(hint))}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** "Not saved: N fields need attention", announced, above a form that came back with errors. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const count = Object.values(errors).filter(Boolean).length;
  if (count === 0) return null;
  return (
    <p class="form-error" role="alert">
      Not saved: {count === 1 ? 'one field needs' : `${count} fields need`} attention. Everything you typed is still here.
    </p>
  );
}

export function Notice({ text }: { text: string | undefined }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
