// Reading the `?page=` of a list. Anything but a whole number from 1 up is "no such page".
import type { PageRequest } from '../pagination.ts';

export function parsePage(raw: unknown, pageSize: number): PageRequest | undefined {
  if (raw === undefined) return { page: 1, pageSize };
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) return undefined;
  return { page: Number(raw), pageSize };
}
