import { hasMessage, translator, type Translate } from '../i18n/index.ts';

/**
 * Seeded names (process titles, the Global Mechanism's bodies and their themes) in the reader's
 * language while they are as seeded; a title the Secretariat typed is shown as typed.
 */
const en = translator('en');
function seeded(t: Translate, key: string, stored: string) {
  return t.lang !== 'en' && hasMessage(key) && en(key) === stored ? t(key) : stored;
}

export const processTitle = (t: Translate, p: { slug: string; title: string }) => seeded(t, `processes.seed.${p.slug}`, p.title);
export const bodyTitle = (t: Translate, b: { slug: string; title: string }) => seeded(t, `processes.seed.body.${b.slug}`, b.title);
export const bodyTheme = (t: Translate, b: { slug: string; theme: string | null }) => (b.theme ? seeded(t, `processes.seed.theme.${b.slug}`, b.theme) : '');
