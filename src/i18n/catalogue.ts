import type { Lang } from './languages.ts';

export type Messages = Record<string, string>;
/**
 * A capability's messages in all six languages (ICU MessageFormat strings, one JSON file per
 * language in `src/<capability>/locales/`); English is the reference the others must match.
 */
export type Catalogue<M extends Messages = Messages> = { en: M } & Record<Exclude<Lang, 'en'>, { [K in keyof M]: string }>;
