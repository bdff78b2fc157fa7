import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../../server/browser.ts';
import { runDueJobs } from '../../server/jobs.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
});
after(() => s.close());

test('an organisation applies, a State objects before the deadline, and the organisation is told it is not accredited', async () => {
  const applicant = await s.newPage('public');
  await applicant.goto(`${s.base}/stakeholders/apply`);
  await applicant.fill('#name', 'Harbour Security Collective');
  await applicant.selectOption('#kind', 'technical-community');
  await applicant.fill('#country', 'NZL');
  await applicant.fill('#website', 'https://example.org/harbour');
  await applicant.fill('#description', 'A collective of port and shipping security engineers sharing threat information.');
  await applicant.fill('#contactName', 'Rangi Demo');
  // A malformed email first: the form comes back with the error and everything typed kept.
  // (Valid for the browser's own check, which only wants an @; the server wants a full domain.)
  await applicant.fill('#contactEmail', 'rangi@example');
  await applicant.click('form[action="/stakeholders/apply"] button[type=submit]');
  await applicant.waitForSelector('#contactEmail-error');
  assert.equal(await applicant.inputValue('#name'), 'Harbour Security Collective');
  assert.ok(await applicant.isVisible('#contactEmail-error'));
  await s.screenshot(applicant, 'stakeholders-apply-error');
  await applicant.fill('#contactEmail', 'rangi@example.org');
  await Promise.all([applicant.waitForURL(/\/stakeholders\/applications\/\d+/), applicant.click('form[action="/stakeholders/apply"] button[type=submit]')]);
  const url = applicant.url().replace(/\?.*/, '');
  assert.match((await applicant.textContent('.alert.ok')) ?? '', /States may object until/);
  await s.screenshot(applicant, 'stakeholders-application-listed');

  const fra = await s.newPage('otherDelegate');
  await fra.goto(url);
  await fra.fill('#basis', "The applicant's independence from a commercial group is unclear.");
  await Promise.all([fra.waitForURL(/objected=1/), fra.click('form[action$="/objection"] button[type=submit]')]);
  assert.match((await fra.textContent('#objections')) ?? '', /France/);
  await s.screenshot(fra, 'stakeholders-objection-recorded');

  const chair = await s.newPage('chair');
  await chair.goto(url);
  assert.match((await chair.textContent('#objections')) ?? '', /independence from a commercial group/);
  await s.screenshot(chair, 'stakeholders-objection-chair-view');

  const nzl = await s.newPage('delegate');
  await nzl.goto(url);
  assert.equal(await nzl.locator('#objections').count(), 0, 'an unshared objection is not shown to other States');

  // The deadline passes: the job runner (not a timer in memory) closes the window.
  const id = Number(url.split('/').pop());
  const app = await s.db.selectFrom('accreditation_applications').select('deadline_at').where('id', '=', id).executeTakeFirstOrThrow();
  await runDueJobs(s.db, { now: new Date(new Date(app.deadline_at!).getTime() + 1000) });
  await applicant.goto(url);
  const notice = (await applicant.textContent('#outcome')) ?? '';
  assert.match(notice, /objection .* was made/);
  assert.doesNotMatch(notice, /France/);
  assert.match((await applicant.textContent('#history')) ?? '', /Objection recorded[\s\S]*Not accredited/);
  await s.screenshot(applicant, 'stakeholders-not-accredited');
});
