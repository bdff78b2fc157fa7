import { hasMessage, type Translate } from './index.ts';

/**
 * A process's name in the reader's language: the catalogue's for the processes Accord ships with
 * (`core.process.<slug>`), else the title the Secretariat gave it.
 * @example processName(translator('fr'), { slug: 'global-mechanism', title: 'Global Mechanism' }) // "Mécanisme mondial"
 */
export function processName(t: Translate, p: { slug: string; title: string }): string {
  const key = `core.process.${p.slug}`;
  return hasMessage(key) ? t(key) : p.title;
}
