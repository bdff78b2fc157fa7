import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from './browser.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
});
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
  while ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== '/framework') await page.keyboard.press('Shift+Tab');
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

test('axe-core checks every page a test loads: a violation fails the test with its rule, element and help', async () => {
  const page = await s.newPage();
  // A page with faults axe knows, served at Accord's address so it loads like any other page.
  await page.route(`${s.base}/axe-probe`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html><head><title>Probe</title></head><body><main><h1>Probe</h1><img src="/assets/favicon.svg"><table><tr><th></th><td>1</td></tr></table></main></body></html>',
    }),
  );
  await page.goto(`${s.base}/axe-probe`);
  const failure = await s.screenshot(page, 'foundation-axe-probe').then(
    () => null,
    (e: Error) => e.message,
  );
  assert.ok(failure, 'the screenshot after a page with violations fails');
  assert.match(failure, /axe-core: \d+ violation\(s\) on http:\/\/127\.0\.0\.1:\d+\/axe-probe/);
  assert.match(failure, /- html-has-lang \(serious\): <html> element must have a lang attribute/);
  assert.match(failure, /- image-alt \(critical\): Images must have alternative text — 1 element\(s\)\n\s+img\s+<img src="\/assets\/favicon\.svg">/);
  // Reported once: the next check of a sound page passes.
  await page.goto(`${s.base}/framework`);
  await s.screenshot(page, 'foundation-axe-after-probe');
  assert.ok(s.pagesChecked >= 2);
  await page.context().close();
});

for (const lang of ['en', 'ar'] as const) {
  test(`at 390 px wide (a phone) tables scroll in their own named box and the page does not (${lang})`, async () => {
    const page = await s.newPage('secretariat', { viewport: { width: 390, height: 844 } });
    for (const [path, shot] of [
      ['/states', 'states'],
      ['/admin/audit', 'audit'],
      ['/account', 'account'],
    ] as const) {
      await page.goto(`${s.base}${path}?lang=${lang}`);
      const layout = await page.evaluate(() => ({
        pageWidth: document.scrollingElement!.scrollWidth,
        boxes: [...document.querySelectorAll('main table')].map((table) => {
          const box = table.parentElement!;
          return {
            wrapped: box.classList.contains('table-scroll'),
            width: box.getBoundingClientRect().width,
            scrolls: box.scrollWidth > box.clientWidth + 1,
            tabindex: box.getAttribute('tabindex'),
            role: box.getAttribute('role'),
            name: box.getAttribute('aria-label'),
          };
        }),
      }));
      assert.ok(layout.pageWidth <= 390, `${path}: the page itself is ${layout.pageWidth} px wide`);
      assert.ok(layout.boxes.length > 0, `${path} has a table`);
      for (const b of layout.boxes) {
        assert.ok(b.wrapped && b.width <= 390, `${path}: each table sits in a box no wider than the screen`);
        if (b.scrolls)
          assert.ok(
            b.tabindex === '0' && b.role === 'region' && b.name,
            `${path}: a box that scrolls is a named region the keyboard can reach (${JSON.stringify(b)})`,
          );
        else assert.equal(b.tabindex, null, `${path}: a box that fits adds no tab stop`);
      }
      await s.screenshot(page, `foundation-390-${shot}-${lang}`);
    }
    // The audit log is wider than a phone: Tab reaches its box and the arrow keys scroll it.
    await page.goto(`${s.base}/admin/audit?lang=${lang}`);
    const box = page.locator('.table-scroll[tabindex="0"]').first();
    await box.focus();
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(() => Math.abs(document.querySelector('.table-scroll[tabindex="0"]')!.scrollLeft) > 0);
    await page.context().close();
  });
}
