import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { emptyTestDb } from '../testing/database.ts';
import { migrate, readMigrations } from '../db/migrate.ts';

test('0508: earlier applications and organisations belong to the OEWG 2021–2025; nothing carries over by default', async () => {
  const all = readMigrations();
  const { engine, close } = await emptyTestDb(all.filter((m) => m.name < '0508'));
  try {
    const db = engine.db;
    // Invented organisations: one accredited through an application, one on the list without one.
    const [viaApp, listed] = (
      await sql<{
        id: number;
      }>`insert into stakeholder_organisations (name, kind) values ('Old Applicant Org', 'ngo'), ('Old Listed Org', 'academia') returning id`.execute(db)
    ).rows;
    await sql`insert into accreditation_applications (organisation_name, kind, ecosoc_status, description, contact_name, contact_email, procedure, status, organisation_id, decided_at, deadline_at)
      values ('Old Applicant Org', 'ngo', 'special', 'An organisation accredited before 0508.', 'A Person', 'a@example.org', 'ecosoc', 'accredited', ${viaApp!.id}, now(), null),
             ('Old Waiting Org', 'ngo', 'none', 'An organisation waiting before 0508.', 'B Person', 'b@example.org', 'no-objection', 'objection-window', null, null, now() + interval '14 days')`.execute(
      db,
    );
    await migrate(engine, all);

    const oewg = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
    const apps = await db.selectFrom('accreditation_applications').select(['organisation_name', 'process_id']).execute();
    assert.ok(apps.length === 2 && apps.every((a) => a.process_id === oewg.id));
    const acc = await db
      .selectFrom('process_accreditations')
      .select(['organisation_id', 'process_id', 'basis', 'application_id'])
      .orderBy('organisation_id')
      .execute();
    assert.deepEqual(
      acc.map((a) => [a.organisation_id, a.process_id, a.basis, a.application_id != null]),
      [
        [viaApp!.id, oewg.id, 'ecosoc', true],
        [listed!.id, oewg.id, 'listed', false],
      ],
    );
    const modalities = await db.selectFrom('stakeholder_modalities').selectAll().execute();
    assert.equal(modalities.length, 3);
    assert.ok(modalities.every((m) => m.carry_over_from === null && m.ecosoc_basis && m.no_objection_basis));
    // The same name may now apply to the Global Mechanism: one live application per process.
    const gm = await db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
    await db
      .insertInto('accreditation_applications')
      .values({
        organisation_name: 'Old Applicant Org',
        kind: 'ngo',
        country_iso3: null,
        ecosoc_status: 'special',
        website: null,
        description: 'Applying to the Global Mechanism.',
        contact_name: 'A Person',
        contact_email: 'a@example.org',
        procedure: 'ecosoc',
        status: 'awaiting-confirmation',
        process_id: gm.id,
        window_opened_at: null,
        deadline_at: null,
        working_days: null,
        organisation_id: viaApp!.id,
        outcome_notice: null,
        decided_at: null,
      })
      .execute();
    await assert.rejects(
      db
        .insertInto('accreditation_applications')
        .values({
          organisation_name: 'old applicant org',
          kind: 'ngo',
          country_iso3: null,
          ecosoc_status: 'special',
          website: null,
          description: 'A second live one.',
          contact_name: 'A Person',
          contact_email: 'a@example.org',
          procedure: 'ecosoc',
          status: 'awaiting-confirmation',
          process_id: gm.id,
          window_opened_at: null,
          deadline_at: null,
          working_days: null,
          organisation_id: null,
          outcome_notice: null,
          decided_at: null,
        })
        .execute(),
      /unique|duplicate/i,
    );
  } finally {
    await close();
  }
});
