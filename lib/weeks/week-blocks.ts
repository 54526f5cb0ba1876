// The blocks of 13 weeks that weekly entries are summed in (week_blocks, migration 0016): a
// block starts on 2000-01-03, a Monday, plus a multiple of 91 days. The migration's
// week_block_start does the same in SQL (lib/dashboard/data/week-blocks.int.test.ts checks
// that the two agree).
export const WEEKS_PER_BLOCK = 13;
const BLOCK_DAYS = WEEKS_PER_BLOCK * 7;
const EPOCH = Date.UTC(2000, 0, 3);
const DAY_MS = 86_400_000;

const dayOf = (monday: string) => {
  const [y, m, d] = monday.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
};
const mondayOf = (day: number) => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);

/** The Monday that starts the block holding the week of `monday`. */
export function blockStartOf(monday: string): string {
  return mondayOf(Math.floor(dayOf(monday) / BLOCK_DAYS) * BLOCK_DAYS);
}

/**
 * The whole blocks between two Mondays (both weeks included): the first block's Monday and
 * the Monday of the last block's last week, or null when no whole block fits.
 */
export function wholeBlocksWithin(fromMonday: string, toMonday: string): { from: string; to: string } | null {
  const first = Math.ceil(dayOf(fromMonday) / BLOCK_DAYS);
  const last = Math.floor((dayOf(toMonday) + 7) / BLOCK_DAYS) - 1;
  if (first > last) return null;
  return { from: mondayOf(first * BLOCK_DAYS), to: mondayOf(last * BLOCK_DAYS + BLOCK_DAYS - 7) };
}
