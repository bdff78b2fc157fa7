import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, parseInput, ValidationError } from '../../foundation/errors.ts';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import { pillarsOf, unknownIds } from '../../text/lexicon.ts';

export const MECHANISM_KINDS = ['un-body', 'regional-organisation', 'treaty-body', 'programme', 'forum'] as const;

export const MechanismInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "osce-iwg".')
    .max(60),
  name: z.string().trim().min(3, "Enter the mechanism's name.").max(300),
  parentOrganisation: z.string().trim().min(2, 'Enter the parent organisation.').max(200),
  kind: z.enum(MECHANISM_KINDS, 'Choose un-body, regional-organisation, treaty-body, programme or forum.'),
  mandateText: z.string().trim().min(40, 'Write the mandate in at least 40 characters.').max(20000),
  mandateSource: z.string().trim().min(3, 'Cite the source of the mandate (document symbol or decision).').max(500),
  elementIds: z.array(z.string()).max(60).default([]),
  pillarIds: z.array(z.string()).max(6).default([]),
  membership: z.string().trim().max(1000).default(''),
  meetingFrequency: z.string().trim().max(300).default(''),
  // Only web addresses: a javascript: or data: URL would run in every reader's browser from the link.
  website: z
    .string()
    .trim()
    .url('Enter the full address, starting with https://.')
    .refine((u) => /^https?:\/\//i.test(u), 'Use an http or https address.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  note: z.string().trim().max(1000).default(''),
  demo: z.boolean().default(false),
});
export type MechanismInputProps = z.input<typeof MechanismInput>;

/**
 * Creates a mechanism or records a new revision of it (matched by slug). Revisions are append-only:
 * the previous text stays readable in the history.
 */
export async function saveMechanism(db: Db, actor: Actor, input: MechanismInputProps, opts: { expectNew?: boolean } = {}) {
  requireAccess(actor, 'mechanisms.manage');
  const m = parseInput(MechanismInput, input, 'mechanism.invalid');
  const catalogue = await loadTagCatalogue(db);
  const bad = unknownIds({ elements: m.elementIds, pillars: m.pillarIds }, catalogue);
  if (bad.length)
    throw ValidationError(`Unknown framework ids: ${bad.join(', ')}.`, { elementIds: 'Choose elements of the current framework.' }, 'mechanism.invalid');
  const pillarIds = [...new Set([...m.pillarIds, ...pillarsOf(m.elementIds, catalogue)])];
  return db.transaction().execute(async (trx) => {
    let mech = await trx.selectFrom('mechanisms').selectAll().where('slug', '=', m.slug).forUpdate().executeTakeFirst();
    if (mech && opts.expectNew) throw Conflict('mechanism.exists', `A mechanism with the id ${m.slug} already exists; edit it instead.`, { slug: 'Taken.' });
    if (!mech) mech = await trx.insertInto('mechanisms').values({ slug: m.slug, demo: m.demo }).returningAll().executeTakeFirstOrThrow();
    const last = await trx
      .selectFrom('mechanism_revisions')
      .select((eb) => eb.fn.max('revision').as('r'))
      .where('mechanism_id', '=', mech.id)
      .executeTakeFirst();
    const revision = Number(last?.r ?? 0) + 1;
    const row = await trx
      .insertInto('mechanism_revisions')
      .values({
        mechanism_id: mech.id,
        revision,
        name: m.name,
        parent_organisation: m.parentOrganisation,
        kind: m.kind,
        mandate_text: m.mandateText,
        mandate_source: m.mandateSource,
        framework_version: catalogue.version,
        pillar_ids: pillarIds,
        element_ids: m.elementIds,
        membership: m.membership,
        meeting_frequency: m.meetingFrequency,
        website: m.website ?? null,
        note: m.note,
        created_by_label: actorLabel(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: revision === 1 ? 'mechanism.created' : 'mechanism.revised',
      itemType: 'mechanism',
      itemId: m.slug,
      after: { revision, name: m.name },
    });
    return { ...row, slug: m.slug };
  });
}
