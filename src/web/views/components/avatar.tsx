// A person's portrait, or their initials on a tinted disc when there is none. Sizes are CSS
// classes, not inline styles, so the Content-Security-Policy can forbid inline styles.
import { initialsOf } from '../format.ts';

/** `decorative` when the name is printed right beside the portrait, so it is not read twice. */
export function Avatar({ person, size, decorative = false }: { person: { name: string; avatarUrl: string | null }; size: number; decorative?: boolean }) {
  if (person.avatarUrl) {
    return <img class={`avatar avatar-${size}`} src={person.avatarUrl} alt={decorative ? '' : person.name} width={size} height={size} loading="lazy" decoding="async" />;
  }
  return (
    <span class={`avatar avatar-initials avatar-${size}`} {...(decorative ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': person.name })}>
      {initialsOf(person.name)}
    </span>
  );
}
