import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang } from './languages.ts';

export type Params = Record<string, string | number>;

/**
 * ICU MessageFormat, compiled once per (language, message) and kept: `{name}` arguments,
 * `{n, plural, one {# State} other {# States}}` with each language's plural rules (Russian
 * one/few/many, Arabic zero/one/two/few/many), `{x, select, …}`. Markup-like text such as
 * "<token>" is literal (ignoreTag); an apostrophe quotes only before `{`, `}`, `#` or another
 * apostrophe, so "l'{element}" must be written "l''{element}".
 * Simple arguments are printed as given (an id or a year is not grouped "2,026"); `#` in a plural
 * is formatted as a number in the language.
 */
const compiled = new Map<string, IntlMessageFormat | null>();

function compile(message: string, lang: Lang): IntlMessageFormat | null {
  const id = `${lang}\u0000${message}`;
  let f = compiled.get(id);
  if (f === undefined) {
    try {
      f = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
    } catch {
      f = null; // unparseable: the catalogue test names it; shown with plain substitution meanwhile
    }
    compiled.set(id, f);
  }
  return f;
}

/** Whether a message needs the formatter at all: plain text is returned as it is. */
const needsFormat = (message: string) => message.includes('{') || message.includes("'");

export function formatMessage(message: string, lang: Lang, params?: Params): string {
  if (!needsFormat(message)) return message;
  const f = compile(message, lang);
  const values: Record<string, string> = {};
  if (params) for (const [k, v] of Object.entries(params)) values[k] = String(v);
  if (f) {
    try {
      const out = f.format(values);
      return typeof out === 'string' ? out : (out as unknown[]).join('');
    } catch {
      // a parameter the caller did not pass: fall through and leave its {name} visible
    }
  }
  let text = message;
  for (const [k, v] of Object.entries(values)) text = text.replaceAll(`{${k}}`, v);
  return text;
}

/** The arguments a message takes, with their kind, for the placeholder test. */
export function argumentsOf(message: string, lang: Lang): string[] {
  const f = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value); // 0 literal, 7 pound
      if (el.options) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(f.getAst());
  return [...names].sort();
}

/** Every plural argument of a message with the categories it gives (`one`, `few`, `=0`…). */
export function pluralsOf(message: string, lang: Lang): { name: string; categories: string[] }[] {
  const f = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
  const out: { name: string; categories: string[] }[] = [];
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type === 6 && el.options) out.push({ name: el.value!, categories: Object.keys(el.options) });
      if (el.options) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(f.getAst());
  return out;
}
