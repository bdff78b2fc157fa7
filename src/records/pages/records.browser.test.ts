import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSession } from '../../server/browser.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
});
after(() => s.close());

// Invented: paragraph 5 (Ambassador Laurent, for France) is read as Kenya's continuation, and New
// Zealand's support for a permanent body carries no stance — the two corrections a reviewer makes;
// and the last paragraph's second sentence is Brazil's, inside the Chair's paragraph.
const REPORT = `Informal meeting of the open-ended working group, session 4, meeting 2
Agenda item: regular institutional dialogue
The representative of New Zealand stated that a permanent programme of action would give the dialogue on ICT security a stable home. New Zealand proposed that the Secretariat prepare a paper on the options for a programme of action.
The delegate of Kenya supported the proposal made by New Zealand and underlined that capacity-building must be demand-driven and sustainable.
Ambassador Laurent said that ransomware attacks against hospitals threaten critical infrastructure and that the agreed norms must be implemented.
The Russian delegate considered that it was premature to create a new permanent body before the current mandate ends.
She also stated that any new mechanism should be decided by consensus.
The Chair thanked delegations for their constructive engagement. Brazil asked that the paper be circulated early.`;

// A statement's article, by the anchor of the paragraph it is the first to start in.
const statementAt = (page: Page, docId: number, paragraph: number) => page.locator(`article.statement:has(#s-${docId}-${paragraph})`);
const submit = (page: Page, form: ReturnType<Page['locator']>, url: RegExp) =>
  Promise.all([page.waitForURL(url), form.locator('button[type=submit]').first().click()]);

test('the Secretariat uploads, reviews beside the source, corrects and publishes; the public finds it', async () => {
  const sec = await s.newPage('secretariat');
  // A session and a meeting of the 2021–2025 OEWG, through the forms on /meetings.
  await sec.goto(`${s.base}/meetings`);
  const oewg = sec.locator('section').filter({ has: sec.locator('h2', { hasText: 'OEWG 2021–2025' }) });
  const sessionForm = oewg.locator('form[action="/meetings/sessions"]');
  await sessionForm.locator('input[name=number]').fill('4');
  await sessionForm.locator('input[name=title]').fill('Fourth substantive session');
  await sessionForm.locator('input[name=startsOn]').fill('2023-03-06');
  await submit(sec, sessionForm, /\/meetings$/);
  const meetingForm = sec.locator('details').filter({ hasText: 'Fourth substantive session' }).locator('form[action="/meetings"]');
  await meetingForm.locator('input[name=number]').fill('2');
  await meetingForm.locator('input[name=heldOn]').fill('2023-03-07');
  await meetingForm.locator('select[name=agenda]').selectOption('institutional-dialogue');
  await submit(sec, meetingForm, /\/meetings\/\d+$/);

  // Upload a file through the meeting page's form; the reading opens beside the source.
  const upload = sec.locator('form[action="/documents"]');
  await upload.locator('input[name=file]').setInputFiles({ name: 'oewg-s4-m2-report.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT) });
  await upload.locator('select[name=kind]').selectOption('event-report');
  await submit(sec, upload, /\/documents\/\d+\/review$/);
  const docId = Number(/\/documents\/(\d+)\/review/.exec(sec.url())![1]);
  assert.equal(await sec.locator('ol.source > li').count(), 8, 'the source, paragraph by paragraph');
  const reading = sec.locator('.review section').nth(1);
  // A sentence-level reader already gives Brazil its sentence; the paragraph-level one leaves it to the Chair.
  const machine = await reading.locator('article.statement .speaker > strong').allTextContents();
  assert.deepEqual(
    machine.filter((x) => x !== 'Brazil'),
    ['New Zealand', 'Kenya', 'Russian Federation', 'The Chair'],
  );
  await s.screenshot(sec, 'records-review-machine');

  // Correction 1: paragraph 5 is France's. A reader that could not place "Ambassador Laurent" lists
  // the sentence under "Needs a speaker": attribute it there. One that gave it to Kenya: split
  // Kenya's statement at that sentence, then name the speaker.
  const loose = reading.locator(`li#u-${docId}-5-1`);
  if (await loose.count()) {
    await loose.locator('input[name=speaker]').fill('FRA');
    await submit(sec, loose.locator('form'), /\/review/);
    assert.equal(await reading.locator('section.unattributed').count(), 0, 'nothing left without a speaker');
  } else {
    const kenya = statementAt(sec, docId, 4);
    await kenya.locator('details.corrections summary').click();
    const split = kenya.locator('form').filter({ has: sec.locator('input[name=field][value=split]') });
    await split.locator('select[name=at]').selectOption('5.1');
    await submit(sec, split, /\/review/);
    const laurent = statementAt(sec, docId, 5);
    await laurent.locator('details.corrections summary').click();
    const speaker = laurent.locator('form').filter({ has: sec.locator('input[name=field][value=speaker]') });
    await speaker.locator('input[name=speaker]').fill('FRA');
    await submit(sec, speaker, /\/review/);
  }
  assert.equal(await statementAt(sec, docId, 5).locator('.speaker > strong').textContent(), 'France');

  // Correction 1b: one sentence inside a paragraph is Brazil's — reassign it; it becomes a statement of its own.
  const holder = reading.locator('article.statement').filter({ has: sec.locator('form select[name=sentence] option[value="8.2"]') });
  await holder.locator('details.corrections summary').click();
  const reassign = holder.locator('form').filter({ has: sec.locator('input[name=field][value=reassign]') });
  await reassign.locator('select[name=sentence]').selectOption('8.2');
  await reassign.locator('input[name=speaker]').fill('BRA');
  await submit(sec, reassign, /\/review/);
  const brazil = reading.locator('article.statement').filter({ has: sec.locator('header', { hasText: 'sentence 8.2' }) });
  assert.equal(await brazil.locator('.speaker > strong').textContent(), 'Brazil');
  assert.equal(await brazil.locator(':scope > p').first().textContent(), 'Brazil asked that the paper be circulated early.');

  // Correction 2: New Zealand supports a new permanent body, in its own words.
  const nzl = statementAt(sec, docId, 3);
  await nzl.locator('details.corrections summary').click();
  const stance = nzl.locator('form').filter({ has: sec.locator('input[name=field][value=stance]') });
  await stance.locator('select[name=question]').selectOption('new-institutional-body');
  await stance.locator('select[name=value]').selectOption('supports');
  await stance.locator('input[name=evidence]').fill('a permanent programme of action would give the dialogue on ICT security a stable home');
  await submit(sec, stance, /\/review/);
  assert.match((await statementAt(sec, docId, 3).locator('ul.stances').textContent()) ?? '', /new-institutional-body: Supports ✓/i);
  await Promise.all([sec.waitForURL(/\/review$/), sec.locator(`form[action="/documents/${docId}/publish"] button`).click()]);
  assert.match((await sec.locator('.actions').textContent()) ?? '', /Published/i);
  await s.screenshot(sec, 'records-review');

  // The public: a phrase, then a pillar filter.
  const pub = await s.newPage('public');
  await pub.goto(`${s.base}/search`);
  await pub.fill('input[name=q]', '"critical infrastructure"');
  await Promise.all([pub.waitForURL(/\/search\?/), pub.locator('form.filters button[type=submit]').click()]);
  assert.deepEqual(await pub.locator('ol.results > li > a > strong').allTextContents(), ['France']);
  assert.equal(await pub.locator('ol.results mark').first().textContent(), 'critical');
  await pub.fill('input[name=q]', 'programme of action');
  await pub.selectOption('select[name=pillar]', 'institutional-dialogue');
  await Promise.all([pub.waitForURL(/pillar=institutional-dialogue/), pub.locator('form.filters button[type=submit]').click()]);
  const speakers = await pub.locator('ol.results > li > a > strong').allTextContents();
  assert.equal(speakers[0], 'New Zealand', 'the statement that says it best comes first');
  await s.screenshot(pub, 'records-search');

  // The State's profile → everything New Zealand said on the programme of action.
  await pub.goto(`${s.base}/states/NZL`);
  const section = pub.locator('section#statements');
  assert.ok(await section.count(), 'the profile lists what New Zealand said');
  await s.screenshot(pub, 'records-profile');
  await Promise.all([pub.waitForURL(/speaker=NZL&element=dialogue-poa/), section.locator('a[data-element=dialogue-poa]').click()]);
  assert.deepEqual(await pub.locator('ol.results > li > a > strong').allTextContents(), ['New Zealand']);
  assert.match((await pub.locator('ol.results').textContent()) ?? '', /programme of action/);

  // Positions: the chart and the neutral summary, each claim linked to its statement.
  await pub.goto(`${s.base}/positions?question=new-institutional-body`);
  assert.ok(await pub.locator('figure.chart svg').count(), 'chart');
  const summary = pub.locator('p.summary');
  assert.match((await summary.textContent()) ?? '', /New Zealand/);
  assert.match((await summary.textContent()) ?? '', /Russian Federation/);
  assert.equal(await summary.locator('a').count(), 2);
  assert.doesNotMatch((await summary.textContent()) ?? '', /\b(rightly|wrongly|unfortunately|welcome)\b/i);
  await s.screenshot(pub, 'records-positions');

  const ar = await s.newPage('public', { locale: 'ar' });
  await ar.goto(`${s.base}/positions?question=new-institutional-body&lang=ar`);
  assert.equal(await ar.getAttribute('html', 'dir'), 'rtl');
  assert.ok(await ar.locator('figure.chart svg').count(), 'chart in Arabic');
  await s.screenshot(ar, 'records-positions-ar');
  await ar.goto(`${s.base}/search?q=ransomware&lang=ar`);
  await s.screenshot(ar, 'records-search-ar');
});
