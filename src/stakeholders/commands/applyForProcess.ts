import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { requireOrganisation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, parseInput } from '../../foundation/errors.ts';
import { processSlug } from './applyForAccreditation.ts';
import { accreditationTo, processBySlug } from '../modalities.ts';
import { liveApplication, openApplication } from '../procedure.ts';

export const ProcessApplication = z.object({ process: processSlug });

/**
 * An organisation already on the list applies, through its own account, to another process: its
 * accreditation carries over when (and only when) that process's modalities say so; otherwise it
 * goes through the process's procedure like any new applicant, the user's account as the contact.
 */
export async function applyForProcess(db: Db, actor: Actor, input: z.input<typeof ProcessApplication>, opts: { now?: Date; windowDays?: number } = {}) {
  // The stakeholder role: the same rule as submitting contributions on the organisation's behalf.
  const account = requireOrganisation(actor, 'organisation.act');
  const v = parseInput(ProcessApplication, input, 'accreditation.invalid');
  const now = opts.now ?? new Date();
  const orgId = account.organisationId;
  return db.transaction().execute(async (trx) => {
    const process = await processBySlug(trx, v.process);
    const org = await trx.selectFrom('stakeholder_organisations').selectAll().where('id', '=', orgId).executeTakeFirstOrThrow();
    const live = await liveApplication(trx, process.id, { name: org.name, organisationId: orgId });
    if (live || (await accreditationTo(trx, orgId, process.id))) {
      throw Conflict(
        'accreditation.duplicate',
        `${org.name} has already applied to the ${process.title}${live ? ` (application ${live.id}, ${live.status})` : ' or is already accredited to it'}.`,
      );
    }
    return openApplication(
      trx,
      actor,
      {
        organisation_name: org.name,
        kind: org.kind,
        country_iso3: org.country_iso3,
        ecosoc_status: org.ecosoc_status ?? 'none',
        website: org.website,
        description: org.description || `${org.name}.`,
        contact_name: account.displayName,
        contact_email: account.email.toLowerCase(),
        organisation_id: orgId,
      },
      process,
      { organisation: orgId },
      { now, windowDays: opts.windowDays },
    );
  });
}
