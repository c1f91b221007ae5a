/** How many conversations and people a process remembers having seen; past it, it starts again (a few writes more). */
export const SEEN_LIMIT = 10_000;

/** Whether `key` was seen already; records it if not. The set is emptied when full, so it never grows without end. */
export function seenBefore(seen: Set<string>, key: string, limit = SEEN_LIMIT): boolean {
  if (seen.has(key)) return true;
  if (seen.size >= limit) seen.clear();
  seen.add(key);
  return false;
}
