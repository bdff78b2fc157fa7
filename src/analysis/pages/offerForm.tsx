import { can } from '../../accounts/policy.ts';
import { localize } from '../../framework/localize.ts';
import { frameworkOverview } from '../../framework/queries.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import { listStates } from '../../participants/queries.ts';
import { REGIONAL_GROUPS } from '../../participants/regionalGroups.ts';
import { NEED_KINDS } from '../../reporting/answers.ts';
import type { Ctx } from '../../server/context.ts';
import { Csrf } from '../../server/layout.tsx';
import { STATUS_ORDER } from '../compile.ts';

/**
 * The offer form: every coded field is chosen from a list in the reader's language (elements by
 * name under their pillar, regional groups and States by their names), so nobody has to know an id
 * or a slug. After an error the form comes back with what was typed and chosen, each error beside
 * its field.
 */
export type OfferValues = Record<string, string | string[]>;
export interface OfferFormState {
  values: OfferValues;
  errors: Record<string, string>;
  message?: string;
}

const one = (v: OfferValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};
const many = (v: OfferValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? x : x ? [x] : [];
};

/** The States in the reader's language and alphabetical order, grouped by regional group. */
export async function statesByGroup(c: Ctx) {
  const lang = c.get('lang');
  const collator = new Intl.Collator(lang);
  const states = (await listStates(c.get('db'))).map((s) => ({ iso3: s.iso3, group: s.regional_group, name: stateName(s.iso3, lang) ?? s.official_name }));
  states.sort((a, b) => collator.compare(a.name, b.name));
  return [
    ...REGIONAL_GROUPS.map((g) => ({ id: g.id as string, states: states.filter((s) => s.group === g.id) })),
    { id: 'observers', states: states.filter((s) => !s.group) },
  ].filter((g) => g.states.length);
}

/** Pillars with their elements, titles in the reader's language. */
export async function elementChoices(c: Ctx, lang: Lang) {
  const fw = await frameworkOverview(c.get('db'));
  return fw.pillars.map((p) => ({ id: p.id, title: localize(p, lang).title, elements: p.elements.map((e) => ({ id: e.id, title: localize(e, lang).title })) }));
}

function FieldError({ id, errors }: { id: string; errors: Record<string, string> }) {
  return errors[id] ? (
    <p class="field-error" id={`err-${id}`}>
      {errors[id]}
    </p>
  ) : null;
}
const invalid = (id: string, errors: Record<string, string>) => (errors[id] ? { 'aria-invalid': 'true', 'aria-describedby': `err-${id}` } : {});
/** A group of checkboxes names its error through aria-describedby (aria-invalid belongs to the inputs). */
const described = (id: string, errors: Record<string, string>) => (errors[id] ? { 'aria-describedby': `err-${id}` } : {});

export async function OfferForm({ c, state }: { c: Ctx; state?: OfferFormState }) {
  const t = c.get('t');
  const actor = c.get('actor');
  const lang = c.get('lang');
  const ownState = actor.kind === 'user' ? actor.stateIso3 : null;
  const kinds = (['state', 'organisation', 'programme'] as const).filter((k) =>
    can(actor, 'offer.register', { providerKind: k, ownerStateIso3: k === 'state' ? ownState : null }),
  );
  const v: OfferValues = state?.values ?? { providerState: actor.kind === 'user' && actor.stateIso3 ? actor.stateIso3 : '', languages: ['en'] };
  const errors = state?.errors ?? {};
  const [pillars, groups] = await Promise.all([elementChoices(c, lang), statesByGroup(c)]);
  const chosen = {
    elements: many(v, 'elements'),
    kinds: many(v, 'kinds'),
    stages: many(v, 'stages'),
    regions: many(v, 'eligibleRegions'),
    states: many(v, 'eligibleStates'),
    languages: many(v, 'languages'),
  };
  const groupName = (id: string) => t(`core.group.${id}`);
  return (
    <form method="post" action="/analysis/offers" class="card offer-form" id="register-offer" novalidate>
      <Csrf c={c} />
      <h2>{t('analysis.offers.register')}</h2>
      {state ? (
        <div class="alert error" role="alert" id="offer-errors">
          <p>{state.message ?? t('analysis.err.offerInvalid', { n: Object.keys(errors).length })}</p>
        </div>
      ) : null}
      <label for="providerKind">{t('analysis.offers.providerKind')}</label>
      <select id="providerKind" name="providerKind" {...invalid('providerKind', errors)}>
        {kinds.map((k) => (
          <option value={k} selected={one(v, 'providerKind') === k}>
            {t(`analysis.provider.${k}`)}
          </option>
        ))}
      </select>
      <FieldError id="providerKind" errors={errors} />
      <label for="providerState">{t('analysis.offers.providerStateChoose')}</label>
      <select id="providerState" name="providerState" {...invalid('providerState', errors)}>
        <option value="">{t('analysis.offers.none')}</option>
        {groups.map((g) => (
          <optgroup label={groupName(g.id)}>
            {g.states.map((s) => (
              <option value={s.iso3} selected={one(v, 'providerState') === s.iso3}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id="providerState" errors={errors} />
      <label for="providerName">{t('analysis.offers.providerName')}</label>
      <input type="text" dir="auto" id="providerName" name="providerName" value={one(v, 'providerName')} {...invalid('providerName', errors)} />
      <FieldError id="providerName" errors={errors} />
      <label for="title">{t('analysis.offers.titleField')}</label>
      <input type="text" dir="auto" id="title" name="title" required minlength={5} value={one(v, 'title')} {...invalid('title', errors)} />
      <FieldError id="title" errors={errors} />
      <label for="description">{t('analysis.offers.description')}</label>
      <textarea dir="auto" id="description" name="description" rows={3}>
        {one(v, 'description')}
      </textarea>
      <fieldset id="elements" class="choices" {...described('elements', errors)}>
        <legend>{t('analysis.offers.elementsChoose')}</legend>
        {pillars.map((p) => (
          <details open={p.elements.some((e) => chosen.elements.includes(e.id)) || undefined}>
            <summary>{p.title}</summary>
            {p.elements.map((e) => (
              <label>
                <input type="checkbox" name="elements" value={e.id} checked={chosen.elements.includes(e.id)} /> {e.title}
              </label>
            ))}
          </details>
        ))}
        <FieldError id="elements" errors={errors} />
      </fieldset>
      <fieldset id="kinds" {...described('kinds', errors)}>
        <legend>{t('analysis.offers.kinds')}</legend>
        {NEED_KINDS.map((k) => (
          <label>
            <input type="checkbox" name="kinds" value={k} checked={chosen.kinds.includes(k)} /> {t(`analysis.kind.${k}`)}
          </label>
        ))}
        <FieldError id="kinds" errors={errors} />
      </fieldset>
      <fieldset>
        <legend>{t('analysis.offers.stages')}</legend>
        {STATUS_ORDER.map((s) => (
          <label>
            <input type="checkbox" name="stages" value={s} checked={chosen.stages.includes(s)} /> {t(`analysis.st.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset id="eligibleRegions" {...described('eligibleRegions', errors)}>
        <legend>{t('analysis.offers.regions')}</legend>
        {REGIONAL_GROUPS.map((g) => (
          <label>
            <input type="checkbox" name="eligibleRegions" value={g.id} checked={chosen.regions.includes(g.id)} /> {groupName(g.id)}
          </label>
        ))}
        <FieldError id="eligibleRegions" errors={errors} />
      </fieldset>
      <label for="eligibleStates">{t('analysis.offers.statesChoose')}</label>
      <p class="muted" id="eligibleStates-help">
        {t('analysis.offers.statesHelp')}
      </p>
      <select
        id="eligibleStates"
        name="eligibleStates"
        multiple
        size={8}
        aria-describedby={errors.eligibleStates ? 'eligibleStates-help err-eligibleStates' : 'eligibleStates-help'}
        aria-invalid={errors.eligibleStates ? 'true' : undefined}
      >
        {groups.map((g) => (
          <optgroup label={groupName(g.id)}>
            {g.states.map((s) => (
              <option value={s.iso3} selected={chosen.states.includes(s.iso3)}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id="eligibleStates" errors={errors} />
      <fieldset id="languages" {...described('languages', errors)}>
        <legend>{t('analysis.offers.languages')}</legend>
        {LANGUAGES.map((l) => (
          <label lang={l}>
            <input type="checkbox" name="languages" value={l} checked={chosen.languages.includes(l)} /> {LANGUAGE_NAMES[l]}
          </label>
        ))}
        <FieldError id="languages" errors={errors} />
      </fieldset>
      <label for="modality">{t('analysis.offers.modality')}</label>
      <select id="modality" name="modality">
        {['in-person', 'remote', 'hybrid'].map((m) => (
          <option value={m} selected={one(v, 'modality') === m}>
            {t(`analysis.modality.${m}`)}
          </option>
        ))}
      </select>
      <label for="startsOn">{t('analysis.offers.startsOn')}</label>
      <input id="startsOn" name="startsOn" type="date" value={one(v, 'startsOn')} {...invalid('startsOn', errors)} />
      <FieldError id="startsOn" errors={errors} />
      <label for="endsOn">{t('analysis.offers.endsOn')}</label>
      <input id="endsOn" name="endsOn" type="date" value={one(v, 'endsOn')} {...invalid('endsOn', errors)} />
      <FieldError id="endsOn" errors={errors} />
      <label for="contact">{t('analysis.offers.contact')}</label>
      <input type="text" dir="auto" id="contact" name="contact" required value={one(v, 'contact')} {...invalid('contact', errors)} />
      <FieldError id="contact" errors={errors} />
      <p>
        <button type="submit">{t('analysis.offers.submit')}</button>
      </p>
    </form>
  );
}
