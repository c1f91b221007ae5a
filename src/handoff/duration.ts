const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `12h`, `7d` → milliseconds; null for anything else or a span over a year. */
export function parseDuration(text: string): number | null {
  const found = /^(\d{1,4})([mhd])$/.exec(text.trim());
  if (!found) return null;
  const ms = Number(found[1]) * UNIT_MS[found[2] as keyof typeof UNIT_MS];
  return ms > 0 && ms <= 366 * UNIT_MS.d ? ms : null;
}
