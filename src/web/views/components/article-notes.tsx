// Corrections and updates on the article page: corrections as a dated notice near the top,
// where a reader who saw the error will look; updates as dated notes at the foot. Both link to
// the story's history page when the site publishes one.
import type { ArticleNote } from '../../../content/content.ts';
import type { Strings } from '../../strings.ts';
import { formatDateTime } from '../format.ts';

interface NotesProps {
  notes: ArticleNote[];
  strings: Strings;
  language: string;
  timeZone: string;
  historyPath?: string | undefined;
}

function NoteList({ notes, label, language, timeZone }: { notes: ArticleNote[]; label: (date: string) => string; language: string; timeZone: string }) {
  return (
    <ul>
      {notes.map((note) => (
        <li id={`note-${note.id}`}>
          <strong>
            <time datetime={note.createdAt.toISOString()}>{label(formatDateTime(note.createdAt, language, timeZone))}</time>:
          </strong>{' '}
          {note.note}
        </li>
      ))}
    </ul>
  );
}

export function CorrectionNotice({ notes, strings, language, timeZone, historyPath }: NotesProps) {
  const corrections = notes.filter((note) => note.kind === 'correction');
  if (corrections.length === 0) return null;
  return (
    <aside class="correction-notice" aria-labelledby="correction-heading">
      <h2 id="correction-heading" class="notice-heading">
        {corrections.length > 1 ? strings.corrections : strings.correction}
      </h2>
      <NoteList notes={corrections} label={strings.correctionOn} language={language} timeZone={timeZone} />
      {historyPath ? <a href={historyPath}>{strings.seeWhatChanged}</a> : null}
    </aside>
  );
}

export function UpdateNotes({ notes, strings, language, timeZone, historyPath }: NotesProps) {
  const updates = notes.filter((note) => note.kind === 'update');
  if (updates.length === 0) return null;
  return (
    <aside class="article-updates" aria-labelledby="updates-heading">
      <h2 id="updates-heading" class="notice-heading">
        {strings.updates}
      </h2>
      <NoteList notes={updates} label={strings.updateOn} language={language} timeZone={timeZone} />
      {historyPath && !notes.some((note) => note.kind === 'correction') ? <a href={historyPath}>{strings.seeWhatChanged}</a> : null}
    </aside>
  );
}
