// What a person did on one article. 'author' is the byline proper ("By …"); the others are
// credited after it ("Additional reporting by …", "Photographs by …"), in byline order.
export const credits = ['author', 'additional-reporting', 'photographs', 'video', 'graphics'] as const;
export type Credit = (typeof credits)[number];

export const isCredit = (value: unknown): value is Credit => typeof value === 'string' && (credits as readonly string[]).includes(value);

/** The newsroom's names for each credit (the form's choices). */
export const creditLabels: Record<Credit, string> = {
  author: 'Writer',
  'additional-reporting': 'Additional reporting',
  photographs: 'Photographs',
  video: 'Video',
  graphics: 'Graphics',
};

/** People grouped by credit, groups in the order of `credits`, people in byline order. */
export function groupByCredit<T extends { credit?: Credit }>(people: T[]): { credit: Credit; people: T[] }[] {
  return credits.map((credit) => ({ credit, people: people.filter((person) => (person.credit ?? 'author') === credit) })).filter((group) => group.people.length > 0);
}

/** The byline proper: the writers, or everyone when no one is credited as a writer (a photo essay). */
export function writersOf<T extends { credit?: Credit }>(people: T[]): T[] {
  const writers = people.filter((person) => (person.credit ?? 'author') === 'author');
  return writers.length > 0 ? writers : people;
}
