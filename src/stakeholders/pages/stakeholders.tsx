import { Hono } from 'hono';
import { can } from '../../accounts/policy.ts';
import type { AppEnv } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { processName } from '../../i18n/processName.ts';
import { processRoutes } from './accreditation.tsx';
import { applicationRoutes } from './application.tsx';
import { applyRoutes } from './apply.tsx';
import { contributionRoutes } from './contributions.tsx';
import { interestRoutes } from './interestList.tsx';
import { representativeRoutes } from './representatives.tsx';
import { ProcessFilter } from './processFilter.tsx';
import { dateTime as day, ListTable, StatusTag } from './parts.tsx';
import { listApplications, listModalities } from '../queries.ts';

/** The stakeholders' front page (the applications, by process), and every stakeholders page mounted in order. */
export const pages = new Hono<AppEnv>()
  .get('/stakeholders', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const process = c.req.query('process') || undefined;
    const apps = await listApplications(c.get('db'), { process });
    const processes = await listModalities(c.get('db'));
    return page(
      c,
      t('stakeholders.title'),
      <>
        <h1>{t('stakeholders.title')}</h1>
        <p class="lede">{t('stakeholders.lede')}</p>
        <p>
          <a class="button" href="/stakeholders/apply">
            {t('stakeholders.apply.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/contributions">
            {t('stakeholders.contributions.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/processes">
            {t('stakeholders.modalities.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/interest-list">
            {t('stakeholders.interest.short')}
          </a>
          {can(actor, 'accreditation.decide') || can(actor, 'organisation.act') ? (
            <>
              {' '}
              <a class="button secondary" href="/stakeholders/representatives">
                {t('stakeholders.representatives.title')}
              </a>
            </>
          ) : null}
          {can(actor, 'interestList.read') ? (
            <>
              {' '}
              <a class="button secondary" href="/stakeholders/interest-list/subscribers">
                {t('stakeholders.interest.subscribersShort')}
              </a>
            </>
          ) : null}
        </p>
        <ProcessFilter t={t} action="/stakeholders" processes={processes} chosen={process} />
        <ListTable
          caption={t('stakeholders.applications')}
          headers={[
            t('stakeholders.field.name'),
            t('stakeholders.field.process'),
            t('stakeholders.field.kind'),
            t('stakeholders.procedure'),
            t('stakeholders.statusLabel'),
            t('stakeholders.deadline'),
          ]}
          empty={t('stakeholders.applications.none')}
          rows={apps.map((a) => (
            <tr>
              <td>
                <a href={`/stakeholders/applications/${a.id}`}>{a.organisation_name}</a>
              </td>
              <td>{processName(t, { slug: a.process, title: a.process_title })}</td>
              <td>{t(`stakeholders.kind.${a.kind}`)}</td>
              <td>{t(`stakeholders.procedure.${a.procedure}`)}</td>
              <td>
                <StatusTag c={c} status={a.status} />
              </td>
              <td>{a.status === 'objection-window' ? day(a.deadline_at, t.lang) : '—'}</td>
            </tr>
          ))}
        />
      </>,
      { wide: true },
    );
  })
  .route('/', applyRoutes)
  .route('/', applicationRoutes)
  .route('/', processRoutes)
  .route('/', representativeRoutes)
  .route('/', interestRoutes)
  .route('/', contributionRoutes);
