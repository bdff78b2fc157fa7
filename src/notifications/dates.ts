import { formatDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';

/**
 * A date (or date and time, in UTC) as the reader's language writes it; stored values stay ISO.
 * @example readerDate('2026-06-30', 'fr') // '30 juin 2026'
 */
export function readerDate(value: Date | string, lang: Lang, withTime = false): string {
  return formatDate(value, lang, { time: withTime });
}
