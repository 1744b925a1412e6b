// The curated home front: pins (lead, featured) with optional start and end times, and page 1
// of the home composed from them and the latest stories (`composeFront`). A pin's change says
// 'site.changed' what: 'front'; a pin starting or ending on its own is noticed by the
// background jobs (`noticeSchedule`, jobs.ts), which say the same.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { type CursorPage, cursorOf } from '../pagination.ts';
import type { ArticleSummary } from './article.ts';
import type { ArticleService } from './article.service.ts';
import { curatedOrder, type FrontSlot, type FrontSlotKind, scheduleTurned } from './front-slot.ts';
import * as repo from './front.repository.ts';

export type FrontService = ReturnType<typeof createFrontService>;

export interface PinInput {
  kind: FrontSlotKind;
  articleId: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

const onField = (field: string) => ({ details: { field } });

export function createFrontService({ db, clock, events, articles }: { db: Db; clock: Clock; events: Events; articles: ArticleService }) {
  const changed = () => events.emit('site.changed', { what: 'front' });

  return {
    listSlots: () => repo.listSlots(db),

    /**
     * Page 1 of the home: the live lead pin (else the newest story), the live featured pins in
     * order, then the newest of the rest, `size` stories in all, none twice. `older` continues
     * after the last story filled by recency, so paging on skips none.
     */
    async composeFront(size: number): Promise<CursorPage<ArticleSummary> | undefined> {
      const { leadId, featuredIds } = curatedOrder(await repo.listSlots(db), clock.now());
      const pinned = await articles.listPublishedByIds([...(leadId !== undefined ? [leadId] : []), ...featuredIds]);
      const lead = pinned.find((story) => story.id === leadId);
      const featured = pinned.filter((story) => story.id !== leadId).slice(0, Math.max(0, size - 1));
      const latest = await articles.listPublishedPage({}, {}, size + pinned.length);
      if (!latest) return undefined;
      const shownPins = new Set([...(lead ? [lead.id] : []), ...featured.map((story) => story.id)]);
      const rest = latest.items.filter((story) => !shownPins.has(story.id));
      const fill = rest.slice(0, Math.max(0, size - shownPins.size));
      const last = fill.at(-1);
      const more = rest.length > fill.length || latest.older !== undefined;
      const [first, ...others] = lead ? [lead, ...fill] : fill;
      // Without a lead pin the newest story leads; featured pins come right after the lead.
      const items = first ? [first, ...featured, ...others] : featured;
      return { items, ...(more && last && { older: cursorOf(last) }) };
    },

    async pin(input: PinInput): Promise<number> {
      const article = await articles.getArticle(input.articleId).catch(() => undefined);
      if (!article || article.status === 'draft') throw new AppError('VALIDATION_FAILED', 'Choose a published or scheduled story.', onField('articleId'));
      const now = clock.now();
      if (input.endsAt && input.endsAt <= (input.startsAt ?? now)) throw new AppError('VALIDATION_FAILED', 'The end must come after the start (and after now).', onField('endsAt'));
      const slots = await repo.listSlots(db);
      const position = slots.filter((slot) => slot.kind === input.kind).length;
      const id = await repo.insertSlot(db, { kind: input.kind, position, articleId: article.id, startsAt: input.startsAt ? toStoredTime(input.startsAt) : null, endsAt: input.endsAt ? toStoredTime(input.endsAt) : null, createdAt: toStoredTime(now) });
      await changed();
      return id;
    },

    /** Moves a pin one place earlier or later among its kind; at either end, nothing changes. */
    async move(id: number, direction: 'up' | 'down'): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const all = await repo.listSlots(trx);
        const kind = all.find((slot) => slot.id === id)?.kind;
        if (!kind) throw new AppError('NOT_FOUND', 'There is no such pin.');
        const order: FrontSlot[] = all.filter((slot) => slot.kind === kind);
        const index = order.findIndex((slot) => slot.id === id);
        const other = direction === 'up' ? index - 1 : index + 1;
        if (other < 0 || other >= order.length) return;
        [order[index], order[other]] = [order[other]!, order[index]!];
        for (const [position, slot] of order.entries()) if (slot.position !== position) await repo.setSlotPosition(trx, slot.id, position);
      });
      await changed();
    },

    async unpin(id: number): Promise<void> {
      if (!(await repo.listSlots(db)).some((slot) => slot.id === id)) throw new AppError('NOT_FOUND', 'There is no such pin.');
      await repo.deleteSlot(db, id);
      await changed();
    },

    /** Called by the background jobs: if a pin started or ended between `from` and `to`, the home front changed. */
    async noticeSchedule(from: Date, to: Date): Promise<void> {
      if (scheduleTurned(await repo.listSlots(db), from, to)) await changed();
    },
  };
}
