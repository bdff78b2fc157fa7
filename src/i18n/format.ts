import type { Lang } from './languages.ts';

/**
 * A share (0–1) as a percentage the way `lang` writes one: "7.5%" in English, "7,5 %" in French.
 * English is written by hand so its form never moves with the ICU version: machine-readable
 * explanations (`accord check --json`) quote it.
 * @example percent(0.075, 'fr', 1) // '7,5 %'
 */
export function percent(share: number, lang: Lang, digits = 0): string {
  if (lang === 'en') return `${(share * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export type DateInput = Date | string | number | null | undefined;

/** A date-only value ("2026-06-30", a DATE column) is a calendar day, not an instant: read it at noon UTC. */
function toDate(value: Exclude<DateInput, null | undefined>): Date {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/**
 * A date (with `time`, a date and time in UTC) the way the reader's language writes it: "30 June 2026"
 * (English as the UN writes it), "30 juin 2026", "30 июня 2026 г.", "2026年6月30日", Arabic
 * "30 يونيو 2026" with the digits the rest of the Arabic UI uses. Never an ISO string, which a
 * right-to-left page shows reversed; in Arabic the result is wrapped in Unicode isolates (the text
 * form of <bdi>) so it keeps its order inside a sentence too. '' for no date; `—` with `dash`.
 * @example formatDate('2026-06-30', 'fr') // '30 juin 2026'
 */
export function formatDate(value: DateInput, lang: Lang, opts: { time?: boolean; dash?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return opts.dash ? '—' : '';
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(opts.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const, timeZoneName: 'short' as const } : {}),
  }).format(d);
  return lang === 'ar' ? `\u2068${text}\u2069` : text;
}

/** The machine form for `<time datetime>`: the day for a date, the instant for a date and time. */
export function isoDate(value: Exclude<DateInput, null | undefined>, time = false): string {
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return '';
  return time ? d.toISOString() : d.toISOString().slice(0, 10);
}
