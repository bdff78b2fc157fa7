import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { formatDate } from '../../i18n/format.ts';
import { LANGUAGE_NAMES, type Lang, type Translate } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import { REGIONAL_GROUPS } from '../../participants/regionalGroups.ts';
import { NEED_KINDS } from '../../reporting/answers.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { resolveCycleId } from '../queries/analysisInput.ts';
import { filterMatches, filterQuery, matchFilterOf, NEED_STANDINGS, needKey, PAGE_SIZE, type MatchFilter } from '../matchFilters.ts';
import type { Reason } from '../matcher.ts';
import { matchesFor, type MatchedNeed } from '../queries/matches.ts';
import { elementChoices } from './offerForm.tsx';
import { providesOffer, type OfferRow } from '../queries/offers.ts';
import { takeUpsFor, type TakeUpRow } from '../queries/takeUps.ts';
import { CbStyle, nameElement, Synthetic, Withheld } from './components.tsx';

/** A language named in the reader's language ("anglais" on a French page), not in its own. */
const languageName = (code: string, lang: Lang) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return LANGUAGE_NAMES[code as Lang] ?? code;
  }
};

/** The detail of a reason in the reader's language (the matcher gives codes, ids and dates). */
function reasonDetail(r: Reason, t: Translate): string | null {
  const d = r.detail;
  if (!d) return null;
  const lang = t.lang;
  switch (r.code) {
    case 'element':
      return nameElement(lang)(d);
    case 'kind':
      return t(`analysis.kind.${d}`);
    case 'other-kind':
      return d
        .split(', ')
        .map((k) => t(`analysis.kind.${k}`))
        .join(', ');
    case 'eligible-region':
      return t(`core.group.${d}`);
    case 'eligible-state':
      return stateName(d, lang) ?? d;
    case 'language':
      return languageName(d, lang);
    case 'language-mismatch':
      return d
        .split(', ')
        .map((l) => languageName(l, lang))
        .join(', ');
    case 'timing-now':
    case 'timing-later':
      return formatDate(d, lang);
    case 'stage':
    case 'stage-mismatch':
      return t(`analysis.st.${d}`);
    default:
      return d;
  }
}

const points = (n: number, lang: Lang) => new Intl.NumberFormat(lang, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(n);
const scoreText = (n: number, lang: Lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);

/** The score explained: every reason with the points it gave, the ones that counted against marked. */
export function ScoreExplained({ m, t }: { m: { score: number; reasons: Reason[] }; t: Translate }) {
  return (
    <details class="score">
      <summary>{t('analysis.matches.scoreWhy', { score: scoreText(m.score, t.lang) })}</summary>
      <ul class="reasons">
        {m.reasons.map((r) => {
          const tone = r.points < 0 ? 'against' : r.points > 0 ? 'for' : 'neutral';
          const detail = reasonDetail(r, t);
          return (
            <li class={tone} data-reason={r.code}>
              <span class="pts">{points(r.points, t.lang)}</span>
              <span>
                {r.points < 0 ? <strong>{t('analysis.matches.against')} </strong> : null}
                {t(`analysis.reasonCode.${r.code}`)}
                {detail ? (
                  <>
                    : <span dir="auto">{detail}</span>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="muted">{t('analysis.matches.scoreNote', { threshold: 4 })}</p>
    </details>
  );
}

/** What each side may do with a match: open its take-up, or follow the one already opened. */
export interface TakeUpLinks {
  existing: Map<string, number>;
  mayOpen: (need: MatchedNeed['need'], offer: OfferRow) => boolean;
  csrf: Ctx | null;
}

function TakeUpControl({ need, offer, links, t }: { need: MatchedNeed['need']; offer: OfferRow; links?: TakeUpLinks; t: Translate }) {
  if (!links) return null;
  const id = links.existing.get(`${needKey(need)}|${offer.id}`);
  if (id)
    return (
      <a class="tag" href={`/analysis/take-ups/${id}`}>
        {t('analysis.takeUp.open')}
      </a>
    );
  if (!links.csrf || !links.mayOpen(need, offer)) return null;
  return (
    <form method="post" action="/analysis/take-ups" class="take-up-inline">
      <Csrf c={links.csrf} />
      <input type="hidden" name="needId" value={String(need.id)} />
      <input type="hidden" name="offerId" value={String(offer.id)} />
      <button type="submit" aria-label={t('analysis.takeUp.takeUpLabel', { offer: offer.title })}>
        {t('analysis.takeUp.takeUp')}
      </button>
    </form>
  );
}

export function NeedMatchesList({ list, t, links }: { list: MatchedNeed[]; t: Translate; links?: TakeUpLinks }) {
  const name = nameElement(t.lang);
  return (
    <ul class="matches">
      {list.map((m) => (
        <li id={`need-${m.need.id}`}>
          <strong>
            <a href={`/framework/elements/${m.need.element}`}>{name(m.need.element)}</a> · {t(`analysis.kind.${m.need.kind}`)} ·{' '}
            {t(`analysis.priority.${m.need.priority}`)}
          </strong>{' '}
          — <a href={`/states/${m.need.state}`}>{stateName(m.need.state, t.lang) ?? m.need.stateName}</a>{' '}
          <span class="muted">({t(`core.group.${m.need.region}`)})</span> <Synthetic on={m.need.demo} t={t} />
          {m.need.description ? <p dir="auto">{m.need.description}</p> : null}
          {m.duplication.length ? (
            <p class="alert warn">
              {t('analysis.matches.duplication', {
                offers: m.duplication
                  .map((id) => {
                    const o = m.matches.find((x) => x.offer.id === id)?.offer;
                    return o ? `“${o.title}”` : `#${id}`;
                  })
                  .join(', '),
              })}
            </p>
          ) : null}
          {m.matches.length ? (
            <ol>
              {m.matches.map((x) => (
                <li>
                  <a href={`/analysis/offers#offer-${x.offer.id}`} dir="auto">
                    {x.offer.title}
                  </a>{' '}
                  —{' '}
                  <span dir="auto">
                    {x.offer.provider_state ? (stateName(x.offer.provider_state, t.lang) ?? x.offer.provider_name) : x.offer.provider_name}
                  </span>{' '}
                  <TakeUpControl need={m.need} offer={x.offer} links={links} t={t} />
                  <ScoreExplained m={x} t={t} />
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t('analysis.matches.none')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

async function MatchFilters({ c, f, cycle }: { c: Ctx; f: MatchFilter; cycle?: string }) {
  const t = c.get('t');
  const pillars = await elementChoices(c, t.lang);
  return (
    <form method="get" action="/analysis/matches" class="filters" id="match-filters">
      {cycle ? <input type="hidden" name="cycle" value={cycle} /> : null}
      <div>
        <label for="m-region">{t('analysis.filter.region')}</label>
        <select id="m-region" name="region">
          <option value="">{t('analysis.filter.all')}</option>
          {[...REGIONAL_GROUPS.map((g) => g.id as string), 'observers'].map((r) => (
            <option value={r} selected={f.region === r}>
              {t(`core.group.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="m-element">{t('analysis.element')}</label>
        <select id="m-element" name="element">
          <option value="">{t('analysis.matches.any')}</option>
          {pillars.map((p) => (
            <optgroup label={p.title}>
              {p.elements.map((e) => (
                <option value={e.id} selected={f.element === e.id}>
                  {e.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label for="m-kind">{t('analysis.offers.kinds')}</label>
        <select id="m-kind" name="kind">
          <option value="">{t('analysis.matches.any')}</option>
          {NEED_KINDS.map((k) => (
            <option value={k} selected={f.kind === k}>
              {t(`analysis.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="m-status">{t('analysis.matches.status')}</label>
        <select id="m-status" name="status">
          <option value="">{t('analysis.matches.any')}</option>
          {NEED_STANDINGS.map((s) => (
            <option value={s} selected={f.status === s}>
              {t(`analysis.standing.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">{t('analysis.filter.apply')}</button>
      </div>
    </form>
  );
}

/** Take-ups the reader is a side of, by need and offer, and each need's most advanced step. */
export function takeUpIndex(rows: TakeUpRow[]) {
  const existing = new Map<string, number>();
  const latest = new Map<string, TakeUpRow['status']>();
  const rank = (s: TakeUpRow['status']) => ['contacted', 'matched', 'in-progress', 'closed', 'delivered'].indexOf(s);
  for (const r of rows) {
    const key = needKey({ reportId: r.report_id, element: r.element_id, kind: r.need_kind });
    existing.set(`${key}|${r.offer_id}`, r.id);
    const had = latest.get(key);
    if (!had || rank(r.status) > rank(had)) latest.set(key, r.status);
  }
  return { existing, latest };
}

export const matchPages = new Hono<AppEnv>().get('/analysis/matches', async (c) => {
  const t = c.get('t');
  const actor = c.get('actor');
  const db = c.get('db');
  requireAccess(actor, 'needs.aggregate');
  const cycleParam = c.req.query('cycle') || undefined;
  const cycleId = await resolveCycleId(db, cycleParam ?? 'latest');
  const [m, taken, pillars] = await Promise.all([
    matchesFor(db, actor, cycleId, { minAggregate: c.get('config').minAggregate }),
    takeUpsFor(db, actor, { cycleId }),
    elementChoices(c, 'en'),
  ]);
  const f = matchFilterOf(
    (k) => c.req.query(k),
    pillars.flatMap((p) => p.elements.map((e) => e.id)),
  );
  const index = takeUpIndex(taken);
  const shown = filterMatches(m.own, f, (k) => index.latest.get(k));
  const links: TakeUpLinks = {
    existing: index.existing,
    csrf: c,
    // The recipient's delegation (or the Secretariat) takes up its own needs from this list; providers from their section below.
    mayOpen: (need) => can(actor, 'capacity.takeUp', { ownerStateIso3: need.state }),
  };
  const providerLinks: TakeUpLinks = {
    existing: index.existing,
    csrf: c,
    mayOpen: (_n, offer) => providesOffer(actor, offer) || can(actor, 'capacity.takeUp', {}),
  };
  const link = (p: number) => `/analysis/matches${filterQuery({ ...f, page: p, cycle: cycleParam })}`;
  const from = shown.total ? (shown.page - 1) * PAGE_SIZE + 1 : 0;
  return page(
    c,
    t('analysis.matches.title'),
    <>
      <CbStyle />
      <p>
        <a href="/analysis">{t('analysis.title')}</a> · <a href="/analysis/offers">{t('analysis.offers.title')}</a> ·{' '}
        <a href="/analysis/take-ups">{t('analysis.takeUp.listTitle')}</a>
      </p>
      <h1>{t('analysis.matches.title')}</h1>
      <p class="lede">{t('analysis.matches.lede')}</p>
      <h2>{m.scope === 'all' ? t('analysis.matches.all') : t('analysis.matches.own')}</h2>
      {await MatchFilters({ c, f, cycle: cycleParam })}
      <p class="muted" role="status" id="match-count">
        {t('analysis.matches.showing', { from, to: from ? from + shown.rows.length - 1 : 0, total: shown.total })}
      </p>
      {shown.rows.length ? <NeedMatchesList list={shown.rows} t={t} links={links} /> : <p class="muted">{t('analysis.matches.noNeeds')}</p>}
      {shown.pages > 1 ? (
        <nav class="pager" aria-label={t('analysis.matches.pages')}>
          {shown.page > 1 ? (
            <a href={link(shown.page - 1)} rel="prev">
              {t('analysis.matches.prev')}
            </a>
          ) : null}{' '}
          {Array.from({ length: shown.pages }, (_, i) => i + 1)
            .map((p) => (p === shown.page ? <strong aria-current="page">{p}</strong> : <a href={link(p)}>{p}</a>))
            .flatMap((x) => [x, ' '])}
          {shown.page < shown.pages ? (
            <a href={link(shown.page + 1)} rel="next">
              {t('analysis.matches.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
      {m.provided.length ? <h2>{t('analysis.matches.provided')}</h2> : null}
      {m.provided.map((p) => (
        <section class="card">
          <h3 dir="auto">{p.offer.title}</h3>
          <p>
            {t('analysis.matches.demand', { n: p.demand.needs })} <Withheld on={p.demand.suppressed} t={t} /> —{' '}
            {Object.entries(p.demand.byRegion)
              .map(([r, n]) => `${t(`core.group.${r}`)}: ${n}`)
              .join(' · ')}
          </p>
          <ul>
            {p.publicNeeds.map((x) => (
              <li>
                <a href={`/states/${x.need.state}`}>{stateName(x.need.state, t.lang) ?? x.need.stateName}</a> — {nameElement(t.lang)(x.need.element)} ·{' '}
                {t(`analysis.kind.${x.need.kind}`)}: <span dir="auto">{x.need.description}</span> <Synthetic on={x.need.demo} t={t} />{' '}
                <TakeUpControl need={x.need} offer={p.offer} links={providerLinks} t={t} />
                <ScoreExplained m={x.match} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>,
    { wide: true },
  );
});
