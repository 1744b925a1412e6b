// Where a reader's own held comments go in a cached article page, for that reader alone: a reply
// at the end of its parent's replies, a new comment (or a reply whose parent is not shown) at
// the held slot after the thread. Works on the page's bytes: reader text in the page is escaped,
// so the only `</article>` and `<ol`/`</ol>` tags in the thread are the page's own.
export interface HeldItem {
  parentId: number | null;
  /** The comment's `<article>`, rendered alone. */
  html: string;
}

const list = '<ol class="comment-list">';

/** The end of the reply list that starts at `start`, i.e. the offset of its own `</ol>`. */
function endOfList(page: Buffer, start: number): number {
  let depth = 0;
  let at = start;
  for (;;) {
    const open = page.indexOf('<ol', at);
    const close = page.indexOf('</ol>', at);
    if (close < 0) return -1;
    if (open >= 0 && open < close) {
      depth += 1;
      at = open + 3;
    } else {
      depth -= 1;
      if (depth === 0) return close;
      at = close + 5;
    }
  }
}

/** Where a reply to `parentId` goes, and whether it needs a list of its own; undefined when the parent is not in the page. */
function replyPlace(page: Buffer, parentId: number): { offset: number; newList: boolean } | undefined {
  const parent = page.indexOf(`id="comment-${parentId}"`);
  if (parent < 0) return undefined;
  const close = page.indexOf('</article>', parent);
  if (close < 0) return undefined;
  const after = close + '</article>'.length;
  if (page.subarray(after, after + list.length).toString() !== list) return { offset: after, newList: true };
  const end = endOfList(page, after);
  return end < 0 ? undefined : { offset: end, newList: false };
}

/** The page with the held comments in place; top-level ones (and orphans) at `slotOffset`. */
export function placeHeldComments(page: Buffer, slotOffset: number, items: HeldItem[]): Buffer {
  const inserts: { offset: number; text: string }[] = [];
  const atSlot: string[] = [];
  const byParent = new Map<number, string[]>();
  for (const item of items) {
    if (item.parentId === null) atSlot.push(item.html);
    else byParent.set(item.parentId, [...(byParent.get(item.parentId) ?? []), item.html]);
  }
  for (const [parentId, replies] of byParent) {
    const place = replyPlace(page, parentId);
    const items = replies.map((html) => `<li>${html}</li>`).join('');
    if (!place) atSlot.push(...replies);
    else inserts.push({ offset: place.offset, text: place.newList ? `${list}${items}</ol>` : items });
  }
  if (atSlot.length > 0 && slotOffset >= 0) inserts.push({ offset: slotOffset, text: `<div class="held-comments">${atSlot.join('')}</div>` });
  inserts.sort((a, b) => a.offset - b.offset);
  const parts: Buffer[] = [];
  let from = 0;
  for (const insert of inserts) {
    parts.push(page.subarray(from, insert.offset), Buffer.from(insert.text));
    from = insert.offset;
  }
  parts.push(page.subarray(from));
  return Buffer.concat(parts);
}
