import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from './browser.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => { s = await browserSession(); });
after(() => s.close());

for (const role of ['secretariat', 'chair', 'delegate', 'stakeholder'] as const) {
  test(`signs in as ${role} through the form and sees their name`, async () => {
    const page = await s.newPage(role);
    await page.goto(`${s.base}/account`);
    const name = await page.locator('.account a[href="/account"]').textContent();
    assert.ok(name && name.length > 2);
    assert.equal(await page.locator('h1').textContent(), 'Your account');
    if (role === 'secretariat') {
      await page.goto(`${s.base}/admin/audit`);
      assert.ok(await page.locator('td code', { hasText: 'session.signed_in' }).first().isVisible());
      await s.screenshot(page, 'foundation-audit-log');
    }
    await s.screenshot(page, `foundation-account-${role}`);
    await page.context().close();
  });
}

test('a wrong password shows an error and stays on the form', async () => {
  const page = await s.newPage();
  await page.goto(`${s.base}/login`);
  await page.fill('#email', 'chair@accord.test');
  await page.fill('#password', 'not-the-password');
  await page.click('form[action="/login"] button[type=submit]');
  assert.ok(await page.locator('#login-error').isVisible());
  await s.screenshot(page, 'foundation-login-error');
  await page.context().close();
});

test('switching to Arabic lays the page out right-to-left', async () => {
  const page = await s.newPage();
  await page.goto(`${s.base}/framework`);
  await page.click('.langs a[lang="ar"]');
  await page.waitForURL(/lang=ar/);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const width = page.viewportSize()!.width;
  const brand = (await page.locator('.brand').boundingBox())!;
  assert.ok(brand.x > width / 2, `the brand sits on the right in Arabic (x=${brand.x})`);
  await s.screenshot(page, 'foundation-framework-ar');
  // The choice is remembered on the next page.
  await page.goto(`${s.base}/states`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await s.screenshot(page, 'foundation-states-ar');
  await page.context().close();
});

test('the home page can be used with the keyboard alone', async () => {
  const page = await s.newPage();
  await page.goto(`${s.base}/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  // From the top, Tab walks the navigation in order and Enter follows a link.
  await page.goto(`${s.base}/`);
  const reached: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
  }
  assert.ok(reached.includes('/framework') && reached.includes('/states'), `tab order: ${reached.join(' ')}`);
  while (await page.evaluate(() => document.activeElement?.getAttribute('href')) !== '/framework') await page.keyboard.press('Shift+Tab');
  const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(focusVisible, 'none', 'focus is visible');
  await s.screenshot(page, 'foundation-home-keyboard-focus');
  await Promise.all([page.waitForURL(/\/framework$/), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('h1').textContent(), 'The agreed framework');
  await page.context().close();
});

test('States filter by regional group; a profile opens', async () => {
  const page = await s.newPage();
  await page.goto(`${s.base}/states`);
  await page.selectOption('#f-group', 'weog');
  await page.click('.filters button[type=submit]');
  await page.waitForURL(/group=weog/);
  const caption = await page.locator('caption').textContent();
  assert.match(caption ?? '', /^(2[89]|3\d) States$/, 'WEOG members, with the US observer and Türkiye');
  await s.screenshot(page, 'foundation-states-weog');
  await page.click('a[href="/states/NZL"]');
  assert.equal(await page.locator('h1').textContent(), 'New Zealand');
  await page.context().close();
});
