// A page of a list, as every `list*` function returns it. Pages are numbered from 1.
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function toPage<T>(items: T[], request: PageRequest, total: number): Page<T> {
  return { items, page: request.page, pageSize: request.pageSize, total, pageCount: Math.max(1, Math.ceil(total / request.pageSize)) };
}

export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}

/**
 * A page of a list read by keyset, newest first: no page numbers, no total (counting a large
 * archive on every view costs more than the page). `older` and `newer` are the cursors of the
 * neighbouring pages, when there are any.
 */
export interface CursorPage<T> {
  items: T[];
  /** The cursor this page was asked for, if any (part of its canonical address). */
  position?: { before: string } | { after: string };
  older?: string;
  newer?: string;
}

/** `before`/`after` as a list's query string gives them: `<published ms>-<id>`; undefined if malformed. */
export function parseCursor(raw: string): { publishedAt: string; id: number } | undefined {
  const match = /^(\d{1,15})-(\d{1,12})$/.exec(raw);
  if (!match) return undefined;
  const time = new Date(Number(match[1]));
  if (Number.isNaN(time.getTime())) return undefined;
  return { publishedAt: time.toISOString(), id: Number(match[2]) };
}

export const cursorOf = (item: { id: number; publishedAt: Date }): string => `${item.publishedAt.getTime()}-${item.id}`;
