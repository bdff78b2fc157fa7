/**
 * The no-objection window counts working days: Saturdays and Sundays do not count (UN holidays are
 * not modelled). The deadline keeps the clock time of the opening, in UTC, on the n-th working day.
 * @example addWorkingDays(new Date('2026-03-06T12:00Z'), 1) // Friday → Monday 2026-03-09T12:00Z
 */
export function addWorkingDays(start: Date, days: number): Date {
  const d = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

/** The configured window length (ACCORD_NO_OBJECTION_WORKING_DAYS, default 10). */
export function defaultWindowDays(env = process.env): number {
  const n = Number(env.ACCORD_NO_OBJECTION_WORKING_DAYS ?? 10);
  return Number.isInteger(n) && n > 0 && n <= 60 ? n : 10;
}
