import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { systemActor } from '../accounts/actor.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import { testApp } from '../testing/app.ts';
import { actorFor, testReport } from '../testing/factories.ts';
import { compileAnalysis } from './compile.ts';
import { toSummary } from './summary.ts';

/**
 * The roadmap per element and the cross-cutting challenges, through the real reporting commands and
 * meeting-record rows: five States report low implementation of norm 13(c) with the same staff
 * shortage (also under norm 13(a)) and capacity needs; in a published record three States take
 * different stances on countermeasures (law-state-responsibility); a draft record holds a fourth
 * stance only readers who review records may see.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
let cycle = 0;
const DRAFT = 'Unpublished-draft-stance-marker';
const STAFF = [
  'The main challenge is a shortage of trained cybersecurity staff, which slows implementation.',
  'We face a shortage of trained cybersecurity staff.',
  'Progress is hampered by a shortage of trained cybersecurity staff.',
  'A shortage of trained staff in cybersecurity.',
  'Shortage of trained cybersecurity staff in ministries.',
];

async function document(status: 'published' | 'draft', stances: Array<[string, string, string]>, tag?: string) {
  const text = stances.map(([, , e]) => e).join('\n');
  const d = await ctx.db
    .insertInto('source_documents')
    .values({
      kind: 'summary-record',
      title: `Record (${status})`,
      filename: 'record.txt',
      media_type: 'text/plain',
      format: 'txt',
      original: Buffer.from(text),
      sha256: crypto.createHash('sha256').update(text).digest('hex'),
      byte_size: text.length,
      extracted_text: text,
      status,
      visibility: 'public',
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  // Statements gained sentence columns in 0103; fill them when present.
  const sentences =
    (await sql`select 1 from information_schema.columns where table_name = 'statements' and column_name = 'first_sentence'`.execute(ctx.db)).rows.length > 0;
  let position = 0;
  for (const [iso3, value, evidence] of stances) {
    const s = await ctx.db
      .insertInto('statements')
      .values({
        document_id: d.id,
        meeting_id: null,
        position: position++,
        speaker_kind: 'state',
        speaker_id: iso3,
        text: evidence,
        paragraphs: [position],
        first_paragraph: position,
        last_paragraph: position,
        char_start: 0,
        char_end: evidence.length,
        ...(sentences ? { first_sentence: 1 } : {}),
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('statement_stances')
      .values({ statement_id: s.id, question_id: 'countermeasures-apply', value, evidence, confidence: 0.9, source: 'person' } as never)
      .execute();
    if (tag)
      await ctx.db
        .insertInto('statement_tags')
        .values({ statement_id: s.id, element_id: tag, confidence: 0.9, source: 'person' } as never)
        .execute();
  }
}

before(async () => {
  ctx = await testApp({ minAggregate: 3 });
  const secretariat = await actorFor(ctx.db, 'secretariat@accord.test');
  const states = ['NZL', 'FRA', 'CAN', 'AUS', 'JPN'];
  cycle = (
    await createCycle(ctx.db, secretariat, {
      title: 'Roadmap cycle',
      code: 'ROAD-2025-1',
      opensOn: '2025-01-01',
      dueOn: '2025-06-30',
      closesOn: '2099-12-31',
      states,
    })
  ).id;
  const nzl = await actorFor(ctx.db, 'nzl@accord.test');
  for (const [i, iso3] of states.entries()) {
    const actor = { ...nzl, stateIso3: iso3 };
    await testReport(
      ctx.db,
      actor,
      cycle,
      {
        elements: {
          'norm-c': { status: i === 0 ? 'implemented' : 'planned', challenges: STAFF[i] },
          'norm-a': { status: 'in-progress', challenges: i < 3 ? STAFF[(i + 2) % 5] : 'Budget cuts postponed the new agency.' },
          'law-state-responsibility': { status: 'implemented' },
        },
        capacityNeeds: i < 3 ? [{ element: 'norm-c', kind: 'training', priority: 'high', description: 'Training for incident handlers.' }] : [],
      },
      { language: 'en', at: new Date('2025-03-01T12:00:00Z') },
    );
  }
  await document('published', [
    ['NZL', 'supports', 'Countermeasures are available to an injured State under international law.'],
    ['FRA', 'opposes', 'We do not accept that countermeasures apply here.'],
    ['CAN', 'premature', 'It is premature to settle whether countermeasures apply.'],
  ]);
  await document('draft', [['AUS', 'supports', DRAFT]]);
  await document(
    'published',
    [
      ['JPN', 'supports', 'Norm (c) matters.'],
      ['NZL', 'opposes', 'Norm (c) should be read narrowly.'],
    ],
    'norm-c',
  );
});
after(() => ctx.close());

test('the roadmap names, per element, what States lack, where positions diverge and what would need to be agreed, with evidence', async () => {
  const a = await compileAnalysis(ctx.db, systemActor('test'), cycle, { minAggregate: 3 });
  const c = a.roadmap.elements.find((e) => e.element === 'norm-c')!;
  assert.deepEqual(c.reasons, ['lowest-implementation', 'common-challenge', 'capacity-needs', 'divergent-stances']);
  assert.match(c.lacks[0]!.label!, /shortage of trained/);
  assert.equal(c.lacks[0]!.states, 5);
  assert.deepEqual({ total: c.needs!.total, training: c.needs!.kinds.training }, { total: 3, training: 3 });
  assert.deepEqual(
    c.agree.map((g) => g.key),
    ['question', 'support', 'needs', 'implementation'],
  );
  assert.ok(c.agree.find((g) => g.key === 'support')!.evidence.includes(`/analysis/cycles/${cycle}#challenges-norm-c`));
  assert.deepEqual(
    c.positions.map((q) => q.question),
    ['countermeasures-apply'],
    'a question whose stances are tagged norm-c twice belongs to norm-c',
  );
  assert.deepEqual(c.discussed, { statements: 2, states: 2 });
  const law = a.roadmap.elements.find((e) => e.element === 'law-state-responsibility')!;
  assert.deepEqual(law.reasons, ['divergent-stances'], 'fully implemented, yet positions diverge');
  const q = law.positions[0]!;
  assert.equal(q.question, 'countermeasures-apply');
  assert.deepEqual(q.values, { supports: 2, opposes: 2, premature: 1 }, "each State's latest stance; the draft record counts for a reviewer");
  assert.ok(
    q.quotes.every((x) => /^\/documents\/\d+#p\d+$/.test(x.href)),
    'each quote links to its statement',
  );
  assert.equal(law.agree[0]!.key, 'question');
  assert.ok(law.agree[0]!.evidence.includes('/positions?question=countermeasures-apply'));
  const s = toSummary(a, { needs: 0, offers: 0, matches: 0 });
  assert.ok(s.roadmap.some((e) => 'element' in e && e.element === 'law-state-responsibility' && e.reason === 'divergent-stances'));
});

test('the cross-cutting list counts States once across elements and labels each theme in words', async () => {
  const a = await compileAnalysis(ctx.db, systemActor('test'), cycle, { minAggregate: 3 });
  const top = a.crossCutting[0]!;
  assert.match(top.label!, /shortage of trained/);
  assert.equal(top.states, 5, 'five States, although the staff shortage is written eight times');
  assert.deepEqual(top.elements.map((e) => e.id).sort(), ['norm-a', 'norm-c']);
});

test('the public reads the roadmap on the page without stances from unpublished records', async () => {
  const pub = await ctx.as('public');
  const html = await (await pub.request(`/analysis/cycles/${cycle}`)).text();
  assert.match(html, /What would need to be agreed/);
  assert.match(html, /Most common challenges across the framework/);
  assert.match(html, /id="roadmap-norm-c"/);
  assert.doesNotMatch(html, new RegExp(DRAFT));
  const json = await (await pub.request(`/api/v1/analysis/cycles/${cycle}`)).json();
  const law = json.roadmap.elements.find((e: { element: string }) => e.element === 'law-state-responsibility');
  assert.deepEqual(law.positions[0].values, { supports: 1, opposes: 2, premature: 1 });
  const sec = await (await ctx.as('secretariat')).request(`/analysis/cycles/${cycle}`);
  assert.match(await sec.text(), new RegExp(DRAFT), 'a reviewer of records sees the draft stance');
});
