import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../server/browser.ts';
import { seedDemo } from './demo.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => { s = await browserSession(); await seedDemo(s.db); });
after(() => s.close());

test('a communication check with some acknowledgements, a refused reuse, and the results with charts', async () => {
  const sec = await s.newPage('secretariat');
  await sec.goto(`${s.base}/contacts/pings`);
  await sec.fill('#states', 'NZL, FRA, MEX, KEN, JPN');
  await sec.click('form[action="/contacts/pings"] button[type=submit]');
  await sec.waitForSelector('#ack-links');
  const links = await sec.locator('a.ack-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  assert.equal(links.length, 10);
  await s.screenshot(sec, 'registry-ping-started');

  const contact = await s.newPage('public');
  for (const link of links.slice(0, 6)) {
    await contact.goto(link);
    await Promise.all([contact.waitForLoadState(), contact.click('form[action^="/ack/"] button[type=submit]')]);
    assert.ok(await contact.isVisible('#ack-done'));
  }
  await s.screenshot(contact, 'registry-ack-done');
  await contact.goto(links[0]!);
  assert.match(await contact.textContent('main') ?? '', /already been used/);
  await s.screenshot(contact, 'registry-ack-reused');

  await sec.click('.alert.ok a');
  await sec.waitForSelector('#by-state');
  assert.match(await sec.textContent('#by-state') ?? '', /New Zealand/);
  assert.ok(await sec.isVisible('#chart-regions svg'));
  await s.screenshot(sec, 'registry-ping-results');
  await sec.goto(`${s.base}/contacts/pings`);
  assert.ok(await sec.isVisible('#chart-over-time svg'));
  await s.screenshot(sec, 'registry-pings-over-time');
});

test('the duplication check highlights overlapping mechanisms and mandate passages', async () => {
  const page = await s.newPage('public');
  await page.goto(`${s.base}/mechanisms`);
  assert.ok(await page.isVisible('#matrix'));
  await s.screenshot(page, 'registry-mechanisms-matrix');
  await page.goto(`${s.base}/mechanisms/duplication`);
  await page.fill('#text', 'We propose that States establish a global directory of points of contact, test it with regular communication checks, and strengthen cooperation between national CERTs on incidents affecting critical infrastructure.');
  await page.click('form[action="/mechanisms/duplication"] button[type=submit]');
  await page.waitForSelector('#dup-results');
  const first = await page.locator('#dup-results li h3').first().textContent();
  assert.match(first ?? '', /OSCE|OEWG|Open-ended|ASEAN|OAS/);
  assert.ok(await page.locator('#dup-results mark').count() > 3);
  await s.screenshot(page, 'registry-duplication-check');
});
