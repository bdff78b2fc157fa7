import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { ackRequestRows } from './acknowledgementRequests.ts';
import { DEMO_MECHANISMS } from './demoMechanisms.ts';
import { saveMechanism } from './commands/saveMechanism.ts';
import { savePointOfContact } from './commands/savePointOfContact.ts';

const DEMO_POC_STATES: Array<[string, string, string, string]> = [
  // iso3, tz, language, phone country code
  ['NZL', 'Pacific/Auckland', 'en', '64'],
  ['FRA', 'Europe/Paris', 'fr', '33'],
  ['MEX', 'America/Mexico_City', 'es', '52'],
  ['AUS', 'Australia/Sydney', 'en', '61'],
  ['JPN', 'Asia/Tokyo', 'ja', '81'],
  ['KEN', 'Africa/Nairobi', 'en', '254'],
  ['BRA', 'America/Sao_Paulo', 'pt', '55'],
  ['DEU', 'Europe/Berlin', 'de', '49'],
  ['IND', 'Asia/Kolkata', 'en', '91'],
  ['ZAF', 'Africa/Johannesburg', 'en', '27'],
  ['EGY', 'Africa/Cairo', 'ar', '20'],
  ['CAN', 'America/Toronto', 'fr', '1'],
  ['SGP', 'Asia/Singapore', 'en', '65'],
  ['EST', 'Europe/Tallinn', 'et', '372'],
];

/** A small deterministic generator, so the demo looks the same on every first start. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Demo content of the registry: the ten mechanisms, synthetic points of contact (example.org
 * addresses, marked synthetic by their names) and three past communication checks with synthetic answers.
 */
export async function seedDemo(db: Db) {
  const already = await db.selectFrom('mechanisms').select('id').limit(1).executeTakeFirst();
  if (already) return;
  const actor = systemActor('demo seed');
  for (const m of DEMO_MECHANISMS) await saveMechanism(db, actor, { ...m, demo: true, note: 'Demo data: summary written for the demo.' });
  for (const [iso3, tz, lang, cc] of DEMO_POC_STATES) {
    const langs = [...new Set(['en', lang])];
    const n = iso3.toLowerCase();
    await savePointOfContact(db, actor, {
      stateIso3: iso3,
      name: `${iso3} cyber policy desk (synthetic)`,
      role: 'diplomatic',
      organisation: 'Ministry of Foreign Affairs',
      email: `cyber-policy@${n}.example.org`,
      phone: `+${cc} 555 0100`,
      languages: langs,
      timeZone: tz,
    });
    await savePointOfContact(db, actor, {
      stateIso3: iso3,
      name: `${iso3} national CERT duty officer (synthetic)`,
      role: 'technical',
      organisation: 'National CERT',
      email: `duty@cert.${n}.example.org`,
      phone: `+${cc} 555 0199`,
      languages: langs,
      timeZone: tz,
    });
  }
  const pointsOfContact = await db.selectFrom('points_of_contact_current').selectAll().where('active', '=', true).execute();
  const rand = prng(7);
  const day = 86_400_000;
  // Reachability improves over the three checks, as it typically does once a directory is exercised.
  for (const [k, daysAgo] of [90, 60, 30].entries()) {
    const started = new Date(Date.now() - daysAgo * day);
    const round = await db
      .insertInto('communication_checks')
      .values({
        note: `Quarterly communication check (synthetic demo data) ${k + 1}`,
        all_states: true,
        state_iso3s: [],
        started_by_label: 'demo seed',
        started_at: started,
        expires_at: new Date(started.getTime() + 3 * day),
        respond_by: new Date(started.getTime() + 3 * day),
        demo: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('ack_requests')
      .values(
        ackRequestRows(pointsOfContact, { communicationCheckId: round.id }, { sentAt: started, expiresAt: new Date(started.getTime() + 3 * day) }).map(
          (row) => {
            const acked = rand() < 0.55 + 0.15 * k;
            const ms = Math.round((0.2 + rand() * (acked ? 40 : 0)) * 3_600_000);
            return {
              ...row,
              email_status: 'not-configured' as const,
              email_detail: 'synthetic demo round',
              acknowledged_at: acked ? new Date(started.getTime() + ms) : null,
              ack_ms: acked ? ms : null,
            };
          },
        ),
      )
      .execute();
  }
}
