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
