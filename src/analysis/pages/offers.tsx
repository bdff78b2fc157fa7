import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { formatDate } from '../../i18n/format.ts';
import { LANGUAGE_NAMES, type Lang } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { localizeError } from '../../server/errorMessages.ts';
import { AppError } from '../../foundation/errors.ts';
import { page } from '../../server/layout.tsx';
import { OfferForm, type OfferFormState, type OfferValues } from './offerForm.tsx';
import { listOffers, type OfferRow } from '../queries/offers.ts';
import { registerOffer } from '../commands/registerOffer.ts';
import { CbStyle, nameElement, Synthetic } from './components.tsx';

const listOf = (v: unknown) =>
  (Array.isArray(v) ? v : v == null || v === '' ? [] : [v])
    .flatMap((x) => String(x).split(/[\s,;]+/))
    .map((x) => x.trim())
    .filter(Boolean);

export function OfferTable({ offers, c }: { offers: OfferRow[]; c: Ctx }) {
  const t = c.get('t');
  const signedIn = c.get('actor').kind !== 'anonymous';
  const name = nameElement(t.lang);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('analysis.offers.provider')}</th>
          <th scope="col">{t('analysis.offers.titleField')}</th>
          <th scope="col">{t('analysis.offers.elements')}</th>
          <th scope="col">{t('analysis.offers.kinds')}</th>
          <th scope="col">{t('analysis.offers.eligibility')}</th>
          <th scope="col">{t('analysis.offers.languages')}</th>
          <th scope="col">{t('analysis.offers.modality')}</th>
          <th scope="col">{t('analysis.offers.dates')}</th>
          <th scope="col">{t('analysis.offers.contact')}</th>
        </tr>
      </thead>
      <tbody>
        {offers.map((o) => (
          <tr id={`offer-${o.id}`}>
            <td>
              <span dir="auto">{o.provider_state ? (stateName(o.provider_state, t.lang) ?? o.provider_name) : o.provider_name}</span>{' '}
              <span class="muted">({t(`analysis.provider.${o.provider_kind}`)})</span> <Synthetic on={o.demo} t={t} />
            </td>
            <td>
              <span dir="auto">{o.title}</span>
              {o.description ? (
                <p class="muted" dir="auto">
                  {o.description}
                </p>
              ) : null}
            </td>
            <td>
              {o.elements.map((e) => (
                <a class="tag" href={`/framework/elements/${e}`}>
                  {name(e)}
                </a>
              ))}
            </td>
            <td>{o.kinds.map((k) => t(`analysis.kind.${k}`)).join(', ')}</td>
            <td>
              {o.eligible_regions.length || o.eligible_states.length
                ? [...o.eligible_regions.map((r) => t(`core.group.${r}`)), ...o.eligible_states.map((s) => stateName(s, t.lang) ?? s)].join(', ')
                : t('analysis.offers.openToAll')}
            </td>
            <td>{o.languages.map((l) => LANGUAGE_NAMES[l as Lang] ?? l).join(', ')}</td>
            <td>{t(`analysis.modality.${o.modality}`)}</td>
            <td>
              {formatDate(o.starts_on, t.lang, { dash: true })} – {formatDate(o.ends_on, t.lang, { dash: true })}
            </td>
            <td>{signedIn ? <span dir="auto">{o.contact}</span> : <a href="/login?next=/analysis/offers">{t('analysis.offers.signInForContact')}</a>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function offersPage(c: Ctx, state?: OfferFormState, status = 200) {
  const t = c.get('t');
  const offers = await listOffers(c.get('db'));
  return page(
    c,
    t('analysis.offers.title'),
    <>
      <CbStyle />
      <p>
        <a href="/analysis">{t('analysis.title')}</a> · <a href="/analysis/matches">{t('analysis.matches.title')}</a>
      </p>
      <h1>{t('analysis.offers.title')}</h1>
      <p class="lede">{t('analysis.offers.lede')}</p>
      {offers.length ? <OfferTable offers={offers} c={c} /> : <p class="muted">{t('analysis.none')}</p>}
      {can(c.get('actor'), 'offer.register') ? await OfferForm({ c, state }) : null}
    </>,
    { wide: true, status },
  );
}

export const offerPages = new Hono<AppEnv>()
  .get('/analysis/offers', (c) => offersPage(c))
  .post('/analysis/offers', async (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'offer.register');
    const f = await readForm(c);
    const s = (k: string) => (typeof f[k] === 'string' ? (f[k] as string).trim() : '') || undefined;
    const values: OfferValues = {};
    for (const k of ['providerKind', 'providerState', 'providerName', 'title', 'description', 'modality', 'startsOn', 'endsOn', 'contact'])
      values[k] = s(k) ?? '';
    for (const k of ['elements', 'kinds', 'stages', 'eligibleRegions', 'eligibleStates', 'languages']) values[k] = listOf(f[k]);
    try {
      const o = await registerOffer(c.get('db'), actor, {
        providerKind: s('providerKind') as never,
        providerState: values.providerKind === 'state' ? s('providerState') : undefined,
        providerName: s('providerName'),
        title: s('title') ?? '',
        description: s('description') ?? '',
        elements: values.elements as string[],
        kinds: values.kinds as never,
        stages: values.stages as never,
        eligibleRegions: values.eligibleRegions as string[],
        eligibleStates: values.eligibleStates as string[],
        languages: values.languages as never,
        modality: s('modality') as never,
        startsOn: s('startsOn'),
        endsOn: s('endsOn'),
        contact: s('contact') ?? '',
      });
      return c.redirect(`/analysis/offers#offer-${o.id}`, 303);
    } catch (err) {
      if (
        err instanceof AppError &&
        (err.status === 400 || err.code === 'offer.not_your_state' || err.code === 'offer.not_a_state' || err.code === 'offer.not_an_organisation')
      ) {
        const l = localizeError(err, c.get('t'));
        const fields = l.fields ?? {};
        const message = Object.keys(fields).length ? c.get('t')('analysis.err.offerInvalid', { n: Object.keys(fields).length }) : l.message;
        return offersPage(c, { values, errors: fields, message }, err.status);
      }
      throw err;
    }
  });
