import { signIn } from '../accounts/signIn.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed.ts';
import { testDb, type TestDatabase } from './database.ts';
import { createApp } from '../server/app.tsx';
import { configFromEnv, type Config } from '../server/config.ts';
import type { MatrixRole } from '../server/accessMatrix.ts';

/** The demo account each matrix role signs in as (the public signs in as nobody). */
export const ROLE_EMAIL: Record<Exclude<MatrixRole, 'public'>, string> = {
  secretariat: 'secretariat@accord.test',
  chair: 'chair@accord.test',
  delegate: 'nzl@accord.test',
  otherDelegate: 'fra@accord.test',
  stakeholder: 'stakeholder@accord.test',
};
void DEMO_ACCOUNTS;

export interface Client {
  /** Sends a request as this client: cookies and the CSRF token are added; a plain object body is sent as JSON. */
  request(
    path: string,
    init?: { method?: string; json?: unknown; form?: Record<string, string>; headers?: Record<string, string>; body?: BodyInit },
  ): Promise<Response>;
  csrf: string;
}

/**
 * A real app on a real test database, and clients signed in as each role. No socket: requests go
 * through `app.request()`, which runs every middleware exactly as a server would.
 */
export async function testApp(config: Partial<Config> = {}) {
  const database: TestDatabase = await testDb();
  const app = createApp(database.db, { ...configFromEnv(), ...config });

  const client = (cookie: string, csrf: string): Client => ({
    csrf,
    async request(path, init = {}) {
      const headers: Record<string, string> = { cookie, ...(init.headers ?? {}) };
      let body = init.body;
      if (init.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(init.json);
      }
      if (init.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams({ _csrf: csrf, ...init.form }).toString();
      }
      const method = init.method ?? (body !== undefined ? 'POST' : 'GET');
      if (!['GET', 'HEAD'].includes(method) && !init.form) headers['x-csrf-token'] ??= csrf;
      return app.request(path, { method, headers, body, redirect: 'manual' });
    },
  });

  const publicCsrf = 'public-csrf-token-for-tests-0123456789';
  const clients = new Map<MatrixRole, Client>([['public', client(`accord_csrf=${publicCsrf}`, publicCsrf)]]);
  /** A client signed in as one of the matrix roles (or any account by email). */
  async function as(role: MatrixRole | { email: string; password?: string }): Promise<Client> {
    if (typeof role === 'string' && clients.has(role)) return clients.get(role)!;
    const email = typeof role === 'string' ? ROLE_EMAIL[role as Exclude<MatrixRole, 'public'>] : role.email;
    const { token, csrf } = await signIn(database.db, email, typeof role === 'string' ? DEMO_PASSWORD : (role.password ?? DEMO_PASSWORD));
    const c = client(`accord_session=${token}`, csrf);
    if (typeof role === 'string') clients.set(role, c);
    return c;
  }
  /** Drops a cached signed-in client, e.g. after a request signed it out. */
  const forget = (role: MatrixRole) => {
    if (role !== 'public') clients.delete(role);
  };
  return { app, db: database.db, engine: database.engine, as, forget, close: () => database.close() };
}
