import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../../server/browser.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
});
after(() => s.close());

test("the Secretariat opens the Global Mechanism's first biennial cycle, its first substantive plenary and a thematic group meeting; the page reads in Arabic", async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/processes`);
  assert.match((await page.textContent('#process-global-mechanism')) ?? '', /Global Mechanism/);
  await s.screenshot(page, 'processes-list');
  await Promise.all([page.waitForURL(/\/processes\/global-mechanism$/), page.click('#process-global-mechanism h2 a')]);

  // The cycle: first with its end before its start, which comes back with the error beside the field and the title kept.
  await page.fill('#cycle-title', 'First biennial cycle, 2026–2028');
  await page.fill('#cycle-startsOn', '2026-03-30');
  await page.fill('#cycle-endsOn', '2025-07-31');
  await page.fill('#cycle-outcome', 'Progress report adopted by consensus');
  await page.click('form[action$="/cycles"] button[type=submit]');
  await page.waitForSelector('#cycle-endsOn-error');
  assert.equal(await page.inputValue('#cycle-title'), 'First biennial cycle, 2026–2028');
  assert.match((await page.textContent('#cycle-endsOn-error')) ?? '', /end comes before the start/);
  await s.screenshot(page, 'processes-cycle-error');
  await page.fill('#cycle-endsOn', '2028-07-31');
  await Promise.all([page.waitForURL(/#cycle-/), page.click('form[action$="/cycles"] button[type=submit]')]);
  assert.match((await page.textContent('#cycles')) ?? '', /Cycles/);
  assert.match((await page.locator('table').first().textContent()) ?? '', /First biennial cycle, 2026–2028[\s\S]*Progress report adopted by consensus/);

  // The first substantive plenary session with two agenda items; its cycle is found from its dates.
  await page.selectOption('#session-body', 'plenary');
  await page.fill('#session-title', 'First substantive plenary session, New York');
  await page.fill('#session-startsOn', '2026-07-20');
  await page.fill('#session-endsOn', '2026-07-24');
  await page.fill('#session-agendaItems-0-number', '1');
  await page.fill('#session-agendaItems-0-title', 'Opening of the session');
  await page.fill('#session-agendaItems-1-number', '5');
  await page.fill('#session-agendaItems-1-title', 'Exchanges on the pillars of the framework');
  await page.selectOption('#session-agendaItems-1-pillar', 'norms');
  await Promise.all([page.waitForURL(/#session-\d+/), page.click('form[action$="/sessions"] button[type=submit]')]);
  const plenary = (await page.textContent('#body-plenary')) ?? '';
  assert.match(plenary, /First substantive plenary session, New York/);
  assert.match(plenary, /Substantive session/);
  assert.match(plenary, /First biennial cycle/);
  assert.match(plenary, /Exchanges on the pillars of the framework/);

  // A meeting of the thematic group on specific challenges, 7–11 December 2026.
  await page.selectOption('#session-body', 'dtg-specific-challenges');
  await page.fill('#session-title', 'First meeting of the thematic group on specific challenges');
  await page.fill('#session-startsOn', '2026-12-07');
  await page.fill('#session-endsOn', '2026-12-11');
  await page.fill('#session-agendaItems-0-number', '1');
  await page.fill('#session-agendaItems-0-title', 'Guiding questions from the co-facilitators');
  await page.selectOption('#session-agendaItems-0-pillar', 'threats');
  await Promise.all([page.waitForURL(/#session-\d+/), page.click('form[action$="/sessions"] button[type=submit]')]);
  const dtg = (await page.textContent('#body-dtg-specific-challenges')) ?? '';
  assert.match(dtg, /Thematic group meeting/);
  assert.match(dtg, /Guiding questions from the co-facilitators/);
  await s.screenshot(page, 'processes-global-mechanism-en');

  // The same page in Arabic, for the public: right to left, seeded names and the types in Arabic, no forms.
  const reader = await s.newPage('public');
  await reader.goto(`${s.base}/processes/global-mechanism?lang=ar`);
  assert.equal(await reader.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await reader.textContent('h1'), 'الآلية العالمية');
  const body = (await reader.textContent('main')) ?? (await reader.textContent('body')) ?? '';
  assert.match(body, /الدورات العامة الموضوعية/);
  assert.match(body, /دورة موضوعية/);
  assert.match(body, /اجتماع فريق مواضيعي/);
  assert.match(body, /First substantive plenary session, New York/, 'a title typed by the Secretariat is shown as typed');
  assert.equal(await reader.locator('form[action$="/sessions"]').count(), 0);
  await s.screenshot(reader, 'processes-global-mechanism-ar');
  await reader.goto(`${s.base}/processes?lang=ar`);
  await s.screenshot(reader, 'processes-list-ar');
});
