// The editor's byline: a row a person, in order, each with what they did on this story (writer,
// additional reporting, photographs…). Filled rows and two empty ones are shown, so any number
// of people can be credited without JavaScript: save, and two more empty rows appear.
import { type ArticleFormValues, bylineRowsShown } from '../article-form.ts';
import { creditLabels, credits } from '../../content/content.ts';
import { describedBy, FieldError, type FieldErrors, Fieldset } from './form-fields.tsx';

export function BylineFields({ values, errors, people }: { values: ArticleFormValues; errors: FieldErrors; people: { id: number; name: string }[] }) {
  return (
    <Fieldset legend="Byline, in order">
      {Array.from({ length: bylineRowsShown(values) }, (_, i) => {
        const name = `author${i + 1}`;
        const creditName = `${name}Credit`;
        return (
          <div class={`byline-row${errors[name] || errors[creditName] ? ' has-error' : ''}`}>
            <div class="field">
              <label for={name}>Person {i + 1}</label>
              <select id={name} name={name} aria-describedby={describedBy(name, errors)}>
                <option value="">—</option>
                {people.map((person) => (
                  <option value={String(person.id)} selected={values.authors[i] === String(person.id)}>
                    {person.name}
                  </option>
                ))}
              </select>
              <FieldError name={name} errors={errors} />
            </div>
            <div class="field">
              <label for={creditName}>Credit for person {i + 1}</label>
              <select id={creditName} name={creditName} aria-describedby={describedBy(creditName, errors)}>
                {credits.map((credit) => (
                  <option value={credit} selected={(values.credits[i] ?? 'author') === credit}>
                    {creditLabels[credit]}
                  </option>
                ))}
              </select>
              <FieldError name={creditName} errors={errors} />
            </div>
          </div>
        );
      })}
    </Fieldset>
  );
}
