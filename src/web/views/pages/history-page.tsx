// A story's public history: each version readers saw since it was first published, the note
// that came with each change (or "minor fix"), and what changed in the headline, standfirst and
// text, word by word. Long unchanged stretches are shortened so the changes stand out.
import type { ArticleNote, DiffPart } from '../../../content/content.ts';
import { Document } from '../document.tsx';
import { formatDateTime } from '../format.ts';
import type { PageContext } from '../page-context.ts';

export interface HistoryChange {
  version: number;
  at: Date;
  note: ArticleNote | null;
  diffs: { label: string; parts: DiffPart[] }[];
}

export interface HistoryPageProps {
  ctx: PageContext;
  article: { headline: string; path: string };
  firstPublished: Date;
  changes: HistoryChange[];
}

const keep = 160;

function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff">
      {parts.map((part, i) => {
        if (part.kind === 'added') return <ins>{part.text}</ins>;
        if (part.kind === 'removed') return <del>{part.text}</del>;
        if (part.text.length <= 2 * keep + 20) return <span>{part.text}</span>;
        const head = i === 0 ? '' : part.text.slice(0, keep);
        const tail = i === parts.length - 1 ? '' : part.text.slice(-keep);
        return <span>{`${head} … ${tail}`}</span>;
      })}
    </p>
  );
}

export function HistoryPage({ ctx, article, firstPublished, changes }: HistoryPageProps) {
  const { strings, site } = ctx;
  const when = (date: Date) => formatDateTime(date, site.language, site.timeZone);
  return (
    <Document ctx={ctx} meta={{ title: `${strings.historyTitle}: ${article.headline}`, canonicalPath: `${article.path}/history`, noindex: true }}>
      <header class="listing-header">
        <h1>{strings.historyTitle}</h1>
        <p class="history-story">
          <a href={article.path}>{article.headline}</a>
        </p>
        <p class="listing-description">{strings.historyIntro}</p>
        <p class="hint">{strings.historyLegend}</p>
      </header>
      <ol class="history" reversed>
        {[...changes].reverse().map((change) => (
          <li class="history-version" id={`version-${change.version}`}>
            <h2>
              <time datetime={change.at.toISOString()}>{strings.changedAt(when(change.at))}</time>
            </h2>
            <p class={`history-note${change.note ? ` history-${change.note.kind}` : ''}`}>
              {change.note ? (
                <>
                  <strong>{change.note.kind === 'correction' ? strings.correction : strings.updates}:</strong> {change.note.note}
                </>
              ) : (
                strings.minorFix
              )}
            </p>
            {change.diffs.map((diff) => (
              <section class="history-diff">
                <h3>{diff.label}</h3>
                <DiffText parts={diff.parts} />
              </section>
            ))}
          </li>
        ))}
        <li class="history-version">
          <h2>
            <time datetime={firstPublished.toISOString()}>{`${strings.asFirstPublished}, ${when(firstPublished)}`}</time>
          </h2>
        </li>
      </ol>
      <p>
        <a href={article.path}>← {strings.backToStory}</a>
      </p>
    </Document>
  );
}
