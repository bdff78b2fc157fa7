import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDb } from '../testing/database.ts';
import { AppError } from '../foundation/errors.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';
import { createSession } from '../records/commands/createSession.ts';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { enc } from '../records/testing.ts';
import { FRAMEWORK_2025 } from './catalogue/index.ts';
import { FRAMEWORK_GM } from './catalogue/globalMechanism.ts';
import { addElementMappings } from './commands/addElementMappings.ts';
import { createFrameworkVersion } from './commands/createFrameworkVersion.ts';
import { comparableElements, listVersions, mappedElements, readerFramework, versionOfMeeting, versionUsage } from './queries.ts';
import { reviseFrameworkVersion } from './commands/reviseFrameworkVersion.ts';
import { FormError } from '../reporting/fieldErrors.ts';
import { actorFor, testMeeting } from '../testing/factories.ts';

async function gmMeeting(db: Awaited<ReturnType<typeof testDb>>['db'], n = 1) {
  const secretariat = await actorFor(db, 'secretariat@accord.test');
  const gm = await db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
  const session = await createSession(db, secretariat, {
    processId: gm.id,
    number: 200 + n,
    title: `GM test session ${n}`,
    startsOn: '2026-07-20',
    endsOn: '2026-07-24',
  });
  const meeting = await createMeeting(db, secretariat, { sessionId: session.id, number: 1, heldOn: '2026-07-21', agenda: 'institutional-dialogue' });
  return { meeting, secretariat };
}

const GM_TEXT = `First substantive plenary of the Global Mechanism, meeting 2
The representative of Kenya stated that the dedicated thematic groups should hear the co-facilitators report on their guiding questions before the plenary.
The delegate of Chile said that critical infrastructure such as hospitals must never be attacked.`;

test("the seed holds the Global Mechanism version, a successor for every 2025 element and each process's version", async () => {
  const t = await testDb();
  try {
    const versions = await listVersions(t.db);
    const gm = versions.find((v) => v.id === FRAMEWORK_GM.id)!;
    assert.ok(gm, 'the Global Mechanism version is seeded');
    assert.equal(gm.is_current, false);
    assert.equal(gm.predecessor, FRAMEWORK_2025.id);
    assert.deepEqual(
      gm.processes.map((p) => p.slug),
      ['global-mechanism'],
    );
    assert.deepEqual(
      versions
        .find((v) => v.id === FRAMEWORK_2025.id)!
        .processes.map((p) => p.slug)
        .sort(),
      ['oewg-2019-2021', 'oewg-2021-2025'],
    );
    const gmPillars = await t.db
      .selectFrom('pillars')
      .select(['id', 'title', 'translations'])
      .where('framework_version', '=', FRAMEWORK_GM.id)
      .orderBy('position')
      .execute();
    assert.deepEqual(
      gmPillars.map((p) => p.id),
      ['threats', 'international-law', 'norms', 'cbms', 'capacity-building', 'institutional-dialogue'],
    );
    assert.equal(gmPillars.at(-1)!.title, 'The Global Mechanism itself');
    assert.equal((gmPillars.at(-1)!.translations as Record<string, { title: string }>).ar!.title, 'الآلية العالمية ذاتها');
    for (const e of FRAMEWORK_2025.elements) {
      const to = await mappedElements(t.db, FRAMEWORK_2025.id, e.id);
      assert.ok(
        to.some((m) => m.direction === 'successor' && m.version === FRAMEWORK_GM.id),
        `${e.id} has a successor`,
      );
    }
    const norm = await mappedElements(t.db, FRAMEWORK_GM.id, 'norm-f');
    assert.deepEqual(
      norm.map((m) => [m.direction, m.version, m.element, m.relation]),
      [['predecessor', 'oewg-2025', 'norm-f', 'same']],
    );
    const split = await mappedElements(t.db, FRAMEWORK_2025.id, 'dialogue-new-body');
    assert.deepEqual(
      split.map((m) => [m.element, m.relation]),
      [
        ['gm-structure', 'split'],
        ['gm-thematic-groups', 'split'],
      ],
    );
  } finally {
    await t.close();
  }
});

test('a Global Mechanism record is read with the Global Mechanism version, an OEWG record with the 2025 one', async () => {
  const t = await testDb();
  try {
    const { meeting: gm, secretariat } = await gmMeeting(t.db);
    const { meeting: oewg } = await testMeeting(t.db, 7);
    assert.equal(await versionOfMeeting(t.db, gm.id), FRAMEWORK_GM.id);
    assert.equal(await versionOfMeeting(t.db, oewg.id), FRAMEWORK_2025.id);
    assert.equal(await versionOfMeeting(t.db, null), FRAMEWORK_2025.id);
    assert.equal((await readerFramework(t.db, FRAMEWORK_GM.id)).id, FRAMEWORK_GM.id);
    const tagsOf = async (docId: number) =>
      (
        await t.db
          .selectFrom('statement_tags as g')
          .innerJoin('statements as s', 's.id', 'g.statement_id')
          .select('g.element_id')
          .where('s.document_id', '=', docId)
          .where('g.element_id', 'is not', null)
          .execute()
      ).map((r) => r.element_id!);
    const a = await ingestDocument(t.db, secretariat, { bytes: enc(GM_TEXT), filename: 'gm.txt' }, { meetingId: gm.id, kind: 'event-report' });
    const b = await ingestDocument(t.db, secretariat, { bytes: enc(GM_TEXT), filename: 'oewg.txt' }, { meetingId: oewg.id, kind: 'event-report' });
    const gmTags = await tagsOf(a.id),
      oewgTags = await tagsOf(b.id);
    assert.ok(gmTags.includes('gm-thematic-groups'), `GM tags: ${gmTags.join(', ')}`);
    assert.ok(!oewgTags.some((x) => x.startsWith('gm-')), `OEWG tags: ${oewgTags.join(', ')}`);
    assert.ok(gmTags.includes('threat-critical-infrastructure') && oewgTags.includes('threat-critical-infrastructure'), 'elements carried over keep their id');
  } finally {
    await t.close();
  }
});

test('the Secretariat adds a version and its mapping; a version in use cannot have its pillars or elements changed', async () => {
  const t = await testDb();
  try {
    const secretariat = await actorFor(t.db, 'secretariat@accord.test');
    const delegate = await actorFor(t.db, 'nzl@accord.test');
    await assert.rejects(createFrameworkVersion(t.db, delegate, { id: 'gm-2030', title: 'A later framework' }), (e: AppError) => e.status === 403);
    await assert.rejects(
      createFrameworkVersion(t.db, secretariat, { id: 'Bad Id', title: 'x' }),
      (e: AppError) => e instanceof FormError && e.messages.id!.key === 'framework.err.slug' && e.messages.title!.key === 'framework.err.required',
    );
    const made = await createFrameworkVersion(t.db, secretariat, {
      id: 'gm-2030',
      title: 'Framework after the first review conference',
      predecessor: FRAMEWORK_GM.id,
      copyFrom: FRAMEWORK_GM.id,
      mapUnchanged: true,
    });
    assert.equal(made.elements, FRAMEWORK_GM.elements.length);
    assert.equal(made.mapped, FRAMEWORK_GM.elements.length);
    await assert.rejects(
      createFrameworkVersion(t.db, secretariat, { id: 'gm-2030', title: 'Again the same id' }),
      (e: AppError) => e.code === 'framework.version_exists',
    );

    // Unused: its content may still change, keeping mapped elements.
    const content = FRAMEWORK_GM.elements.map((e) => ({
      id: e.id,
      pillar: e.pillar,
      title: e.title,
      description: e.description,
      source: e.source,
      lexicon: e.lexicon,
    }));
    const pillars = FRAMEWORK_GM.pillars.map((p) => ({ id: p.id, title: p.title, description: p.description, source: p.source, lexicon: p.lexicon }));
    const extra = {
      id: 'gm-new-theme',
      pillar: 'institutional-dialogue' as const,
      title: 'A theme added later',
      description: '',
      source: { symbol: 'A/82/000', paragraph: '1' },
      lexicon: ['new theme'],
    };
    await reviseFrameworkVersion(t.db, secretariat, 'gm-2030', { pillars, elements: [...content, extra] });
    await assert.rejects(
      reviseFrameworkVersion(t.db, secretariat, 'gm-2030', { pillars, elements: content.filter((e) => e.id !== 'norm-a') }),
      (e: AppError) => e.code === 'framework.version_mapped',
    );
    await addElementMappings(t.db, secretariat, 'gm-2030', {
      mappings: [{ fromElement: 'gm-thematic-groups', toElement: 'gm-new-theme', relation: 'split', note: "Part of the groups' work moved here." }],
    });
    await assert.rejects(
      addElementMappings(t.db, secretariat, 'gm-2030', { mappings: [{ fromElement: 'no-such', toElement: 'norm-a', relation: 'same' }] }),
      (e: AppError) => e instanceof FormError && e.messages['mappings.0.fromElement']!.key === 'framework.err.unknownElement',
    );
    await assert.rejects(
      addElementMappings(t.db, secretariat, 'gm-2030', { mappings: [{ fromElement: 'norm-a', toElement: 'norm-a', relation: 'same' }] }),
      (e: AppError) => e instanceof FormError && e.messages['mappings.0.toElement']!.key === 'framework.err.mappingExists',
    );

    // In use: a statement tagged under the Global Mechanism's version fixes its content.
    assert.equal((await versionUsage(t.db, FRAMEWORK_GM.id)).inUse, false);
    const { meeting } = await gmMeeting(t.db, 2);
    await ingestDocument(t.db, secretariat, { bytes: enc(GM_TEXT), filename: 'gm.txt' }, { meetingId: meeting.id, kind: 'event-report' });
    const usage = await versionUsage(t.db, FRAMEWORK_GM.id);
    assert.ok(usage.inUse && usage.statements > 0);
    await assert.rejects(
      reviseFrameworkVersion(t.db, secretariat, FRAMEWORK_GM.id, { pillars, elements: content }),
      (e: AppError) => e.code === 'framework.version_in_use' && e.status === 409,
    );
    const audit = await t.db.selectFrom('audit_events').select('action').where('item_type', '=', 'framework_version').execute();
    assert.deepEqual([...new Set(audit.map((a) => a.action))].sort(), ['framework.mapping_added', 'framework.version_created', 'framework.version_revised']);
  } finally {
    await t.close();
  }
});

test('elements compare across a change of version only where the mapping is one to one', async () => {
  const t = await testDb();
  try {
    const m = await comparableElements(t.db, FRAMEWORK_2025.id, FRAMEWORK_GM.id);
    assert.equal(m.get('norm-a'), 'norm-a');
    assert.equal(m.get('dialogue-multistakeholder'), 'gm-stakeholders');
    assert.equal(m.has('dialogue-new-body'), false, 'a split element has no single successor');
    assert.equal(m.has('dialogue-poa'), false, 'gm-structure has two sources');
    assert.equal((await comparableElements(t.db, FRAMEWORK_2025.id, FRAMEWORK_2025.id)).size, 0);
  } finally {
    await t.close();
  }
});
