// Corrections and updates on the article page: corrections as a dated notice near the top,
// where a reader who saw the error will look; updates as dated notes at the foot. Both link to
// the story's history page when the site publishes one (once: from the corrections if any).
import type { ArticleNote, NoteKind } from '../../../content/content.ts';
import type { Strings } from '../../strings.ts';
import { formatDateTime } from '../format.ts';

export interface NotesProps {
  kind: NoteKind;
  notes: ArticleNote[];
  strings: Strings;
  language: string;
  timeZone: string;
  historyPath?: string | undefined;
}

export function ArticleNotes({ kind, notes, strings, language, timeZone, historyPath }: NotesProps) {
  const shown = notes.filter((note) => note.kind === kind);
  if (shown.length === 0) return null;
  const correction = kind === 'correction';
  const linkHere = historyPath && (correction || !notes.some((note) => note.kind === 'correction'));
  const label = correction ? strings.correctionOn : strings.updateOn;
  return (
    <aside class={correction ? 'correction-notice' : 'article-updates'} aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`} class="notice-heading">
        {correction ? (shown.length > 1 ? strings.corrections : strings.correction) : strings.updates}
      </h2>
      <ul>
        {shown.map((note) => (
          <li id={`note-${note.id}`}>
            <strong>
              <time datetime={note.createdAt.toISOString()}>{label(formatDateTime(note.createdAt, language, timeZone))}</time>:
            </strong>{' '}
            {note.note}
          </li>
        ))}
      </ul>
      {linkHere ? <a href={historyPath}>{strings.seeWhatChanged}</a> : null}
    </aside>
  );
}
