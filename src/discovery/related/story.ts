// An article's story (series), as editors type it ("Tesse river treaty"), compared without case
// or extra spaces: "tesse river treaty". Empty means none.
export function normaliseStory(story: string | null | undefined): string | null {
  const normal = (story ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return normal === '' ? null : normal;
}
