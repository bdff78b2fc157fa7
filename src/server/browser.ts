import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../seed.ts';
import { testDb } from '../testing/database.ts';
import { createApp } from './app.tsx';
import { configFromEnv } from './config.ts';
import { ROLE_EMAIL } from '../testing/app.ts';
import type { MatrixRole } from './accessMatrix.ts';
import { AccessibilityWatch, checkEveryDocument } from './browserAxe.ts';

/** Where browser tests save their screenshots (look at them). */
export const SCREENSHOTS = path.resolve('test-output/screenshots');

/**
 * A real server on a free loopback port over a fresh test database, and Debian's Chromium driven by
 * playwright-core. The flags keep Chromium off the network: this machine has none, and the refused
 * background connections would otherwise slow every start.
 */
export async function browserSession() {
  const database = await testDb();
  const app = createApp(database.db, configFromEnv());
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  // Every page a test opens is checked with axe-core on each load (src/server/browserAxe.ts); a
  // violation fails the test at its next screenshot, when the page or its context closes, or at the
  // latest when the session closes.
  const watches = new Map<Page, AccessibilityWatch>();
  async function reportAccessibility(pages: Page[]) {
    const found = (await Promise.all(pages.map((p) => watches.get(p)?.settle() ?? []))).flat();
    if (found.length) throw new Error(found.join('\n'));
  }

  /** A new page (own cookies), optionally signed in through the real sign-in form. */
  async function newPage(
    role: MatrixRole | { email: string } = 'public',
    opts: { locale?: string; viewport?: { width: number; height: number } } = {},
  ): Promise<Page> {
    const context = await browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: opts.viewport ?? { width: 1280, height: 900 } });
    await checkEveryDocument(context);
    const page = await context.newPage();
    watches.set(page, await AccessibilityWatch.on(page));
    const closeContext = context.close.bind(context);
    context.close = async (options) => {
      const settled = reportAccessibility(context.pages());
      await settled.catch(() => {});
      await closeContext(options);
      await settled;
    };
    const closePage = page.close.bind(page);
    page.close = async (options) => {
      const settled = reportAccessibility([page]);
      await settled.catch(() => {});
      await closePage(options);
      await settled;
    };
    if (role !== 'public') {
      const email = typeof role === 'string' ? ROLE_EMAIL[role] : role.email;
      await page.goto(`${base}/login`);
      await page.fill('#email', email);
      await page.fill('#password', DEMO_PASSWORD);
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('form[action="/login"] button[type=submit]')]);
    }
    return page;
  }

  /**
   * Saves a full-page screenshot as test-output/screenshots/<name>.png, then fails if axe found
   * anything on the pages this page has loaded so far (the screenshot is kept to look at).
   */
  async function screenshot(page: Page, name: string) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    const found = (await watches.get(page)?.settle()) ?? [];
    await page.screenshot({ path: file, fullPage: true });
    if (found.length) throw new Error(found.join('\n'));
    return file;
  }

  /** Checks the page as it stands now, e.g. after opening a disclosure the load-time check saw closed. */
  async function checkAccessibility(page: Page) {
    await watches.get(page)?.checkNow();
    await reportAccessibility([page]);
  }

  return {
    base,
    browser,
    db: database.db,
    newPage,
    screenshot,
    checkAccessibility,
    /** How many documents axe-core has checked in this session. */
    get pagesChecked() {
      return [...watches.values()].reduce((n, w) => n + w.checked, 0);
    },
    async close() {
      const left = reportAccessibility([...watches.keys()]);
      left.then(
        () => console.log(`axe-core checked ${[...watches.values()].reduce((n, w) => n + w.checked, 0)} page loads in this file`),
        () => {},
      );
      await left.catch(() => {});
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      await left;
    },
  };
}
