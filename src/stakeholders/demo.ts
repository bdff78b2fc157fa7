import { ANONYMOUS, systemActor, type Actor } from '../accounts/actor.ts';
import { toActor } from '../accounts/signIn.ts';
import type { Db } from '../db/engine.ts';
import { runDueJobs } from '../server/jobs.ts';
import { applyForAccreditation } from './commands/applyForAccreditation.ts';
import { decideEcosoc } from './commands/decideEcosoc.ts';
import { objectToApplication } from './commands/objectToApplication.ts';
import { submitContribution } from './commands/submitContribution.ts';

const DAY = 86_400_000;
const synthetic = (name: string) => `${name} (synthetic demo organisation)`;

const CONTRIBUTION = `# Keeping incident responders out of harm's way

Computer emergency response teams are the first line of defence when critical infrastructure is attacked.
We recommend that States reaffirm that they will not conduct or knowingly support activity that harms
the authorised emergency response teams of another State, and that they use their points of contact to
request assistance quickly when hospitals, water or energy systems are affected.

We further recommend capacity-building for CERT-to-CERT cooperation, with funding directed to
developing countries and coordinated so that efforts are not duplicated.`;

/**
 * Demo accreditation: one ECOSOC organisation confirmed, one application in its no-objection window,
 * one refused after an objection, the demo organisation accredited to the OEWG 2021–2025, and a
 * contribution from the demo stakeholder account.
 */
export async function seedDemo(db: Db) {
  const already = await db.selectFrom('accreditation_applications').select('id').limit(1).executeTakeFirst();
  if (already) return;
  const secretariat: Actor = systemActor('demo seed (Secretariat)');
  const now = Date.now();
  const a = await applyForAccreditation(
    db,
    ANONYMOUS,
    {
      name: synthetic('Open Infrastructure Institute'),
      kind: 'academia',
      country: 'KEN',
      ecosocStatus: 'special',
      website: 'https://example.org/oii',
      description: 'Research on the security of critical infrastructure in East Africa and on CERT cooperation.',
      contactName: 'A. Demo',
      contactEmail: 'contact@oii.example.org',
    },
    { now: new Date(now - 20 * DAY) },
  );
  await decideEcosoc(db, secretariat, a.id, { confirmed: true }, { now: new Date(now - 18 * DAY) });

  await applyForAccreditation(db, ANONYMOUS, {
    name: synthetic('Network Operators Alliance'),
    kind: 'technical-community',
    country: 'BRA',
    ecosocStatus: 'none',
    website: 'https://example.org/noa',
    description: 'An association of network operators working on routing security and incident coordination.',
    contactName: 'B. Demo',
    contactEmail: 'contact@noa.example.org',
  });

  const refused = await applyForAccreditation(
    db,
    ANONYMOUS,
    {
      name: synthetic('Digital Security Firm'),
      kind: 'private-sector',
      country: 'DEU',
      ecosocStatus: 'none',
      description: 'A company offering security assessments and threat intelligence to governments.',
      contactName: 'C. Demo',
      contactEmail: 'contact@dsf.example.org',
    },
    { now: new Date(now - 30 * DAY) },
  );
  const fra = await db.selectFrom('users').selectAll().where('email', '=', 'fra@accord.test').executeTakeFirst();
  if (fra) {
    await objectToApplication(
      db,
      toActor(fra),
      refused.id,
      { basis: 'Concerns about the commercial nature of the applicant (synthetic demo objection).', shareWithStates: false },
      { now: new Date(now - 25 * DAY) },
    );
  }
  await runDueJobs(db);

  const stakeholder = await db.selectFrom('users').selectAll().where('email', '=', 'stakeholder@accord.test').executeTakeFirst();
  if (stakeholder?.organisation_id != null) {
    // The demo organisation was on the list before accreditation was kept per process: the OEWG
    // 2021–2025's. It is not carried over to the Global Mechanism (the default modalities).
    const oewg = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirst();
    if (oewg) {
      await db
        .insertInto('process_accreditations')
        .values({ organisation_id: stakeholder.organisation_id, process_id: oewg.id, basis: 'listed', application_id: null, carried_over_from: null })
        .onConflict((oc) => oc.columns(['organisation_id', 'process_id']).doNothing())
        .execute();
    }
  }
  if (stakeholder) {
    await submitContribution(
      db,
      toActor(stakeholder),
      {
        session: 'Substantive session (demo)',
        process: 'Open-ended working group',
        title: 'Protecting emergency response teams (synthetic demo contribution)',
        summary: 'Recommends a reaffirmation of the norm protecting CERTs, use of points of contact to request assistance, and coordinated capacity-building.',
      },
      { filename: 'cert-protection.md', mediaType: 'text/markdown', bytes: new TextEncoder().encode(CONTRIBUTION) },
    );
  }
}
