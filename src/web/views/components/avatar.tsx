// A person's portrait, or their initials on a tinted disc when there is none. Sizes are CSS
// classes, not inline styles, so the Content-Security-Policy can forbid inline styles.
import { initialsOf } from '../format.ts';

export function Avatar({ person, size }: { person: { name: string; avatarUrl: string | null }; size: number }) {
  if (person.avatarUrl) {
    return <img class="avatar" src={person.avatarUrl} alt={person.name} width={size} height={size} loading="lazy" decoding="async" />;
  }
  return (
    <span class={`avatar avatar-initials avatar-${size}`} role="img" aria-label={person.name}>
      {initialsOf(person.name)}
    </span>
  );
}
