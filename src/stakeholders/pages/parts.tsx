import type { Child } from 'hono/jsx';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { Ctx } from '../../server/context.ts';
import { Csrf } from '../../server/layout.tsx';

/** What the stakeholders' pages share: a list's table, an application's status, a one-button form, dates. */

/** A list as a table: its caption and column headers, and one row saying so when the list is empty. */
export function ListTable({ id, caption, headers, empty, rows }: { id?: string; caption: string; headers: Child[]; empty: string; rows: Child[] }) {
  return (
    <table id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colspan={headers.length} class="muted">
              {empty}
            </td>
          </tr>
        ) : (
          rows
        )}
      </tbody>
    </table>
  );
}

/** An application's status as a tag in the reader's language. */
export function StatusTag({ c, status }: { c: Ctx; status: string }) {
  return <span class={`tag status-${status}`}>{c.get('t')(`stakeholders.status.${status}`)}</span>;
}

/** A form that is one secondary button (apply to a process, remove a representative). */
export function ButtonForm({ c, action, label, ariaLabel }: { c: Ctx; action: string; label: string; ariaLabel?: string }) {
  return (
    <form method="post" action={action}>
      <Csrf c={c} />
      <button type="submit" class="secondary" aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

/** A moment of an application's life (submitted, deadline, a step of its history), with its time. */
export const dateTime = (d: Date | string | null, lang: Lang) => formatDate(d, lang, { time: true, dash: true });
