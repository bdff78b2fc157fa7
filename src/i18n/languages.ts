/** The six official UN languages, in the UN's order (alphabetical in English... by UN practice: ar, zh, en, fr, ru, es). */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's own name for itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
export const dirOf = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');

/** Picks the best supported language from an Accept-Language header. */
export function negotiate(header: string | undefined | null): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: (tag ?? '').trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (ranked.find((r) => isLang(r.lang))?.lang as Lang | undefined) ?? 'en';
}
