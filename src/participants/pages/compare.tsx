import { Hono } from 'hono';
import { raw } from 'hono/html';
import { localize } from '../../framework/localize.ts';
import { frameworkOverview } from '../../framework/queries.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { localizeError } from '../../server/errorMessages.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { page } from '../../server/layout.tsx';
import { comparison, listStates } from '../queries.ts';
import { stateName } from '../names.ts';

/**
 * Two or three States side by side (the UNIDIR Cyber Policy Portal's comparison): per element, each
 * State's reported status in the latest cycle the reader may see and how many statements it made
 * on it; per stance question, the stances the meeting record gives each; the reports of each.
 * Chosen with three selects; the address is /states/compare?states=FRA,KEN,BRA.
 */
const STANCES = ['supports', 'conditional', 'open', 'premature', 'opposes'] as const;

/** The States asked for: `states=FRA,KEN` or `states=FRA&states=KEN`, two or three distinct known ones. */
export async function chosenStates(c: Ctx): Promise<{ codes: string[]; asked: boolean }> {
  const raw = (c.req.queries('states') ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  const codes = [...new Set(raw)];
  if (!raw.length) return { codes: [], asked: false };
  const known = new Set((await listStates(c.get('db'))).map((s) => s.iso3));
  const unknown = codes.filter((s) => !known.has(s));
  if (unknown.length) {
    throw ValidationError(`Unknown State codes: ${unknown.join(', ')}.`, { states: `Not a State: ${unknown.join(', ')}` }, 'compare.unknown_state', {
      key: 'participants.compare.err.unknown',
      params: { ids: unknown.join(', ') },
      fields: { states: { key: 'participants.compare.err.unknown', params: { ids: unknown.join(', ') } } },
    });
  }
  if (codes.length < 2 || codes.length > 3) {
    throw ValidationError('Choose two or three different States to compare.', { states: 'Choose two or three different States.' }, 'compare.count', {
      key: 'participants.compare.err.count',
      fields: { states: { key: 'participants.compare.err.count' } },
    });
  }
  return { codes, asked: true };
}

async function Chooser({ c, codes, error }: { c: Ctx; codes: string[]; error?: string }) {
  const t = c.get('t');
  const lang = c.get('lang');
  const collator = new Intl.Collator(lang);
  const states = (await listStates(c.get('db')))
    .map((s) => ({ iso3: s.iso3, name: stateName(s.iso3, lang) ?? s.official_name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <form method="get" action="/states/compare" class="filters" id="compare-form">
      {[0, 1, 2].map((i) => (
        <div>
          <label for={`state-${i + 1}`}>{t('participants.compare.state', { n: i + 1 })}</label>
          <select id={`state-${i + 1}`} name="states" aria-describedby={error ? 'compare-error' : undefined}>
            <option value="">{i === 2 ? t('participants.compare.optional') : t('participants.compare.choose')}</option>
            {states.map((s) => (
              <option value={s.iso3} selected={codes[i] === s.iso3}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div>
        <button type="submit">{t('participants.compare.submit')}</button>
      </div>
      {error ? (
        <p class="field-error" id="compare-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

const Style = () => (
  <style>
    {raw(`
table.compare td, table.compare th { vertical-align: top; }
table.compare th.pillar { background: var(--wash); text-align: start; }
table.compare .none { color: var(--muted, #666); }
`)}
  </style>
);

type Data = Awaited<ReturnType<typeof comparison>>;

function statusCell(d: Data, state: string, element: string, t: Translate) {
  const st = d.latest?.byState[state]?.statuses[element];
  return st ? (
    <span class={`tag st-${st}`}>{t(`analysis.st.${st}`)}</span>
  ) : (
    <span class="none">{d.latest?.byState[state] ? t('participants.compare.unanswered') : '—'}</span>
  );
}

async function comparisonBody(c: Ctx, codes: string[], d: Data) {
  const t = c.get('t');
  const lang: Lang = c.get('lang');
  const fw = await frameworkOverview(c.get('db'));
  const names = codes.map((s) => stateName(s, lang) ?? s);
  const statements = new Map(d.subjects.map((x) => [`${x.state}|${x.element}`, x.n]));
  const questions = fw.questions.filter((q) => d.stances.some((x) => x.question === q.id));
  return (
    <>
      <h2 id="elements-title">{t('participants.compare.elements')}</h2>
      <p class="muted">
        {!d.latest
          ? t('participants.compare.noReports')
          : d.latest.cycles.length === 1
            ? t('participants.compare.fromCycle', { cycle: d.latest.cycles[0]!.title })
            : t('participants.compare.fromCycles')}
      </p>
      <div class="table-scroll">
        <table class="compare" id="compare-elements" aria-labelledby="elements-title">
          <thead>
            <tr>
              <th scope="col">{t('participants.compare.element')}</th>
              {codes.map((s, i) => {
                const mine = d.latest?.byState[s];
                return (
                  <th scope="col">
                    <a href={`/states/${s}`}>{names[i]}</a>
                    {mine && d.latest!.cycles.length > 1 ? (
                      <>
                        <br />
                        <a class="muted" href={`/reports/${mine.reportId}`} dir="auto">
                          {mine.cycle.title}
                        </a>
                      </>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {fw.pillars.map((p) => (
              <>
                <tr>
                  <th scope="colgroup" colspan={codes.length + 1} class="pillar">
                    {localize(p, lang).title}
                  </th>
                </tr>
                {p.elements.map((e) => (
                  <tr data-element={e.id}>
                    <th scope="row">
                      <a href={`/framework/elements/${e.id}`}>{localize(e, lang).title}</a>
                    </th>
                    {codes.map((s) => {
                      const n = statements.get(`${s}|${e.id}`) ?? 0;
                      return (
                        <td>
                          {statusCell(d, s, e.id, t)}{' '}
                          {n ? (
                            <a class="statements" href={`/search?speaker=${s}&element=${encodeURIComponent(e.id)}`}>
                              {t('participants.compare.statements', { n })}
                            </a>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="positions-title">{t('participants.compare.positions')}</h2>
      {questions.length ? (
        <div class="table-scroll">
          <table class="compare" id="compare-positions" aria-labelledby="positions-title">
            <thead>
              <tr>
                <th scope="col">{t('participants.compare.question')}</th>
                {codes.map((_s, i) => (
                  <th scope="col">{names[i]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr>
                  <th scope="row">
                    <a href={`/positions?question=${encodeURIComponent(q.id)}`}>{localize({ title: q.question, translations: q.translations }, lang).title}</a>
                  </th>
                  {codes.map((s) => {
                    const mine = STANCES.map((v) => ({ v, n: d.stances.find((x) => x.question === q.id && x.state === s && x.value === v)?.n ?? 0 })).filter(
                      (x) => x.n,
                    );
                    return (
                      <td>
                        {mine.length ? (
                          mine.map((x) => (
                            <span class={`tag stance-${x.v}`}>
                              {t(`records.stance.${x.v}`)} ({x.n})
                            </span>
                          ))
                        ) : (
                          <span class="none">—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('participants.compare.noPositions')}</p>
      )}

      <h2 id="reports-title">{t('participants.compare.reports')}</h2>
      <div class="compare-reports cards">
        {codes.map((s, i) => (
          <section class="card">
            <h3>{names[i]}</h3>
            {d.reports[s]!.length ? (
              <ul>
                {d.reports[s]!.map((r) => (
                  <li>
                    <a href={`/reports/${r.id}`} dir="auto">
                      {r.cycle_title}
                    </a>{' '}
                    — {t(`reporting.status.${r.status}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('participants.compare.noneVisible')}</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

export const compareRoutes = new Hono<AppEnv>().get('/states/compare', async (c) => {
  const t = c.get('t');
  let codes: string[] = [];
  let error: string | undefined;
  let status = 200;
  try {
    codes = (await chosenStates(c)).codes;
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    error = localizeError(err, t).fields?.states ?? localizeError(err, t).message;
    status = 400;
    codes = (c.req.queries('states') ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toUpperCase())
      .filter(Boolean);
  }
  // From a State's profile (?first=FRA): that State is chosen, the reader picks the others.
  const first = (c.req.query('first') ?? '').toUpperCase();
  if (!codes.length && /^[A-Z]{3}$/.test(first)) codes = [first];
  const data = !error && codes.length >= 2 ? await comparison(c.get('db'), c.get('actor'), codes) : null;
  const title = data
    ? t('participants.compare.titleOf', { states: codes.map((s) => stateName(s, c.get('lang')) ?? s).join(' · ') })
    : t('participants.compare.title');
  return page(
    c,
    title,
    <>
      <Style />
      <p>
        <a href="/states">{t('core.states.title')}</a>
      </p>
      <h1>{t('participants.compare.title')}</h1>
      <p class="lede">{t('participants.compare.lede')}</p>
      {await Chooser({ c, codes, error })}
      {data ? await comparisonBody(c, codes, data) : null}
    </>,
    { wide: true, status },
  );
});
