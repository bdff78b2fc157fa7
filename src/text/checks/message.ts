/**
 * A flag's explanation as data: a catalogue key (`drafting.check.*`) and its parameters, so the
 * checks page can give it in the reader's language. The `explanation` of the JSON contract is the
 * English rendering of the same message, so the two never say different things.
 *
 * The message travels beside the flag (a WeakMap), not in it: the flag's shape `{ kind, explanation }`
 * is a contract of `accord check --json` and the API.
 */
import { elementById } from '../../framework/catalogue/index.ts';
import { TRANSLATIONS } from '../../framework/catalogue/translations.ts';
import { percent } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import type { Flag, FlagKind } from './types.ts';

export interface Message {
  /** A key under `drafting.check.` in the drafting catalogue. */
  key: string;
  params?: Record<string, Param>;
}

export type Param =
  | string
  | number
  /** Words from the draft or the agreed text, each in the language's quotation marks. */
  | { quoted: string[] }
  /** Names (delegations), listed without quotation marks. */
  | { names: string[] }
  /** A framework element, shown by its title in the reader's language. */
  | { element: string }
  /**
   * A name from the framework or the meeting record, quoted: as it is in English (the contract's
   * explanation names ids and values as stored, and readers of the JSON match on them); in the other
   * languages by the framework's translation of `id` or the catalogue's text for `key`, where there is one.
   */
  | { named: string; id?: string; key?: string }
  /** A share (0–1), written as a percentage the way the language writes one ("7.5%", "7,5 %"). */
  | { share: number }
  /** Several messages in a row. */
  | { parts: Message[]; sep: 'comma' | 'semicolon' | 'and' }
  | Message;

const messages = new WeakMap<Flag, Message>();

/** A flag whose explanation is `message` in English. */
export function flag(kind: FlagKind, message: Message): Flag {
  const made: Flag = { kind, explanation: renderMessage(message, 'en') };
  messages.set(made, message);
  return made;
}

/** The flag's explanation in `lang`; a flag made elsewhere (no message) keeps its own text. */
export function explainFlag(f: Flag, lang: Lang): string {
  const message = messages.get(f);
  return message ? renderMessage(message, lang) : f.explanation;
}

/** Renders a message whole, its first letter capitalised (findings are joined lower-case fragments). */
export function renderMessage(message: Message, lang: Lang): string {
  const text = render(message, lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

function render(message: Message, lang: Lang): string {
  const t = translator(lang);
  const values = new Map(Object.entries(message.params ?? {}).map(([k, v]) => [k, param(v, lang)]));
  // One pass over the template: a quoted word that happens to contain "{source}" stays as typed.
  return t(`drafting.check.${message.key}`).replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole);
}

function param(value: Param, lang: Lang): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const t = translator(lang);
  const comma = t('drafting.check.sep.comma');
  const quote = (x: string) => t('drafting.check.quote').replace('{x}', () => x);
  if ('quoted' in value) return value.quoted.map(quote).join(comma);
  if ('names' in value) return value.names.join(comma);
  if ('share' in value) return percent(value.share, lang, 1);
  if ('named' in value) {
    const own =
      lang === 'en'
        ? undefined
        : ((value.id ? TRANSLATIONS[value.id]?.[lang]?.title : undefined) ?? (value.key && t(value.key) !== value.key ? t(value.key) : undefined));
    return quote(own ?? value.named);
  }
  if ('element' in value) {
    const title = lang === 'en' ? undefined : TRANSLATIONS[value.element]?.[lang]?.title;
    return title ?? elementById(value.element)?.title ?? value.element;
  }
  if ('parts' in value) return value.parts.map((m) => render(m, lang)).join(t(`drafting.check.sep.${value.sep}`));
  return render(value, lang);
}
