import { Hono } from 'hono';
import { can, requireAccess } from '../accounts/policy.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Translate } from '../i18n/index.ts';
import { NEED_KINDS } from '../reporting/answers.ts';
import { readForm } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { AppError } from '../server/errors.ts';
import { Csrf, page } from '../server/layout.tsx';
import { STATUS_ORDER } from './compile.ts';
import { resolveCycleId } from './load.ts';
import { matchesFor, type MatchedNeed } from './matching.ts';
import { listOffers, type OfferRow } from './offers.ts';
import { registerOffer } from './registerOffer.ts';
import { Synthetic, Withheld } from './view.tsx';

const listOf = (v: unknown) => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]).flatMap((x) => String(x).split(/[\s,;]+/)).map((x) => x.trim()).filter(Boolean);

function OfferForm({ c, error }: { c: Ctx; error?: AppError }) {
  const t = c.get('t'); const actor = c.get('actor');
  const kinds = actor.kind === 'user' && actor.role === 'stakeholder' ? ['organisation', 'programme'] : actor.kind === 'user' && actor.role === 'delegate' ? ['state', 'programme'] : ['state', 'organisation', 'programme'];
  return (
    <form method="post" action="/analysis/offers" class="card" id="register-offer">
      <Csrf c={c} />
      <h2>{t('analysis.offers.register')}</h2>
      {error ? <div class="alert error" role="alert"><p>{error.message}</p></div> : null}
      <label for="providerKind">{t('analysis.offers.providerKind')}</label>
      <select id="providerKind" name="providerKind">{kinds.map((k) => <option value={k}>{t(`analysis.provider.${k}`)}</option>)}</select>
      <label for="providerState">{t('analysis.offers.providerState')}</label>
      <input dir="auto" id="providerState" name="providerState" value={actor.kind === 'user' && actor.stateIso3 ? actor.stateIso3 : ''} maxlength={3} />
      <label for="providerName">{t('analysis.offers.providerName')}</label><input dir="auto" id="providerName" name="providerName" />
      <label for="title">{t('analysis.offers.titleField')}</label><input dir="auto" id="title" name="title" required minlength={5} />
      <label for="description">{t('analysis.offers.description')}</label><textarea dir="auto" id="description" name="description" rows={3}></textarea>
      <label for="elements">{t('analysis.offers.elements')}</label><input dir="auto" id="elements" name="elements" placeholder="cbm-poc norm-g" required />
      <fieldset><legend>{t('analysis.offers.kinds')}</legend>{NEED_KINDS.map((k) => <label><input type="checkbox" name="kinds" value={k} /> {t(`analysis.kind.${k}`)}</label>)}</fieldset>
      <fieldset><legend>{t('analysis.offers.stages')}</legend>{STATUS_ORDER.map((s) => <label><input type="checkbox" name="stages" value={s} /> {t(`analysis.st.${s}`)}</label>)}</fieldset>
      <label for="eligibleRegions">{t('analysis.offers.regions')}</label><input dir="auto" id="eligibleRegions" name="eligibleRegions" placeholder="african grulac" />
      <label for="eligibleStates">{t('analysis.offers.states')}</label><input dir="auto" id="eligibleStates" name="eligibleStates" placeholder="FJI TON" />
      <fieldset><legend>{t('analysis.offers.languages')}</legend>{LANGUAGES.map((l) => <label lang={l}><input type="checkbox" name="languages" value={l} checked={l === 'en'} /> {LANGUAGE_NAMES[l]}</label>)}</fieldset>
      <label for="modality">{t('analysis.offers.modality')}</label>
      <select id="modality" name="modality">{['in-person', 'remote', 'hybrid'].map((m) => <option value={m}>{t(`analysis.modality.${m}`)}</option>)}</select>
      <label for="startsOn">{t('analysis.offers.startsOn')}</label><input id="startsOn" name="startsOn" type="date" />
      <label for="endsOn">{t('analysis.offers.endsOn')}</label><input id="endsOn" name="endsOn" type="date" />
      <label for="contact">{t('analysis.offers.contact')}</label><input dir="auto" id="contact" name="contact" required />
      <p><button type="submit">{t('analysis.offers.submit')}</button></p>
    </form>
  );
}

export function OfferTable({ offers, c }: { offers: OfferRow[]; c: Ctx }) {
  const t = c.get('t'); const signedIn = c.get('actor').kind !== 'anonymous';
  return (
    <table>
      <thead><tr><th scope="col">{t('analysis.offers.provider')}</th><th scope="col">{t('analysis.offers.titleField')}</th><th scope="col">{t('analysis.offers.elements')}</th><th scope="col">{t('analysis.offers.kinds')}</th><th scope="col">{t('analysis.offers.eligibility')}</th><th scope="col">{t('analysis.offers.languages')}</th><th scope="col">{t('analysis.offers.modality')}</th><th scope="col">{t('analysis.offers.dates')}</th><th scope="col">{t('analysis.offers.contact')}</th></tr></thead>
      <tbody>{offers.map((o) => (
        <tr id={`offer-${o.id}`}>
          <td>{o.provider_name} <span class="muted">({t(`analysis.provider.${o.provider_kind}`)})</span> <Synthetic on={o.demo} t={t} /></td>
          <td><span dir="auto">{o.title}</span>{o.description ? <p class="muted" dir="auto">{o.description}</p> : null}</td>
          <td>{o.elements.map((e) => <a class="tag" href={`/framework/elements/${e}`}>{e}</a>)}</td>
          <td>{o.kinds.map((k) => t(`analysis.kind.${k}`)).join(', ')}</td>
          <td>{o.eligible_regions.length || o.eligible_states.length ? [...o.eligible_regions.map((r) => t(`core.group.${r}`)), ...o.eligible_states].join(', ') : t('analysis.offers.openToAll')}</td>
          <td>{o.languages.join(', ')}</td><td>{t(`analysis.modality.${o.modality}`)}</td>
          <td>{o.starts_on ?? '…'} – {o.ends_on ?? '…'}</td>
          <td>{signedIn ? o.contact : <a href="/login?next=/analysis/offers">{t('analysis.offers.signInForContact')}</a>}</td>
        </tr>
      ))}</tbody>
    </table>
  );
}

async function offersPage(c: Ctx, error?: AppError) {
  const t = c.get('t');
  const offers = await listOffers(c.get('db'));
  return page(c, t('analysis.offers.title'), (
    <>
      <p><a href="/analysis">{t('analysis.title')}</a></p>
      <h1>{t('analysis.offers.title')}</h1>
      <p class="lede">{t('analysis.offers.lede')}</p>
      {offers.length ? <OfferTable offers={offers} c={c} /> : <p class="muted">{t('analysis.none')}</p>}
      {can(c.get('actor'), 'offer.register') ? <OfferForm c={c} error={error} /> : null}
    </>
  ), { wide: true, status: error ? error.status : 200 });
}

function Reasons({ m, t }: { m: MatchedNeed['matches'][number]; t: Translate }) {
  return <>{m.reasons.map((r) => <span class="tag" title={r.detail}>{t(`analysis.reasonCode.${r.code}`)}{r.code === 'addresses-challenge' && r.detail ? `: ${r.detail}` : ''}</span>)}</>;
}

export function NeedMatchesList({ list, t }: { list: MatchedNeed[]; t: Translate }) {
  return (
    <ul class="matches">{list.map((m) => (
      <li>
        <strong><code>{m.need.element}</code> · {t(`analysis.kind.${m.need.kind}`)} · {t(`analysis.priority.${m.need.priority}`)}</strong> — <a href={`/states/${m.need.state}`}>{m.need.stateName}</a> <Synthetic on={m.need.demo} t={t} />
        {m.need.description ? <p>{m.need.description}</p> : null}
        {m.duplication.length ? <p class="alert warn">{t('analysis.matches.duplication', { offers: m.duplication.map((id) => `#${id}`).join(', ') })}</p> : null}
        {m.matches.length ? <ol>{m.matches.map((x) => <li><a href={`/analysis/offers#offer-${x.offer.id}`} dir="auto">{x.offer.title}</a> — {x.offer.provider_name} ({t('analysis.matches.score', { score: x.score })}) <Reasons m={x} t={t} /></li>)}</ol> : <p class="muted">{t('analysis.matches.none')}</p>}
      </li>
    ))}</ul>
  );
}

export const cbPages = new Hono<AppEnv>()
  .get('/analysis/offers', (c) => offersPage(c))
  .post('/analysis/offers', async (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'offer.register');
    const f = await readForm(c);
    const s = (k: string) => (typeof f[k] === 'string' ? (f[k] as string).trim() : '') || undefined;
    try {
      const o = await registerOffer(c.get('db'), actor, {
        providerKind: s('providerKind') as never, providerState: s('providerState'), providerName: s('providerName'), title: s('title') ?? '',
        description: s('description') ?? '', elements: listOf(f.elements), kinds: listOf(f.kinds) as never, stages: listOf(f.stages) as never,
        eligibleRegions: listOf(f.eligibleRegions), eligibleStates: listOf(f.eligibleStates), languages: listOf(f.languages) as never,
        modality: s('modality') as never, startsOn: s('startsOn'), endsOn: s('endsOn'), contact: s('contact') ?? '',
      });
      return c.redirect(`/analysis/offers#offer-${o.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.status === 400) return offersPage(c, err);
      throw err;
    }
  })
  .get('/analysis/matches', async (c) => {
    const t = c.get('t'); const actor = c.get('actor');
    requireAccess(actor, 'needs.aggregate');
    const cycleId = await resolveCycleId(c.get('db'), c.req.query('cycle') ?? 'latest');
    const m = await matchesFor(c.get('db'), actor, cycleId, { minAggregate: c.get('config').minAggregate });
    return page(c, t('analysis.matches.title'), (
      <>
        <p><a href="/analysis">{t('analysis.title')}</a> · <a href="/analysis/offers">{t('analysis.offers.title')}</a></p>
        <h1>{t('analysis.matches.title')}</h1>
        <p class="lede">{t('analysis.matches.lede')}</p>
        <h2>{m.scope === 'all' ? t('analysis.matches.all') : t('analysis.matches.own')}</h2>
        {m.own.length ? <NeedMatchesList list={m.own} t={t} /> : <p class="muted">{t('analysis.matches.noNeeds')}</p>}
        {m.provided.length ? <h2>{t('analysis.matches.provided')}</h2> : null}
        {m.provided.map((p) => (
          <section class="card">
            <h3 dir="auto">{p.offer.title}</h3>
            <p>{t('analysis.matches.demand', { n: p.demand.needs })} <Withheld on={p.demand.suppressed} t={t} /> — {Object.entries(p.demand.byRegion).map(([r, n]) => `${t(`core.group.${r}`)}: ${n}`).join(' · ')}</p>
            <ul>{p.publicNeeds.map((x) => <li><a href={`/states/${x.need.state}`}>{x.need.stateName}</a> — <code>{x.need.element}</code> · {t(`analysis.kind.${x.need.kind}`)}: {x.need.description} <Synthetic on={x.need.demo} t={t} /></li>)}</ul>
          </section>
        ))}
      </>
    ), { wide: true });
  });
