import type { Child } from 'hono/jsx';
import type { Actor } from '../../accounts/actor.ts';
import { NotFound } from '../../foundation/errors.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { type formErrors, str } from '../../server/forms.tsx';

/**
 * What the registry's pages share: the route's id, the reader's State, form values, durations and
 * instants written for the reader, a select of fixed options, a table head, and the acknowledgement
 * links shown once after a check or a communication is sent.
 */

/** Links in emails point at the public address when one is configured, else at the address the request came to. */
export const baseUrl = (c: Ctx) => process.env.ACCORD_PUBLIC_URL ?? new URL(c.req.url).origin;

/** The route's numeric :id, or the item's 404 (no item has such an id). */
export const numId = (c: Ctx, what: string, code: string) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound(what, code);
  return id;
};

/** The State the actor acts for (a delegation's); null for everyone else. What they may do with it, the policy says. */
export const ownState = (actor: Actor) => (actor.kind === 'user' ? actor.stateIso3 : null);

/** A failed form's message and its fields' messages, in the reader's language. */
export type FormErrors = NonNullable<ReturnType<typeof formErrors>>;

/** A form's values as strings ('' for a file; the first of a repeated field). */
export const formStrings = (form: Record<string, unknown>): Record<string, string> => Object.fromEntries(Object.entries(form).map(([k, x]) => [k, str(x)]));

export const rate = (a: number, n: number) => (n ? Math.round((100 * a) / n) : 0);
export const secs = (ms: number | null) =>
  ms == null ? '—' : ms < 90_000 ? `${Math.round(ms / 1000)} s` : ms < 5_400_000 ? `${Math.round(ms / 60_000)} min` : `${(ms / 3_600_000).toFixed(1)} h`;
export const when = (d: Date | string | null, lang: Lang) => formatDate(d, lang, { time: true, dash: true });

/** "Name (Technical)": a point of contact with its role. */
export const nameAndRole = (t: Translate, p: { name: string; role: string }) => `${p.name} (${t(`registry.role.${p.role}`)})`;
/** When an acknowledgement came and how long it took, or that it is pending. */
export const acknowledgedAt = (t: Translate, r: { acknowledged_at: Date | string | null; ack_ms: number | null }) =>
  r.acknowledged_at ? `${when(r.acknowledged_at, t.lang)} (${secs(r.ack_ms)})` : t('registry.communicationCheck.pending');

/** A select named and identified `id` of fixed options, each labelled by `label`; `blank` adds an empty first option. */
export function Choice({
  id,
  options,
  selected,
  label,
  blank,
}: {
  id: string;
  options: readonly string[];
  selected?: string;
  label: (option: string) => string;
  blank?: string;
}) {
  return (
    <select id={id} name={id}>
      {blank !== undefined ? <option value="">{blank}</option> : null}
      {options.map((o) => (
        <option value={o} selected={selected === o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}

/** A table head: one column header per cell. */
export function Head({ cells }: { cells: Child[] }) {
  return (
    <thead>
      <tr>
        {cells.map((cell) => (
          <th>{cell}</th>
        ))}
      </tr>
    </thead>
  );
}

/** The acknowledgement links of a check or communication just sent: shown once, never stored. */
export function LinksTable({
  t,
  links,
}: {
  t: Translate;
  links: Array<{ stateIso3?: string; name: string; role: string; email: string; link: string; emailStatus: string }>;
}) {
  const byState = !!links[0]?.stateIso3;
  return (
    <section id="ack-links">
      <div class="alert warn">{t('registry.communicationCheck.linksOnce')}</div>
      <table>
        <Head
          cells={[
            ...(byState ? [t('registry.field.state')] : []),
            t('registry.field.pointOfContactName'),
            t('registry.field.email'),
            t('registry.communicationCheck.emailStatus'),
            t('registry.communicationCheck.link'),
          ]}
        />
        <tbody>
          {links.map((l) => (
            <tr>
              {l.stateIso3 ? <td>{l.stateIso3}</td> : null}
              <td>{nameAndRole(t, l)}</td>
              <td>{l.email}</td>
              <td>{t(`registry.email.${l.emailStatus}`)}</td>
              <td>
                <a class="ack-link" href={l.link}>
                  {l.link}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
