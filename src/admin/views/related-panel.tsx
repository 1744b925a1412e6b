// In the editor: the related stories readers will see, and the editor's say over them. Pin a
// story (pins come first, in order) or exclude one (never shown); each is its own small form.
// Each suggestion says why it was made: its confidence and what the two articles share; each pin
// and exclusion, what it taught the engine to count for more or less in other pairs.
import type { Explanation, SharedTerm } from '../../discovery/related/related.ts';
import { Csrf } from './form-fields.tsx';

export interface RelatedPanelData {
  shown: { id: number; headline: string; path: string; explanation?: Explanation }[];
  /** Each pin and exclusion, with the shared terms it taught the engine (counted for more or less in other pairs). */
  pins: { id: number; headline: string; kind: 'pin' | 'exclude'; taught: SharedTerm[] }[];
}

function PinForm({ articleId, csrf, action, related, label }: { articleId: number; csrf: string; action: 'pin' | 'exclude' | 'clear'; related: number; label: string }) {
  return (
    <form method="post" action={`/admin/articles/${articleId}/related`} class="inline">
      <Csrf token={csrf} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="related" value={String(related)} />
      <button type="submit">{label}</button>
    </form>
  );
}

const kindLabel = { word: '', person: 'person: ', tag: 'tag: ' } as const;
const termsText = (terms: SharedTerm[]) => terms.map((term) => `${kindLabel[term.kind]}${term.text}`).join(', ');
const learnedLabel = { strengthened: ' (weighted up by a pin)', weakened: ' (weighted down by an exclusion)' } as const;

/** What a pin or exclusion taught, in a sentence (nothing when it taught nothing: the pair shared no specific term). */
function Taught({ pin }: { pin: RelatedPanelData['pins'][number] }) {
  if (pin.taught.length === 0) return null;
  return (
    <p class="related-taught">
      {pin.kind === 'pin' ? 'Counts for more in other pairs: ' : 'Counts for less in other pairs: '}
      {termsText(pin.taught)}
    </p>
  );
}

function Why({ explanation }: { explanation: Explanation }) {
  return (
    <p class="related-why">
      <span class="related-confidence">Confidence {Math.round(explanation.confidence * 100)}%</span>
      {explanation.sameStory ? '; same story' : ''}
      {explanation.shared.length > 0 ? `; shares ${explanation.shared.map((term) => `${termsText([term])}${term.learned ? learnedLabel[term.learned] : ''}`).join(', ')}` : '; shares no indexed term'}
    </p>
  );
}

export function RelatedPanel({ articleId, csrf, data, error }: { articleId: number; csrf: string; data: RelatedPanelData; error?: string }) {
  const pinned = new Map(data.pins.filter((pin) => pin.kind === 'pin').map((pin) => [pin.id, pin]));
  return (
    <section class="related-panel" aria-labelledby="related-panel-heading">
      <h2 id="related-panel-heading">Related stories</h2>
      <p class="hint">The first is the inline “See also”; the next ones are listed after the body. Chosen by relevance unless you pin or exclude. A pin or an exclusion also teaches: what the two stories share counts for more (a pin) or less (an exclusion) in other pairs.</p>
      {data.shown.length > 0 ? (
        <ol>
          {data.shown.map((story) => (
            <li>
              <a href={story.path}>{story.headline}</a> {pinned.has(story.id) ? <strong>(pinned)</strong> : null}{' '}
              {pinned.has(story.id) ? <PinForm articleId={articleId} csrf={csrf} action="clear" related={story.id} label="Unpin" /> : <PinForm articleId={articleId} csrf={csrf} action="exclude" related={story.id} label="Exclude" />}
              {story.explanation ? <Why explanation={story.explanation} /> : null}
              {pinned.has(story.id) ? <Taught pin={pinned.get(story.id)!} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>No story is close enough yet, so readers see no “See also” box.</p>
      )}
      {data.pins.some((pin) => pin.kind === 'exclude') ? (
        <>
          <h3>Excluded</h3>
          <ul>
            {data.pins
              .filter((pin) => pin.kind === 'exclude')
              .map((pin) => (
                <li>
                  {pin.headline} <PinForm articleId={articleId} csrf={csrf} action="clear" related={pin.id} label="Allow again" />
                  <Taught pin={pin} />
                </li>
              ))}
          </ul>
        </>
      ) : null}
      <form method="post" action={`/admin/articles/${articleId}/related`} class="pin-form">
        <Csrf token={csrf} />
        <input type="hidden" name="action" value="pin" />
        <label for="pin-related">Pin a story (its address or slug)</label>
        <input id="pin-related" name="related" type="text" aria-describedby={error ? 'pin-related-error' : undefined} />
        {error ? (
          <p class="field-error" id="pin-related-error">
            {error}
          </p>
        ) : null}
        <button type="submit">Pin</button>
      </form>
    </section>
  );
}
