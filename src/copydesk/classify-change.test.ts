// Which edits to a published story may go out without a note: typos and punctuation only.
import { describe, expect, it } from 'vitest';
import { classifyChange } from './classify-change.ts';

const story = { headline: 'Council approves bus lanes', standfirst: 'A long night.', bodyMarkdown: 'The vote was 31 to 24.\n\n"We waited a decade," said Katarzyna Nowak.\n\nThe goverment was not consulted.' };
const edit = (bodyMarkdown: string) => classifyChange(story, { ...story, bodyMarkdown });

describe('classifyChange', () => {
  it('allows spelling, doubled words, spacing and punctuation as silent fixes', () => {
    expect(edit(story.bodyMarkdown.replace('goverment', 'government'))).toEqual({ unchanged: false, silentAllowed: true, reasons: [] });
    expect(edit(story.bodyMarkdown.replace('The goverment', 'The the goverment')).silentAllowed).toBe(false);
    expect(edit(story.bodyMarkdown.replace('was not', 'was  not')).silentAllowed).toBe(true);
    expect(classifyChange({ ...story, bodyMarkdown: 'It was the the end.' }, { ...story, bodyMarkdown: 'It was the end.' }).silentAllowed).toBe(true);
  });
  it('never lets a number, a name or a quotation change silently', () => {
    expect(edit(story.bodyMarkdown.replace('31 to 24', '32 to 23')).reasons).toContain('a number');
    expect(edit(story.bodyMarkdown.replace('Nowak', 'Nowek')).reasons).toContain('a name');
    expect(edit(story.bodyMarkdown.replace('waited a decade', 'waited a decadd')).reasons).toContain('a quotation');
  });
  it('calls new or reworded text what it is', () => {
    expect(edit(`${story.bodyMarkdown}\n\nWork begins in spring.`).reasons).toContain('the wording');
    expect(classifyChange(story, { ...story, headline: 'Council rejects bus lanes' }).silentAllowed).toBe(false);
    expect(classifyChange(story, story)).toEqual({ unchanged: true, silentAllowed: true, reasons: [] });
  });
});
