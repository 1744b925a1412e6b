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

export function TextField(props: { name: string; label: string; value: string; errors: FieldErrors; type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local' | 'number'; required?: boolean; hint?: string; autocomplete?: string; maxLength?: number }) {
  const { name, label, value, errors, type = 'text', required, hint, autocomplete, maxLength } = props;
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
      <input id={name} name={name} type={type as "text"} value={value} required={required} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, Boolean(hint))} autocomplete={autocomplete} maxLength={maxLength} />
      <FieldError name={name} errors={errors} />
    </div>
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
