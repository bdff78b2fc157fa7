import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { systemActor } from '../../accounts/actor.ts';
import { createMeeting } from '../../records/commands/createMeeting.ts';
import { createSession } from '../../records/commands/createSession.ts';
import { ingestDocument } from '../../records/commands/ingestDocument.ts';
import { publishDocument } from '../../records/commands/publishDocument.ts';
import { seedDemo as seedReports } from '../../reporting/demo.ts';
import { browserSession } from '../../server/browser.ts';

// Reports made under the OEWG's 2025 framework and a statement made at a Global Mechanism plenary,
// both on the protection of critical infrastructure (norm 13(f)): the element page of either version
// shows both, the other through the mapping (migrations/0007_framework_mapping.sql).
const GM_RECORD = `Synthetic test record: first substantive plenary session of the Global Mechanism
Agenda item: rules, norms and principles of responsible State behaviour
The representative of Ghana stated that States should not conduct or knowingly support ICT activity that damages critical infrastructure, and that the norm protecting critical infrastructure needs practical guidance.
The Chair thanked delegations and closed the meeting.`;

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
  const sys = systemActor('test');
  await seedReports(s.db);
  const gm = await s.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
  const session = await createSession(s.db, sys, {
    processId: gm.id,
    number: 1,
    title: 'First substantive plenary session',
    startsOn: '2026-07-20',
    endsOn: '2026-07-24',
  });
  const meeting = await createMeeting(s.db, sys, { sessionId: session.id, number: 1, heldOn: '2026-07-20', title: 'First plenary meeting', agenda: 'norms' });
  const doc = await ingestDocument(
    s.db,
    sys,
    { bytes: new TextEncoder().encode(GM_RECORD), filename: 'gm-plenary.txt', mediaType: 'text/plain' },
    { meetingId: meeting.id, kind: 'event-report', title: 'Synthetic: first plenary of the Global Mechanism' },
  );
  await publishDocument(s.db, sys, doc.id);
});
after(() => s.close());

test("a 2025 norm's page shows reports made under the OEWG and statements made under the Global Mechanism through the mapping", async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/framework/elements/norm-f`);
  // Reports of the OEWG's cycle, under the page's own (2025) version.
  await page.locator('#reported-implementation table.element-status').waitFor();
  // The Global Mechanism's statement, through the mapping, labelled with its process and version.
  const mapped = page.locator('#statements-mapped');
  await mapped.waitFor();
  assert.match(await mapped.innerText(), /Global Mechanism/);
  assert.match(await mapped.innerText(), /Ghana/);
  await s.screenshot(page, 'framework-mapping-norm-f-en');

  // Under the Global Mechanism's version: its own statement, the OEWG's reports through the mapping.
  await page.goto(`${s.base}/framework/versions/global-mechanism/elements/norm-f`);
  assert.match(await page.locator('#statements').innerText(), /Ghana/);
  const mappedReports = page.locator('section.mapped[id^="reported-implementation"]');
  assert.equal(await mappedReports.count(), 1);
  await s.screenshot(page, 'framework-mapping-norm-f-gm-en');

  // The same in Arabic: right to left, the statements' process named in Arabic.
  await page.goto(`${s.base}/framework/elements/norm-f?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.locator('#statements-mapped').waitFor();
  assert.match(await page.locator('#statements-mapped').innerText(), /غانا/);
  assert.match(await page.locator('#statements-mapped h3').first().innerText(), /الآلية العالمية/);
  await s.screenshot(page, 'framework-mapping-norm-f-ar');
  await page.close();
});

test('the public sees the mapped statements too, once published', async () => {
  const page = await s.newPage('public');
  await page.goto(`${s.base}/framework/elements/norm-f`);
  assert.match(await page.locator('#statements-mapped').innerText(), /Ghana/);
  await page.close();
});
