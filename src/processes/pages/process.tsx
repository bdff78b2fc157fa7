import { can } from '../../accounts/policy.ts';
import type { Translate } from '../../i18n/index.ts';
import { bodyName, bodyTheme, processName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { raw } from 'hono/html';
import { page } from '../../server/layout.tsx';
import { processDetail } from '../queries.ts';
import { none, type Form } from './fields.tsx';
import { ManageForms } from './manage.tsx';
import { Span, versionTitle } from './parts.tsx';
import { SessionView } from './session.tsx';

/** A process's page: its dates and framework, its cycles, its bodies with their sessions, and the Secretariat's forms. */

/** Agenda rows side by side where there is room; the agenda as a plain list. */
const CSS = `.agenda-row { display: grid; grid-template-columns: 8rem 1fr 14rem; gap: .5rem; align-items: end; margin-block-end: .5rem; }
@media (max-width: 40rem) { .agenda-row { grid-template-columns: 1fr; } }
ul.agenda { padding-inline-start: 0; list-style: none; }
form.card.stack { max-width: 48rem; }`;
const Style = () => <style>{raw(CSS)}</style>;

/** The seeded outcome ("progress report") in the reader's language; one the Secretariat typed is shown as written. */
function outcomeName(t: Translate, outcome: string | null): string {
  if (!outcome) return '—';
  return outcome.trim().toLowerCase() === 'progress report' ? t('processes.outcome.progressReport') : outcome;
}

export async function renderProcess(c: Ctx, slug: string, form: Form = none, status = 200) {
  const t = c.get('t');
  const lang = t.lang;
  const p = await processDetail(c.get('db'), c.get('actor'), slug);
  if (!p) throw NotFound('That process', 'process.not_found');
  const manage = can(c.get('actor'), 'processes.manage');
  const title = processName(t, p);
  return page(
    c,
    title,
    <>
      <Style />
      <p>
        <a href="/processes">{t('processes.title')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{t('processes.dates')}</dt>
        <dd>
          <Span from={p.starts_on} to={p.ends_on} lang={lang} t={t} />
        </dd>
        <dt>{t('processes.framework')}</dt>
        <dd>
          {p.framework_version ? (
            <a href={`/framework/versions/${encodeURIComponent(p.framework_version)}`}>{versionTitle(c, p)}</a>
          ) : (
            t('processes.framework.none')
          )}
        </dd>
      </dl>
      <p>
        <a href={`/meetings?process=${p.slug}`}>{t('processes.link.meetings')}</a> ·{' '}
        <a href={`/positions?process=${p.slug}`}>{t('processes.link.positions')}</a> · <a href={`/states?process=${p.slug}`}>{t('processes.link.states')}</a>
      </p>

      <h2 id="cycles">{t('processes.cycles')}</h2>
      {p.cycleList.length ? (
        <table>
          <caption class="visually-hidden">{t('processes.cycles')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('processes.field.title')}</th>
              <th scope="col">{t('processes.dates')}</th>
              <th scope="col">{t('processes.field.outcome')}</th>
              <th scope="col">{t('processes.sessions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.cycleList.map((cy) => (
              <tr id={`cycle-${cy.slug}`}>
                <td dir="auto">{cy.title}</td>
                <td>
                  <Span from={cy.starts_on} to={cy.ends_on} lang={lang} t={t} />
                </td>
                <td dir="auto">{outcomeName(t, cy.outcome)}</td>
                <td>{p.sessionList.filter((s) => s.cycle_id === cy.id).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('processes.cycles.none')}</p>
      )}

      <h2 id="bodies">{t('processes.bodies')}</h2>
      {p.bodyList.map((b) => {
        const sessions = p.sessionList.filter((s) => s.body_id === b.id);
        return (
          <section id={`body-${b.slug}`} aria-labelledby={`body-${b.slug}-title`}>
            <h3 id={`body-${b.slug}-title`}>
              {bodyName(t, b)} <span class="tag">{t(`processes.kind.${b.kind}`)}</span>
            </h3>
            {b.theme ? (
              <p>
                {t('core.labelColon', { label: t('processes.theme') })}
                <span dir="auto">{bodyTheme(t, b)}</span>
              </p>
            ) : null}
            {b.kind === 'dtg' ? (
              <p>
                <a href="/thematic-groups">{t('processes.dtgAll')}</a>
              </p>
            ) : null}
            {sessions.length ? (
              <ul class="cards">
                {sessions.map((s) => (
                  <SessionView c={c} s={s} p={p} form={form} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('processes.sessions.none')}</p>
            )}
          </section>
        );
      })}

      {manage ? <ManageForms c={c} p={p} form={form} /> : null}
    </>,
    { status, wide: true },
  );
}
