/** Paged lists: which page to show of how many, and where it starts. Pure, shared by every list. */

/**
 * The page a list can show: the one asked for (a hand-edited URL's junk counts as page 1),
 * or the last when fewer remain (a filter narrowed the list).
 */
export function clampPage(requested: number, total: number, pageSize: number): { page: number; pageCount: number; first: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, first: (page - 1) * pageSize };
}
