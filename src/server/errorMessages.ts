import { hasMessage, type Translate } from '../i18n/index.ts';
import { AppError, type FieldMessage } from '../foundation/errors.ts';

/**
 * An error in the reader's language, as data: the message an error carries as a key, else the one
 * written for its stable code (`core.err.<code>`), else one for its kind (`….not_found`,
 * `….exists`, `….expired`), else one for its HTTP status. English keeps the error's own message,
 * the reference the API's `message` also carries. Field messages likewise: a field's key (zod
 * issues map to `core.err.zod.*`, src/foundation/errors.ts), else a general "not valid".
 * @example localizeError(NotFound('That report'), translator('fr')).message // "Cette page n’existe pas…"
 */
export function localizeError(err: unknown, t: Translate): { message: string; fields?: Record<string, string> } {
  const known = err instanceof AppError ? err : null;
  if (t.lang === 'en') {
    return { message: known?.message ?? t('core.err.status.500'), fields: known?.fields };
  }
  if (!known) return { message: t('core.err.status.500') };
  const fieldKeys: Record<string, FieldMessage> = { ...(known as { messages?: Record<string, FieldMessage> }).messages, ...known.l10n?.fields };
  const fields = known.fields
    ? Object.fromEntries(
        Object.keys(known.fields).map((k) => {
          const m = fieldKeys[k];
          return [k, m ? t(m.key, m.params) : t('core.err.zod.invalid')];
        }),
      )
    : undefined;
  return { message: messageOf(known, t), fields };
}

function messageOf(err: AppError, t: Translate): string {
  if (err.l10n?.key && hasMessage(err.l10n.key)) return t(err.l10n.key, err.l10n.params);
  const byCode = `core.err.${err.code}`;
  if (hasMessage(byCode)) return t(byCode, err.l10n?.params);
  const kind = /\.(not_found|exists|duplicate|expired)$/.exec(err.code)?.[1];
  if (kind && err.status !== 400) return t(`core.err.kind.${kind === 'duplicate' ? 'exists' : kind}`);
  const status = `core.err.status.${err.status}`;
  return hasMessage(status) ? t(status) : t(err.status >= 500 ? 'core.err.status.500' : 'core.err.status.400');
}
