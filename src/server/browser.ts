import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../db/seed.ts';
import { testDb } from '../db/testing.ts';
import { createApp } from './app.tsx';
import { configFromEnv } from './config.ts';
import { ROLE_EMAIL } from './testing.ts';
import type { MatrixRole } from './accessMatrix.ts';

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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  /** A new page (own cookies), optionally signed in through the real sign-in form. */
  async function newPage(role: MatrixRole | { email: string } = 'public', opts: { locale?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (role !== 'public') {
      const email = typeof role === 'string' ? ROLE_EMAIL[role] : role.email;
      await page.goto(`${base}/login`);
      await page.fill('#email', email);
      await page.fill('#password', DEMO_PASSWORD);
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('form[action="/login"] button[type=submit]')]);
    }
    return page;
  }

  /** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
  async function screenshot(page: Page, name: string) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  return {
    base, browser, db: database.db, newPage, screenshot,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
