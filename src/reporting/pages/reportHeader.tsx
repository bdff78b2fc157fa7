import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { num } from './cycles.tsx';
import { reportForActor } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { stateName } from '../../participants/names.ts';

/** What every page of one report shares: the report loaded for the reader, and its heading. */

/** A date with its time, in the reader's language. */
export const fmt = (d: Date | string | null | undefined, lang: Lang) => formatDate(d, lang, { time: true });

/** The report of the path's :id as the reader may see it (NotFound otherwise), with its questionnaire. */
export async function loadForPage(c: Ctx) {
  const db = c.get('db');
  const ctx = await reportForActor(db, c.get('actor'), num(c, 'id'));
  const q = await loadQuestionnaire(db, ctx.cycle.framework_version);
  return { ...ctx, q, db };
}

export function Header({ c, x }: { c: Ctx; x: Awaited<ReturnType<typeof loadForPage>> }) {
  const t = c.get('t');
  const r = x.report;
  return (
    <>
      <p>
        <a href="/reporting">{t('reporting.title')}</a> › <a href={`/reporting/cycles/${x.cycle.id}`}>{x.cycle.title}</a>
      </p>
      <h1>
        {stateName(x.state.iso3, t.lang) ?? x.state.official_name} — {x.cycle.title}{' '}
        {r.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}
      </h1>
      <p>
        <span class={`tag status-${r.status}`}>{t(`reporting.status.${r.status}`)}</span>
        <span class="tag">{t(`reporting.vis.${r.visibility}`)}</span>
        <span class="tag" lang={r.language}>
          {LANGUAGE_NAMES[r.language]}
        </span>
        {r.current_revision ? <span class="tag">{t('reporting.revision', { n: r.current_revision })}</span> : null}
      </p>
      {r.status === 'withdrawn' ? (
        <p class="alert warn">
          {t('reporting.withdrawn', { date: fmt(r.withdrawn_at, t.lang) })}
          {r.withdrawal_reason ? ` — ${r.withdrawal_reason}` : ''}
        </p>
      ) : null}
    </>
  );
}
