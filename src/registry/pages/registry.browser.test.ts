import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../../server/browser.ts';
import { seedDemo } from '../demo.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
  await seedDemo(s.db);
});
after(() => s.close());

test('a communication check with a response window, acknowledgements, a refused reuse, a follow-up, and the results with charts', async () => {
  const sec = await s.newPage('secretariat');
  await sec.goto(`${s.base}/points-of-contact/communication-checks`);
  await sec.fill('#states', 'NZL, FRA, MEX, KEN, JPN');
  await sec.selectOption('#window', '5');
  await sec.click('form[action="/points-of-contact/communication-checks"] button[type=submit]');
  await sec.waitForSelector('#ack-links');
  const links = await sec.locator('a.ack-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  assert.equal(links.length, 10);
  // No mail server in tests: the page says plainly that nothing was sent.
  assert.match((await sec.textContent('#check-started')) ?? '', /for 10 points of contact; answers are due by/);
  const delivery = (await sec.textContent('#delivery-summary')) ?? '';
  assert.match(delivery, /No email was sent\./);
  assert.match(delivery, /not sent because no mail server is configured: 10/i);
  assert.doesNotMatch((await sec.textContent('main')) ?? '', /were sent a link/);
  await s.screenshot(sec, 'registry-check-started');

  // The acknowledgement page says which State, contact and round it confirms, in the reader's language.
  const arabic = await s.newPage('public', { locale: 'ar' });
  await arabic.goto(links[9]!);
  const facts = (await arabic.textContent('#ack-facts')) ?? '';
  assert.match(facts, /الدولة/);
  assert.match(facts, /الاختبار رقم \d+/);
  assert.match((await arabic.getAttribute('html', 'dir')) ?? '', /rtl/);
  await s.screenshot(arabic, 'registry-ack-page-ar');
  await arabic.close();

  const contact = await s.newPage('public');
  for (const link of links.slice(0, 6)) {
    await contact.goto(link);
    await Promise.all([contact.waitForLoadState(), contact.click('form[action^="/ack/"] button[type=submit]')]);
    assert.ok(await contact.isVisible('#ack-done'));
  }
  await s.screenshot(contact, 'registry-ack-done');
  assert.match((await contact.textContent('#ack-done')) ?? '', /Recorded: .+, point of contact of .+, acknowledged Check no\. \d+/);
  await contact.goto(links[0]!);
  assert.match((await contact.textContent('main')) ?? '', /already been used/);
  assert.ok(await contact.isVisible('#ack-facts'));
  await s.screenshot(contact, 'registry-ack-reused');

  await sec.click('#check-started a');
  await sec.waitForSelector('#by-state');
  assert.match((await sec.textContent('#status-counts')) ?? '', /Acknowledged: 6 · awaiting: 4 · overdue: 0/);
  assert.ok(await sec.isVisible('#respond-by'));
  await Promise.all([sec.waitForSelector('#followed-up'), sec.click('#follow-up')]);
  assert.match((await sec.textContent('#followed-up')) ?? '', /Follow-up recorded for 4 points of contact/);
  assert.match((await sec.textContent('#delivery-summary')) ?? '', /not sent because no mail server is configured: 4/i);
  await s.screenshot(sec, 'registry-ping-followed-up');
  assert.match((await sec.textContent('#by-state')) ?? '', /New Zealand/);
  assert.ok(await sec.isVisible('#chart-regions svg'));
  await s.screenshot(sec, 'registry-ping-results');
  await sec.goto(`${s.base}/points-of-contact/communication-checks`);
  assert.ok(await sec.isVisible('#chart-over-time svg'));
  await s.screenshot(sec, 'registry-pings-over-time');
});

test('the duplication check highlights overlapping mechanisms and mandate passages', async () => {
  const page = await s.newPage('public');
  await page.goto(`${s.base}/mechanisms`);
  assert.ok(await page.isVisible('#matrix'));
  await s.screenshot(page, 'registry-mechanisms-matrix');
  await page.goto(`${s.base}/mechanisms/duplication`);
  await page.fill(
    '#text',
    'We propose that States establish a global directory of points of contact, test it with regular communication checks, and strengthen cooperation between national CERTs on incidents affecting critical infrastructure.',
  );
  await page.click('form[action="/mechanisms/duplication"] button[type=submit]');
  await page.waitForSelector('#dup-results');
  const first = await page.locator('#dup-results li h3').first().textContent();
  assert.match(first ?? '', /OSCE|OEWG|Open-ended|ASEAN|OAS/);
  assert.ok((await page.locator('#dup-results mark').count()) > 3);
  await s.screenshot(page, 'registry-duplication-check');
});

test("a delegate signs in and lands on the delegation's tasks: the check to acknowledge and its notice; in Arabic too", async () => {
  const nzl = await s.newPage('delegate');
  assert.equal(new URL(nzl.url()).pathname, '/tasks');
  assert.match((await nzl.textContent('h1')) ?? '', /Your delegation's tasks/);
  assert.match((await nzl.textContent('#communication-checks')) ?? '', /Communication check no\. \d+/);
  assert.match((await nzl.textContent('#notices')) ?? '', /your points of contact \(number: 2\)/);
  await s.screenshot(nzl, 'tasks-delegate');
  const ar = await s.newPage('delegate', { locale: 'ar' });
  assert.equal(new URL(ar.url()).pathname, '/tasks');
  assert.match((await ar.textContent('h1')) ?? '', /مهام وفدكم/);
  await s.screenshot(ar, 'tasks-delegate-ar');
  const narrow = await s.newPage('delegate');
  await narrow.setViewportSize({ width: 390, height: 844 });
  await narrow.reload();
  await s.screenshot(narrow, 'tasks-delegate-390');
});
