import { fieldMessagesOf, type FieldMessages, type Issue } from '../foundation/formError.ts';

/**
 * Field problems of the processes' forms and API (src/foundation/formError.ts) as catalogue keys (`processes.err.*` where the
 * schema names one, the shared `core.err.zod.*` otherwise), so a form shows each beside its field in
 * the reader's language while the API keeps the English text.
 */
export const messagesOf = (issues: readonly Issue[]): FieldMessages => fieldMessagesOf(issues, 'processes');

/** A slug from a title: lower-case ASCII words joined by hyphens, at most 60 characters. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
