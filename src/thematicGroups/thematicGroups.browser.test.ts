import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSession } from '../server/browser.ts';
import { createDtgMeeting } from './testing.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let meetingId: number;
before(async () => {
  s = await browserSession();
  ({ meetingId } = await createDtgMeeting(s.db));
});
after(() => s.close());

// An invented record of an invented DTG meeting.
const RECORD = `Dedicated thematic group on capacity-building, first meeting

1. The co-facilitator, Ms Amara Okafor, opened the meeting and invited delegations to address the first guiding question, on the needs of States in building incident response capacity.

2. Kenya stated that national computer emergency response teams needed sustained training and predictable funding.

3. Mr Lindqvist (co-facilitator) invited views on the second guiding question, on how the Global Mechanism could match requests and offers of assistance.

4. Brazil said that a portal matching requests and offers of capacity-building assistance should be simple to use and open to all States.

5. France underlined that protecting hospitals against ransomware was a shared priority.`;

const submit = (page: Page, form: Locator, url: RegExp) => Promise.all([page.waitForURL(url), form.locator('button[type=submit]').first().click()]);

test('the Secretariat names the co-facilitators, adds guiding questions, uploads the record and reads the summary (English)', async () => {
  const sec = await s.newPage('secretariat');
  await sec.goto(`${s.base}/thematic-groups`);
  await s.screenshot(sec, 'thematic-groups-list-en');
  await Promise.all([sec.waitForURL(/\/thematic-groups\/meetings\/\d+$/), sec.locator(`a[href="/thematic-groups/meetings/${meetingId}"]`).click()]);

  const facilitator = sec.locator(`form[action="/thematic-groups/meetings/${meetingId}/facilitators"]`);
  for (const [name, state] of [
    ['Ms Amara Okafor', 'NGA'],
    ['Mr Erik Lindqvist', 'SWE'],
  ] as const) {
    await facilitator.locator('input[name=name]').fill(name);
    await facilitator.locator('select[name=state]').selectOption(state);
    await submit(sec, facilitator, /#facilitators$/);
  }
  assert.deepEqual(await sec.locator('#facilitators + ul > li bdi').allTextContents(), ['Ms Amara Okafor', 'Mr Erik Lindqvist']);

  // A question too short: the error sits beside the field and the typed words stay.
  const question = sec.locator(`form[action="/thematic-groups/meetings/${meetingId}/questions"]`);
  await question.locator('textarea[name=text]').fill('Needs?');
  await question.locator('select[name=pillar]').selectOption('capacity-building');
  await Promise.all([sec.waitForLoadState('load'), question.locator('button[type=submit]').click()]);
  await sec.waitForSelector('#err-text');
  assert.equal(await sec.locator('#f-text').inputValue(), 'Needs?');
  assert.equal(await sec.locator('#f-text').getAttribute('aria-invalid'), 'true');
  assert.equal(await sec.locator('#f-pillar').inputValue(), 'capacity-building');
  await s.screenshot(sec, 'thematic-groups-question-error-en');
  const again = sec.locator(`form[action="/thematic-groups/meetings/${meetingId}/questions"]`);
  await again.locator('textarea[name=text]').fill('What do States need most to build incident response capacity, and how can training be sustained?');
  await submit(sec, again, /#questions$/);
  assert.equal(await sec.locator('#questions + ol > li').count(), 1);

  // The record goes in through the meeting's upload form on its records page.
  await Promise.all([sec.waitForURL(new RegExp(`/meetings/${meetingId}$`)), sec.locator(`a[href="/meetings/${meetingId}"]`).click()]);
  const upload = sec.locator('form[action="/documents"]');
  await upload.locator('input[name=file]').setInputFiles({ name: 'dtg-cb-meeting-1.txt', mimeType: 'text/plain', buffer: Buffer.from(RECORD) });
  await upload.locator('select[name=kind]').selectOption('summary-record');
  await submit(sec, upload, /\/documents\/\d+\/review$/);
  const speakers = await sec.locator('.review section').nth(1).locator('article.statement .speaker > strong').allTextContents();
  assert.deepEqual(speakers, ['Ms Amara Okafor (Nigeria)', 'Kenya', 'Mr Erik Lindqvist (Sweden)', 'Brazil', 'France']);
  await s.screenshot(sec, 'thematic-groups-record-review-en');

  await sec.goto(`${s.base}/thematic-groups/meetings/${meetingId}`);
  const q1 = sec.locator('#summary-q1');
  // With one question, Brazil's "capacity-building" is enough to count it as answering it too.
  assert.deepEqual(await q1.locator('.speaker > strong').allTextContents(), ['Kenya', 'Brazil']);
  assert.match((await q1.locator('a[href^="/documents/"]').first().getAttribute('href')) ?? '', /^\/documents\/\d+#s-\d+-3-\d+$/);
  assert.deepEqual(await sec.locator('#summary-other .speaker > strong').allTextContents(), ['France']);
  await s.screenshot(sec, 'thematic-groups-summary-en');

  // The link opens the statement on its document's page.
  await Promise.all([sec.waitForURL(/\/documents\/\d+#s-/), q1.locator('a[href^="/documents/"]').first().click()]);
  const anchor = new URL(sec.url()).hash.slice(1);
  assert.equal(await sec.locator(`[id="${anchor}"] .speaker > strong`).textContent(), 'Kenya');
  await sec.close();
});

test('in Arabic: the second guiding question through the form, errors in Arabic, and the summary right to left', async () => {
  const sec = await s.newPage('secretariat', { locale: 'ar' });
  await sec.goto(`${s.base}/thematic-groups/meetings/${meetingId}?lang=ar`);
  assert.equal(await sec.locator('html').getAttribute('dir'), 'rtl');
  const question = sec.locator(`form[action="/thematic-groups/meetings/${meetingId}/questions"]`);
  await question.locator('textarea[name=text]').fill('How could the Global Mechanism match requests and offers of assistance?');
  await question.locator('input[name=number]').fill('1');
  await Promise.all([sec.waitForLoadState('load'), question.locator('button[type=submit]').click()]);
  await sec.waitForSelector('#err-number');
  assert.equal(await sec.locator('#err-number').textContent(), 'لهذه الجلسة سؤال رقم 1 بالفعل.');
  await s.screenshot(sec, 'thematic-groups-question-error-ar');
  const again = sec.locator(`form[action="/thematic-groups/meetings/${meetingId}/questions"]`);
  await again.locator('input[name=number]').fill('2');
  await submit(sec, again, /#questions$/);

  await sec.goto(`${s.base}/thematic-groups/meetings/${meetingId}`);
  assert.equal(await sec.locator('#summary-q2 h3').textContent(), 'السؤال التوجيهي 2');
  // Once the second question is there, Brazil answers it rather than only brushing the first.
  assert.deepEqual(await sec.locator('#summary-q1 .speaker > strong').allTextContents(), ['كينيا']);
  assert.deepEqual(await sec.locator('#summary-q2 .speaker > strong').allTextContents(), ['البرازيل']);
  assert.deepEqual(await sec.locator('#summary-other .speaker > strong').allTextContents(), ['فرنسا']);
  await s.screenshot(sec, 'thematic-groups-summary-ar');
  await sec.goto(`${s.base}/thematic-groups`);
  await s.screenshot(sec, 'thematic-groups-list-ar');
  await sec.close();
});
