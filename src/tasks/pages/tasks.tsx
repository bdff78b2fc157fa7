import { Hono } from 'hono';
import { readerDate } from '../../notifications/dates.ts';
import { stateName } from '../../participants/names.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { delegateOf } from '../api.ts';
import { delegationTasks, taskCount, type DelegationTasks } from '../queries.ts';

const DATE_PARAMS = new Set(['deadline', 'due', 'until']);

/** A notice's message in the reader's language, its dates written the reader's way. */
function noticeText(c: Ctx, n: DelegationTasks['notices'][number]) {
  const t = c.get('t');
  const params = Object.fromEntries(
    Object.entries(n.params).map(([k, v]) => [k, DATE_PARAMS.has(k) ? readerDate(String(v), t.lang, k === 'deadline' || k === 'until') : v]),
  );
  return t(n.message_key, params);
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: unknown }) {
  return (
    <section id={id} class="task-section">
      <h2>
        {title} <span class="tag">{count}</span>
      </h2>
      {children as never}
    </section>
  );
}

function TasksPage({ c, tasks }: { c: Ctx; tasks: DelegationTasks }) {
  const t = c.get('t');
  const lang = t.lang;
  const none = <p class="muted">{t('tasks.none')}</p>;
  return (
    <>
      <h1>{t('tasks.title')}</h1>
      <p class="lede">{t('tasks.lede', { state: stateName(tasks.stateIso3, lang) ?? tasks.stateIso3 })}</p>
      <p id="task-count">
        <strong>{t('tasks.count', { n: taskCount(tasks) })}</strong>
      </p>
      <Section id="cycles" title={t('tasks.cycles')} count={tasks.cycles.length}>
        {tasks.cycles.length ? (
          <ul>
            {tasks.cycles.map((cy) => (
              <li>
                <a href={`/reporting/cycles/${cy.id}`} dir="auto">
                  {cy.title}
                </a>{' '}
                — {t('tasks.cycle.due', { date: readerDate(cy.due_on, lang) })}, {t('tasks.cycle.closes', { date: readerDate(cy.closes_on, lang) })}
                {cy.overdue ? (
                  <>
                    {' '}
                    · <strong class="overdue">{t('tasks.cycle.overdue')}</strong>
                  </>
                ) : null}
                {cy.window === 'reopened' ? <> · {t('tasks.cycle.reopened')}</> : null}
                {' · '}
                {cy.report ? (
                  <a href={`/reports/${cy.report.id}/edit`}>{t('tasks.cycle.continue')}</a>
                ) : (
                  <>
                    <span>{t('tasks.cycle.notStarted')}</span> <a href={`/reporting/cycles/${cy.id}`}>{t('tasks.cycle.start')}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="report-drafts" title={t('tasks.drafts')} count={tasks.reportDrafts.length}>
        {tasks.reportDrafts.length ? (
          <ul>
            {tasks.reportDrafts.map((r) => (
              <li>
                <a href={`/reports/${r.id}/edit`} dir="auto">
                  {r.cycle_title}
                </a>{' '}
                · {t(`reporting.status.${r.status}`)}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="amendments" title={t('tasks.amendments')} count={tasks.amendments.length}>
        {tasks.amendments.length ? (
          <ul>
            {tasks.amendments.map((a) => (
              <li>
                <a href={`/drafts/${a.draftId}/v/${a.version}#amendment-${a.amendmentId}`}>
                  {t('tasks.amendment.line', { draft: a.draftTitle, paragraph: a.paragraph, delegation: stateName(a.stateIso3, lang) ?? a.delegation })}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
        {tasks.drafts.length ? (
          <>
            <h3>{t('tasks.negotiation')}</h3>
            <ul>
              {tasks.drafts.map((d) => (
                <li>
                  <a href={`/drafts/${d.id}`} dir="auto">
                    {d.title}
                  </a>{' '}
                  · {t('tasks.draft.version', { n: d.latest_issued ?? 0 })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <Section id="points-of-contact" title={t('tasks.pointsOfContact')} count={tasks.pointsOfContact.stale.length + tasks.pointsOfContact.missingRoles.length}>
        {tasks.pointsOfContact.stale.length + tasks.pointsOfContact.missingRoles.length ? (
          <ul>
            {tasks.pointsOfContact.missingRoles.map((role) => (
              <li>
                {t(`tasks.pointsOfContact.missing.${role}`)} <a href="/points-of-contact/new">{t('tasks.pointsOfContact.add')}</a>
              </li>
            ))}
            {tasks.pointsOfContact.stale.map((p) => (
              <li>
                <a href={`/points-of-contact/${p.pointOfContactId}`} dir="auto">
                  {p.name}
                </a>{' '}
                ({t(`registry.role.${p.role}`)}) — {t('tasks.pointsOfContact.stale', { date: readerDate(p.confirmedAt, lang) })}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="communication-checks" title={t('tasks.communicationChecks')} count={tasks.communicationChecks.length}>
        {/* Notices stored before the rename (migrations/0510) link to #pings. */}
        <span id="pings" />
        {tasks.communicationChecks.length ? (
          <>
            <p class="muted">{t('tasks.communicationChecks.hint')}</p>
            <ul>
              {tasks.communicationChecks.map((p) => (
                <li>
                  <strong>
                    {p.communication_check_id
                      ? t('tasks.communicationChecks.round', { n: p.communication_check_id })
                      : t('tasks.communicationChecks.communication', { n: p.communication_id ?? 0 })}
                  </strong>
                  {': '}
                  <bdi>{p.name}</bdi>{' '}
                  {t('tasks.communicationChecks.line', { role: t(`registry.role.${p.role}`), deadline: readerDate(p.respond_by ?? p.expires_at, lang, true) })}
                  {p.overdue ? (
                    <>
                      {' '}
                      · <strong class="overdue">{t('tasks.communicationChecks.overdue')}</strong>
                    </>
                  ) : null}
                  {p.follow_ups ? <> · {t('tasks.communicationChecks.followUps', { n: p.follow_ups })}</> : null}
                  {' · '}
                  {t(`registry.email.${p.email_status}`)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          none
        )}
      </Section>
      <Section id="notices" title={t('tasks.notices')} count={tasks.notices.length}>
        {tasks.notices.length ? (
          <ul class="notices">
            {tasks.notices.map((n) => (
              <li>
                <time datetime={new Date(n.created_at).toISOString()}>{readerDate(n.created_at, lang)}</time> —{' '}
                {n.link ? (
                  <a href={n.link} dir="auto">
                    {noticeText(c, n)}
                  </a>
                ) : (
                  <span dir="auto">{noticeText(c, n)}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
    </>
  );
}

export const pages = new Hono<AppEnv>().get('/tasks', async (c) => {
  const actor = delegateOf(c.get('actor'));
  const tasks = await delegationTasks(c.get('db'), actor, actor.stateIso3);
  return page(c, c.get('t')('tasks.title'), <TasksPage c={c} tasks={tasks} />);
});
