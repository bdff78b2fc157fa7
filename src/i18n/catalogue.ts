import type { Lang } from './languages.ts';

export type Messages = Record<string, string>;
/** A capability's messages in all six languages; English is the reference the others must match. */
export type Catalogue<M extends Messages = Messages> = { en: M } & Record<Exclude<Lang, 'en'>, { [K in keyof M]: string }>;

export function defineCatalogue<M extends Messages>(c: Catalogue<M>): Catalogue<M> {
  return c;
}
