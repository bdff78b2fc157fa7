import type { Lang } from '../i18n/languages.ts';

/**
 * A date (or date and time, in UTC) as the reader's language writes it; stored values stay ISO.
 * @example readerDate('2026-06-30', 'fr') // '30 juin 2026'
 */
export function readerDate(value: Date | string, lang: Lang, withTime = false): string {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  // English as the UN writes it: day, month, year ("30 June 2026").
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const, timeZoneName: 'short' as const } : {}),
  }).format(d);
}
