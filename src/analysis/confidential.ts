/**
 * The aggregate rule for restricted reports. A report the reader may not read (restricted to the
 * Secretariat or to States) counts in an aggregate only when the aggregate holds at least
 * `minAggregate` reports; otherwise the aggregate shows only what the reader may read, and says that
 * something was withheld (without saying how much, which would be the very figure withheld).
 * Quotes are a separate matter: only readable reports are ever quoted (see `quotable`).
 */
export interface Admitted<T> {
  rows: T[];
  suppressed: boolean;
}

export function admit<T extends { readable: boolean }>(rows: T[], minAggregate: number): Admitted<T> {
  if (rows.length >= minAggregate || rows.every((r) => r.readable)) return { rows, suppressed: false };
  return { rows: rows.filter((r) => r.readable), suppressed: true };
}

export const quotable = <T extends { readable: boolean }>(rows: T[]) => rows.filter((r) => r.readable);
