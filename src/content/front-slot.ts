// The curated home front. An editor pins a story as the lead or into a featured place, each pin
// live from `startsAt` (null: now) until `endsAt` (null: until removed). Page 1 of the home shows
// the live lead (else the newest story), the live featured stories in order, then fills by
// recency; no story appears twice on one page.
export type FrontSlotKind = 'lead' | 'featured';

export interface FrontSlot {
  id: number;
  kind: FrontSlotKind;
  position: number;
  articleId: number;
  startsAt: Date | null;
  endsAt: Date | null;
}

export const isLive = (slot: Pick<FrontSlot, 'startsAt' | 'endsAt'>, now: Date) => (!slot.startsAt || slot.startsAt <= now) && (!slot.endsAt || slot.endsAt > now);

/** The ids page 1 of the home shows first: the live lead, then the live featured pins in order, each once. */
export function curatedOrder(slots: FrontSlot[], now: Date): { leadId?: number; featuredIds: number[] } {
  const live = slots.filter((slot) => isLive(slot, now)).sort((a, b) => a.position - b.position || a.id - b.id);
  const leadId = live.find((slot) => slot.kind === 'lead')?.articleId;
  const featuredIds = [...new Set(live.filter((slot) => slot.kind === 'featured' && slot.articleId !== leadId).map((slot) => slot.articleId))];
  return { ...(leadId !== undefined && { leadId }), featuredIds };
}

/** Whether the set of live pins differs between two moments: a pin started or ended in between. */
export const scheduleTurned = (slots: FrontSlot[], from: Date, to: Date) => slots.some((slot) => isLive(slot, from) !== isLive(slot, to));
