import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess, type Resource } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { currentVersion } from '../../framework/queries.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import { NEED_KINDS } from '../../reporting/answers.ts';
import { fromZod, ValidationError } from '../../foundation/errors.ts';
import { STATUS_ORDER } from '../compile.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-09-30.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Not a real date.');
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

export const NewOffer = z
  .object({
    /** Who provides the help: a donor State, an organisation, or a named programme. */
    providerKind: z.enum(['state', 'organisation', 'programme'], { message: 'Choose a State, an organisation or a programme.' }),
    /** The donor State (ISO alpha-3) when providerKind is state; a delegate may only name its own. */
    providerState: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'Choose the donor State from the list.')
      .optional(),
    /** The organisation's or programme's name (ignored for a State, whose UN name is used). */
    providerName: z.string().trim().max(200).optional(),
    title: z.string().trim().min(5, 'Give the offer a title of at least 5 characters.').max(200),
    /** What the help is and which situations it addresses: the matcher compares it with what States wrote. */
    description: z.string().trim().max(5000).default(''),
    elements: list(z.string().trim(), 40).min(1, 'Choose at least one element.'),
    kinds: list(z.enum(NEED_KINDS, { message: 'Choose kinds of help from the list.' }), 6).min(1, 'Choose at least one kind of help.'),
    /** Implementation stages the offer is designed for; empty means any. */
    stages: list(z.enum(STATUS_ORDER, { message: 'Choose stages from the list.' }), 4).default([]),
    /** Regional group ids; empty with no States means open to all. */
    eligibleRegions: list(z.string().trim(), 6).default([]),
    eligibleStates: list(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, 'Choose States from the list.'),
      200,
    ).default([]),
    languages: list(z.enum(LANGUAGES, { message: 'Choose languages from the list.' }), 6).min(1, 'Choose at least one language.'),
    modality: z.enum(['in-person', 'remote', 'hybrid'], { message: 'Choose in person, remote or hybrid.' }),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    contact: z.string().trim().min(3, 'Give a contact (an e-mail address or office).').max(300),
  })
  .refine((o) => !o.startsOn || !o.endsOn || o.startsOn <= o.endsOn, { path: ['endsOn'], message: 'The end date cannot be before the start date.' })
  .refine((o) => o.providerKind !== 'state' || !!o.providerState, { path: ['providerState'], message: 'Name the donor State.' });

const PROVIDER_KINDS = ['state', 'organisation', 'programme'] as const;
/** An offer as sent: the typed input, or a JSON body the command validates itself. */
type OfferInput = z.input<typeof NewOffer> | Record<string, unknown>;

/** The provider an offer names, as the policy's resource (read from the raw input: an unknown kind is left to validation). */
function providerOf(input: OfferInput): Resource {
  const kind = PROVIDER_KINDS.find((k) => k === input.providerKind);
  const state = typeof input.providerState === 'string' ? input.providerState.trim().toUpperCase() : '';
  return { providerKind: kind, ownerStateIso3: state || null };
}

/** A donor State, organisation or programme registers a capacity-building offer. */
export async function registerOffer(db: Db, actor: Actor, input: OfferInput, opts: { demo?: boolean } = {}) {
  // In whose name, decided before the offer is read (403 offer.not_your_state, offer.not_a_state or
  // offer.not_an_organisation from the policy), so a refusal never depends on the rest of the form.
  requireAccess(actor, 'offer.register', providerOf(input));
  const parsed = NewOffer.safeParse(input);
  if (!parsed.success) {
    const err = fromZod(parsed.error, 'offer.invalid');
    // The two cross-field rules get messages of their own in every language (zod calls them "custom").
    const keyed = err.l10n?.fields;
    if (keyed?.endsOn && parsed.error.issues.some((i) => i.code === 'custom' && i.path[0] === 'endsOn')) keyed.endsOn = { key: 'analysis.err.endBeforeStart' };
    if (keyed?.providerState && parsed.error.issues.some((i) => i.code === 'custom' && i.path[0] === 'providerState'))
      keyed.providerState = { key: 'analysis.err.providerState' };
    throw err;
  }
  const o = parsed.data;
  return db.transaction().execute(async (trx) => {
    const version = await currentVersion(trx as unknown as Db);
    const known = await trx.selectFrom('elements').select('id').where('framework_version', '=', version.id).where('id', 'in', o.elements).execute();
    const unknown = o.elements.filter((e) => !known.some((k) => k.id === e));
    if (unknown.length)
      throw ValidationError(`Unknown elements: ${unknown.join(', ')}.`, { elements: `Not in the framework: ${unknown.join(', ')}` }, 'offer.invalid', {
        key: 'analysis.err.offerInvalid',
        params: { n: 1 },
        fields: { elements: { key: 'analysis.err.unknownElements', params: { ids: unknown.join(', ') } } },
      });
    if (o.eligibleRegions.length) {
      const groups = await trx.selectFrom('regional_groups').select('id').execute();
      const bad = o.eligibleRegions.filter((r) => !groups.some((g) => g.id === r));
      if (bad.length)
        throw ValidationError(
          `Unknown regional groups: ${bad.join(', ')}.`,
          { eligibleRegions: `Not a regional group: ${bad.join(', ')}. Choose from the list.` },
          'offer.invalid',
          {
            key: 'analysis.err.offerInvalid',
            params: { n: 1 },
            fields: { eligibleRegions: { key: 'analysis.err.unknownRegions', params: { ids: bad.join(', ') } } },
          },
        );
    }
    const states = [...new Set([...o.eligibleStates, ...(o.providerState ? [o.providerState] : [])])];
    const found = states.length ? await trx.selectFrom('states').select(['iso3', 'official_name']).where('iso3', 'in', states).execute() : [];
    const missing = states.filter((s) => !found.some((f) => f.iso3 === s));
    if (missing.length) {
      const field = o.providerState && missing.includes(o.providerState) ? 'providerState' : 'eligibleStates';
      throw ValidationError(
        `Unknown State codes: ${missing.join(', ')}.`,
        { [field]: `Not a State: ${missing.join(', ')}. Choose from the list.` },
        'offer.invalid',
        { key: 'analysis.err.offerInvalid', params: { n: 1 }, fields: { [field]: { key: 'analysis.err.unknownStates', params: { ids: missing.join(', ') } } } },
      );
    }
    let providerName = o.providerName ?? '';
    let providerOrganisation: number | null = null;
    if (o.providerKind === 'state') providerName = found.find((f) => f.iso3 === o.providerState)!.official_name;
    if (actor.kind === 'user' && actor.role === 'stakeholder' && actor.organisationId != null) {
      providerOrganisation = actor.organisationId;
      if (o.providerKind === 'organisation') {
        providerName = (await trx.selectFrom('stakeholder_organisations').select('name').where('id', '=', actor.organisationId).executeTakeFirstOrThrow()).name;
      }
    }
    if (providerName.length < 2)
      throw ValidationError('Give the organisation or programme name.', { providerName: 'Give the organisation or programme name.' }, 'offer.invalid', {
        key: 'analysis.err.offerInvalid',
        params: { n: 1 },
        fields: { providerName: { key: 'analysis.err.providerName' } },
      });
    const row = await trx
      .insertInto('capacity_offers')
      .values({
        provider_kind: o.providerKind,
        provider_state: o.providerKind === 'state' ? o.providerState! : null,
        provider_organisation: providerOrganisation,
        provider_name: providerName,
        title: o.title,
        description: o.description,
        framework_version: version.id,
        elements: [...new Set(o.elements)],
        kinds: [...new Set(o.kinds)],
        stages: [...new Set(o.stages)],
        eligible_regions: [...new Set(o.eligibleRegions)],
        eligible_states: [...new Set(o.eligibleStates)],
        languages: [...new Set(o.languages)],
        modality: o.modality,
        starts_on: o.startsOn ?? null,
        ends_on: o.endsOn ?? null,
        contact: o.contact,
        demo: opts.demo ?? false,
        registered_by: actor.kind === 'user' ? actor.id : null,
        registered_by_label: actorLabel(actor),
      })
      .returning(['id', 'provider_name', 'title'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'offer.registered',
      itemType: 'capacity_offer',
      itemId: row.id,
      after: { providerName, title: o.title, elements: o.elements, kinds: o.kinds },
    });
    return row;
  });
}
